package org.civitas.statistics;

/** Permission codes checked by the statistics module. */
public final class StatisticsPermissions {

    /**
     * Reads the statistics page, exports the table and the bulletin. Scoped by the grant: only units in
     * scope appear, and each figure counts only what the viewer may see in the module that owns it.
     */
    public static final String READ = "statistics:read";

    private StatisticsPermissions() {}
}
