package org.civitas.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The configured, ordered security labels. */
public interface SecurityLabels {

    /** All labels, least sensitive first. */
    List<SecurityLabel> all();

    Optional<SecurityLabel> find(String code);

    /** The least sensitive label (the default for new items). */
    SecurityLabel lowest();

    /** Codes of the labels a holder of {@code clearance} may read: every label up to and including it. */
    Set<String> readableWith(String clearance);
}
