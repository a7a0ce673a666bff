package org.civitas.platform;

/**
 * A module's part of the demo data. On the first start of a new installation that wants demo
 * data, every bean of this type runs once, in {@link #order()} (identity first, so that the
 * organisations exist), inside one transaction each.
 */
public interface DemoData {

    /** Lower runs first. Identity uses 100. */
    int order();

    void create();
}
