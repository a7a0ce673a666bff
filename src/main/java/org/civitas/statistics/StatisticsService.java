package org.civitas.statistics;

/**
 * The statistics of reporting units as the current user may see them (needs
 * {@link StatisticsPermissions#READ}): units outside the grant's scope have no row, and every figure
 * counts only the items the viewer could list in the owning module. Refusals (an unknown period or
 * kind of unit) are {@link org.civitas.platform.DomainException}s.
 */
public interface StatisticsService {

    StatisticsReport report(StatisticsQuery query);
}
