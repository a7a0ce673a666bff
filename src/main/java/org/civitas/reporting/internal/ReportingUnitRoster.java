package org.civitas.reporting.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationScope;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.reporting.UnitType;
import org.civitas.statistics.StatisticsUnit;
import org.civitas.statistics.UnitGroup;
import org.civitas.statistics.UnitRoster;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting units as the statistics' rows, grouped by {@link UnitType}: those whose submissions the
 * viewer may see at all — their own units as a writer or head, the units in an editor's scope.
 */
@Component
class ReportingUnitRoster implements UnitRoster {

    private final ReportingUnits units;
    private final OrganisationDirectory organisations;
    private final AccessControl access;

    ReportingUnitRoster(ReportingUnits units, OrganisationDirectory organisations, AccessControl access) {
        this.units = units;
        this.organisations = organisations;
        this.access = access;
    }

    @Override
    public List<UnitGroup> groups() {
        return Arrays.stream(UnitType.values())
                .map(t -> new UnitGroup(t.name(), "reporting.unitType." + t.name()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StatisticsUnit> units() {
        List<OrganisationScope> scopes = List.of(
                access.scope(ReportingPermissions.SUBMIT),
                access.scope(ReportingPermissions.SIGNOFF),
                access.scope(ReportingPermissions.EDIT));
        if (scopes.stream().allMatch(OrganisationScope::isEmpty)) {
            return List.of();
        }
        Map<Long, OrganisationView> byId = organisations.all().stream()
                .collect(Collectors.toMap(OrganisationView::id, Function.identity(), (a, b) -> a));
        return units.findAll().stream()
                .filter(u -> byId.containsKey(u.organisationId()))
                .filter(u -> scopes.stream().anyMatch(s -> s.contains(u.organisationId())))
                .map(u -> {
                    OrganisationView o = byId.get(u.organisationId());
                    return new StatisticsUnit(
                            o.id(), o.name(), o.code(), u.type().name());
                })
                .sorted(Comparator.comparing((StatisticsUnit u) -> UnitType.valueOf(u.group()))
                        .thenComparing(StatisticsUnit::code))
                .toList();
    }
}
