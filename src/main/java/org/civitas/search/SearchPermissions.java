package org.civitas.search;

/** Permission codes checked by the search module. Console search itself needs none: it shows what each module lets the user see. */
public final class SearchPermissions {

    /** Edit synonyms and protected terms, rebuild the index, run the drift check (system administrator's duty). */
    public static final String MANAGE = "search:manage";

    private SearchPermissions() {}
}
