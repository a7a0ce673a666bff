package org.civitas.platform;

import java.util.List;

/**
 * Request paths that are public by design (no login). Modules contribute beans of this type; the
 * security configuration permits exactly these and authenticates everything else.
 */
public record PublicPaths(List<String> patterns) {

    public static PublicPaths of(String... patterns) {
        return new PublicPaths(List.of(patterns));
    }
}
