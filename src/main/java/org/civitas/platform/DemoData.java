package org.civitas.platform;

import java.util.List;

/**
 * A module's part of the demo data. On the first start of a new installation that wants demo
 * data, every bean of this type runs once, in {@link #order()} (identity first, so that the
 * organisations exist), inside one transaction each.
 */
public interface DemoData {

    /** Lower runs first. Identity uses 100. */
    int order();

    void create();

    /**
     * The demo accounts this part makes, each with what a newcomer should try with it, in the order the start-up
     * message and the README list them. Only those that exist after the demo's creation are printed.
     */
    default List<Account> accounts() {
        return List.of();
    }

    /**
     * A demo account as the start-up message lists it.
     *
     * @param username what to sign in with
     * @param job the job it stands for and what to try, briefly, in English (the start-up message is English)
     */
    record Account(String username, String job) {}
}
