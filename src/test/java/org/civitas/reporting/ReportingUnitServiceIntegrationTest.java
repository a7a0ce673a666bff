package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.civitas.platform.DomainException;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class ReportingUnitServiceIntegrationTest extends ReportingIntegrationTest {

    @Autowired
    ReportingUnitService units;

    @Test
    void theOfficeFlagsAnOrganisationRetypesAndRemovesIt() {
        signInStandIn("office", "PUBLIC", ReportingPermissions.ADMIN);
        long lixian = org("xiaojin");
        units.find(lixian).ifPresent(u -> units.unflag(lixian));
        events.clear();

        ReportingUnitView unit = units.flag(lixian, UnitType.COUNTY);
        assertThat(unit.name()).isEqualTo("小金县人民政府");
        assertThat(units.find(lixian)).contains(unit);
        assertThat(units.flag(lixian, UnitType.DIRECT).type()).isEqualTo(UnitType.DIRECT);
        assertThat(units.units()).extracting(ReportingUnitView::organisationId).contains(lixian);
        units.unflag(lixian);
        assertThat(units.find(lixian)).isEmpty();
        assertThat(events.stream(ReportingUnitChanged.class)).hasSize(3);
        assertThat(auditable()).isEqualTo(3);
    }

    @Test
    void refusesUnknownOrganisationsMissingTypesAndSameTypeWritingNothing() {
        signInStandIn("office", "PUBLIC", ReportingPermissions.ADMIN);
        long maoxian = org("jinchuan");
        units.find(maoxian).ifPresent(u -> units.unflag(maoxian));
        units.flag(maoxian, UnitType.COUNTY);
        events.clear();

        assertThatThrownBy(() -> units.flag(999_999L, UnitType.COUNTY))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reporting.unit.organisation.unknown"));
        assertThatThrownBy(() -> units.flag(maoxian, null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reporting.unit.type.required"));
        assertThatThrownBy(() -> units.flag(maoxian, UnitType.COUNTY))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("reporting.unit.unchanged"));
        assertThat(units.find(999_999L)).isEmpty();
        assertThat(auditable()).isZero();
    }

    @Test
    void quotasAndChainsPerTypeAreCheckedAndVersioned() {
        signInStandIn("office", "PUBLIC", ReportingPermissions.ADMIN);
        UnitTypeSettings direct = units.typeSettings(UnitType.DIRECT);
        UnitTypeSettings changed = units.configure(UnitType.DIRECT, 5, "reporting-signoff", direct.version());
        assertThat(changed.monthlyQuota()).isEqualTo(5);
        assertThat(events.stream(UnitTypeConfigured.class)).hasSize(1);

        assertThatThrownBy(() -> units.configure(UnitType.DIRECT, -1, null, changed.version()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.field()).isEqualTo("monthlyQuota"));
        assertThatThrownBy(() -> units.configure(UnitType.DIRECT, 4, "Bad Chain", changed.version()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("reporting.chain.invalid"));
        assertThatThrownBy(() -> units.configure(UnitType.DIRECT, 4, null, direct.version()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("reporting.stale"));
        assertThat(units.typeSettings(UnitType.DIRECT).monthlyQuota()).isEqualTo(5);
    }

    @Test
    void onlyTheOfficeAdministratorChangesUnits() {
        signInStandIn("editor", "PUBLIC", ReportingPermissions.EDIT, ReportingPermissions.SUBMIT);
        assertThatThrownBy(() -> units.flag(org("heishui"), UnitType.COUNTY)).isInstanceOf(AccessDeniedException.class);
        assertThat(units.units()).isNotNull();
        signInStandIn("unit", "PUBLIC", ReportingPermissions.SUBMIT);
        assertThatThrownBy(() -> units.units()).isInstanceOf(AccessDeniedException.class);
    }
}
