package org.civitas.reporting;

import java.util.List;
import java.util.Optional;

/**
 * Which organisations are reporting units and what applies to each type. Changes need
 * {@link ReportingPermissions#ADMIN}; each publishes one {@link ReportingUnitChanged} or
 * {@link UnitTypeConfigured}. Refusals are {@link org.civitas.platform.DomainException}s.
 */
public interface ReportingUnitService {

    /** Every reporting unit, by type then name (office administrators and editors). */
    List<ReportingUnitView> units();

    /** The reporting unit of an organisation, if it is one (no permission needed: units show their own type). */
    Optional<ReportingUnitView> find(long organisationId);

    /** Flags an organisation as a reporting unit of {@code type}, or changes its type. */
    ReportingUnitView flag(long organisationId, UnitType type);

    /** The organisation no longer reports; its submissions stay. */
    void unflag(long organisationId);

    /** The settings of every type, in {@link UnitType} order. */
    List<UnitTypeSettings> typeSettings();

    UnitTypeSettings typeSettings(UnitType type);

    /** Sets a type's monthly quota and sign-off chain; refuses when someone else saved since {@code expectedVersion}. */
    UnitTypeSettings configure(UnitType type, int monthlyQuota, String signoffChain, long expectedVersion);
}
