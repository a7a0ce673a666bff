package org.civitas.site;

import java.util.List;

/**
 * The themes a site may name. The site module keeps only the name; the themes themselves belong to the
 * module that renders the sites (publishing), which implements this. Without an implementation only
 * {@link #DEFAULT} is known.
 */
public interface ThemeCatalogue {

    String DEFAULT = "default";

    /** Names of the installed themes, {@link #DEFAULT} first. */
    List<String> names();

    default boolean installed(String name) {
        return names().contains(name);
    }
}
