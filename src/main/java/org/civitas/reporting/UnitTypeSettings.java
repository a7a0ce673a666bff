package org.civitas.reporting;

/**
 * What applies to every unit of a type.
 *
 * @param monthlyQuota submissions each unit of the type is expected to send per month
 * @param signoffChain code of the workflow review chain a submission passes before it leaves the unit
 */
public record UnitTypeSettings(UnitType type, int monthlyQuota, String signoffChain, long version) {}
