package org.civitas.statistics;

import java.util.List;

/**
 * Which units the statistics are about, supplied by the module that keeps them (the reporting module's
 * reporting units). Exactly one bean.
 */
public interface UnitRoster {

    /** The kinds of unit, in the order they are shown. */
    List<UnitGroup> groups();

    /** The units whose items the current user may see at all (scope), by group then code. */
    List<StatisticsUnit> units();
}
