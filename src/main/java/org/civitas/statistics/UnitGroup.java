package org.civitas.statistics;

/**
 * A kind of reporting unit the statistics add up separately (区县, 委办局, 直报点).
 *
 * @param messageKey its name
 */
public record UnitGroup(String code, String messageKey) {}
