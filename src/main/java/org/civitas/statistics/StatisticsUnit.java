package org.civitas.statistics;

/**
 * A unit the statistics show a row for.
 *
 * @param organisationId the identity module's organisation
 * @param group the {@link UnitGroup#code()} it belongs to
 */
public record StatisticsUnit(long organisationId, String name, String code, String group) {}
