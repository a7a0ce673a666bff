package org.civitas.reporting;

/**
 * An organisation that reports to the information office.
 *
 * @param organisationId the identity module's organisation
 * @param name the organisation's name as the directory has it now
 */
public record ReportingUnitView(long organisationId, String name, String code, UnitType type) {}
