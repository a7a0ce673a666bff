package org.civitas.reporting.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.reporting.ReportingUnitChanged;
import org.civitas.reporting.ReportingUnitService;
import org.civitas.reporting.ReportingUnitView;
import org.civitas.reporting.UnitType;
import org.civitas.reporting.UnitTypeConfigured;
import org.civitas.reporting.UnitTypeSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultReportingUnitService implements ReportingUnitService {

    /** Same shape as the workflow module's chain codes. */
    private static final Pattern CHAIN = Pattern.compile("[a-z][a-z0-9_-]{1,63}");

    static final int MAX_QUOTA = 1000;

    private final ReportingUnits units;
    private final UnitTypeSettingsRepository types;
    private final OrganisationDirectory organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DefaultReportingUnitService(
            ReportingUnits units,
            UnitTypeSettingsRepository types,
            OrganisationDirectory organisations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.units = units;
        this.types = types;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyAuthority('reporting:admin', 'reporting:edit')")
    public List<ReportingUnitView> units() {
        Map<Long, OrganisationView> byId = organisations.all().stream()
                .collect(Collectors.toMap(OrganisationView::id, Function.identity(), (a, b) -> a));
        return units.findAll().stream()
                .filter(u -> byId.containsKey(u.organisationId()))
                .map(u -> view(u, byId.get(u.organisationId())))
                .sorted(Comparator.comparing(ReportingUnitView::type).thenComparing(ReportingUnitView::code))
                .toList();
    }

    @Override
    public Optional<ReportingUnitView> find(long organisationId) {
        return units.findById(organisationId)
                .flatMap(u -> organisations.find(organisationId).map(o -> view(u, o)));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('reporting:admin')")
    public ReportingUnitView flag(long organisationId, UnitType type) {
        OrganisationView organisation = organisations
                .find(organisationId)
                .orElseThrow(() -> DomainException.onField("organisationId", "reporting.unit.organisation.unknown"));
        if (type == null) {
            throw DomainException.onField("type", "reporting.unit.type.required");
        }
        var unit = units.findById(organisationId).orElse(null);
        if (unit == null) {
            unit = units.save(new ReportingUnit(organisationId, type, clock.instant()));
        } else if (unit.type() == type) {
            throw DomainException.onField("type", "reporting.unit.unchanged", organisation.name());
        } else {
            unit.retype(type, clock.instant());
        }
        units.flush();
        events.publishEvent(new ReportingUnitChanged(organisationId, organisation.name(), type));
        return view(unit, organisation);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('reporting:admin')")
    public void unflag(long organisationId) {
        var unit = units.findById(organisationId)
                .orElseThrow(() -> new NotFoundException("ReportingUnit", organisationId));
        units.delete(unit);
        String name =
                organisations.find(organisationId).map(OrganisationView::name).orElse("#" + organisationId);
        events.publishEvent(new ReportingUnitChanged(organisationId, name, null));
    }

    @Override
    public List<UnitTypeSettings> typeSettings() {
        return Arrays.stream(UnitType.values()).map(this::typeSettings).toList();
    }

    @Override
    public UnitTypeSettings typeSettings(UnitType type) {
        return load(type).view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('reporting:admin')")
    public UnitTypeSettings configure(UnitType type, int monthlyQuota, String signoffChain, long expectedVersion) {
        if (type == null) {
            throw DomainException.onField("type", "reporting.unit.type.required");
        }
        if (monthlyQuota < 0 || monthlyQuota > MAX_QUOTA) {
            throw DomainException.onField("monthlyQuota", "reporting.quota.range", MAX_QUOTA);
        }
        String chain = signoffChain == null || signoffChain.isBlank() ? null : signoffChain.strip();
        if (chain != null && !CHAIN.matcher(chain).matches()) {
            throw DomainException.onField("signoffChain", "reporting.chain.invalid", chain);
        }
        var setting = load(type);
        if (setting.version() != expectedVersion) {
            throw new DomainException("reporting.stale");
        }
        setting.configure(monthlyQuota, chain, clock.instant());
        types.flush();
        events.publishEvent(new UnitTypeConfigured(type, monthlyQuota, chain));
        return setting.view();
    }

    private UnitTypeSetting load(UnitType type) {
        return types.findById(type).orElseThrow(() -> new NotFoundException("ReportingUnitType", type));
    }

    private static ReportingUnitView view(ReportingUnit unit, OrganisationView organisation) {
        return new ReportingUnitView(unit.organisationId(), organisation.name(), organisation.code(), unit.type());
    }
}
