package org.civitas.reporting.internal.commission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationScope;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.platform.TextInput;
import org.civitas.reporting.AnswerStatus;
import org.civitas.reporting.CommissionClosed;
import org.civitas.reporting.CommissionDraft;
import org.civitas.reporting.CommissionIssued;
import org.civitas.reporting.CommissionService;
import org.civitas.reporting.CommissionView;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.reporting.UnitCommission;
import org.civitas.reporting.UnitType;
import org.civitas.reporting.internal.submission.SubmissionViewAssembler;
import org.civitas.reporting.internal.units.ReportingUnits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CommissionIssuing implements CommissionService {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;

    private final Commissions commissions;
    private final ReportingUnits units;
    private final SubmissionViewAssembler views;
    private final AccessControl access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommissionIssuing(
            Commissions commissions,
            ReportingUnits units,
            SubmissionViewAssembler views,
            AccessControl access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.commissions = commissions;
        this.units = units;
        this.views = views;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ReportingPermissions.EDIT + "')")
    public CommissionView issue(CommissionDraft draft) {
        if (draft == null) {
            throw new DomainException("reporting.form.required");
        }
        String title = text(draft.title(), "title", MAX_TITLE);
        String description = text(draft.description(), "description", MAX_DESCRIPTION);
        if (draft.dueDate() == null) {
            throw DomainException.onField("dueDate", "reporting.commission.due.required");
        }
        if (draft.dueDate().isBefore(today())) {
            throw DomainException.onField("dueDate", "reporting.commission.due.past");
        }
        Set<Long> targets = targets(draft);
        Commission c = commissions.saveAndFlush(new Commission(
                title,
                description,
                draft.dueDate(),
                targets,
                access.requireUser().getUsername(),
                clock.instant()));
        events.publishEvent(new CommissionIssued(c.id(), title, c.dueDate(), List.copyOf(targets)));
        return view(c, office());
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ReportingPermissions.EDIT + "')")
    public CommissionView close(long id) {
        Commission c = commissions.findById(id).orElseThrow(() -> new NotFoundException("Commission", id));
        c.close(access.requireUser().getUsername(), clock.instant());
        commissions.flush();
        List<Long> onTime = new ArrayList<>();
        List<Long> late = new ArrayList<>();
        List<Long> missed = new ArrayList<>();
        LocalDate today = today();
        for (long org : c.targets().stream().sorted().toList()) {
            switch (c.status(org, today)) {
                case ON_TIME -> onTime.add(org);
                case LATE -> late.add(org);
                default -> missed.add(org);
            }
        }
        events.publishEvent(new CommissionClosed(c.id(), c.title(), c.dueDate(), onTime, late, missed));
        return view(c, office());
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + ReportingPermissions.EDIT + "', '" + ReportingPermissions.SUBMIT + "', '"
            + ReportingPermissions.SIGNOFF + "')")
    public CommissionView get(long id) {
        LongPredicate visible = visibleTargets();
        return commissions
                .findById(id)
                .filter(c -> isOffice() || c.targets().stream().anyMatch(visible::test))
                .map(c -> view(c, visible))
                .orElseThrow(() -> new NotFoundException("Commission", id));
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + ReportingPermissions.EDIT + "', '" + ReportingPermissions.SUBMIT + "', '"
            + ReportingPermissions.SIGNOFF + "')")
    public List<CommissionView> list() {
        LongPredicate visible = visibleTargets();
        List<Commission> found = isOffice() || ownScope().all()
                ? commissions.findAllByOrderByIssuedAtDescIdDesc()
                : ownScope().isEmpty()
                        ? List.of()
                        : commissions.asking(ownScope().organisationIds());
        return found.stream()
                .filter(c -> isOffice() || c.targets().stream().anyMatch(visible::test))
                .map(c -> view(c, visible))
                .toList();
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + ReportingPermissions.SUBMIT + "', '" + ReportingPermissions.SIGNOFF + "')")
    public List<UnitCommission> mine() {
        OrganisationScope own = ownScope();
        if (own.isEmpty()) {
            return List.of();
        }
        List<Commission> found = own.all()
                ? commissions.findAllByOrderByIssuedAtDescIdDesc()
                : commissions.asking(own.organisationIds());
        LocalDate today = today();
        var names = views.names();
        return found.stream()
                .filter(Commission::open)
                .flatMap(c -> c.targets().stream()
                        .filter(own::contains)
                        .map(org -> new UnitCommission(
                                c.id(), c.title(), c.dueDate(), c.state(), org, names.of(org), c.status(org, today))))
                .filter(u -> !u.status().answered())
                .sorted(Comparator.comparing((UnitCommission u) -> u.status() != AnswerStatus.OVERDUE)
                        .thenComparing(UnitCommission::dueDate)
                        .thenComparing(UnitCommission::commissionId))
                .toList();
    }

    /** Every reporting unit, those of the types, and the named ones, all within the editor's scope. */
    private Set<Long> targets(CommissionDraft draft) {
        OrganisationScope scope = access.scope(ReportingPermissions.EDIT);
        Set<Long> targets = new LinkedHashSet<>();
        if (draft.allUnits()) {
            units.findAll().forEach(u -> targets.add(u.organisationId()));
        }
        for (UnitType type : draft.unitTypes()) {
            units.findByType(type).forEach(u -> targets.add(u.organisationId()));
        }
        targets.removeIf(org -> !scope.contains(org));
        for (Long org : draft.organisationIds()) {
            if (org == null) {
                continue;
            }
            if (units.findById(org).isEmpty()) {
                throw DomainException.onField("organisationIds", "reporting.commission.target.notUnit", org);
            }
            if (!scope.contains(org)) {
                throw DomainException.onField("organisationIds", "reporting.commission.target.outOfScope", org);
            }
            targets.add(org);
        }
        if (targets.isEmpty()) {
            throw DomainException.onField("organisationIds", "reporting.commission.targets.required");
        }
        return targets;
    }

    private CommissionView view(Commission c, LongPredicate visible) {
        var names = views.names();
        LocalDate today = today();
        List<CommissionView.Target> targets = c.targets().stream()
                .filter(visible::test)
                .map(org -> {
                    var first = c.firstAnswer(org);
                    return new CommissionView.Target(
                            org,
                            names.of(org),
                            c.status(org, today),
                            first.map(Commission.Answer::submissionId).orElse(null),
                            first.map(Commission.Answer::answeredAt).orElse(null));
                })
                .sorted(Comparator.comparing(CommissionView.Target::status)
                        .thenComparing(CommissionView.Target::unitName))
                .toList();
        return new CommissionView(
                c.id(),
                c.title(),
                c.description(),
                c.dueDate(),
                c.state(),
                c.issuedBy(),
                c.issuedAt(),
                c.closedBy(),
                c.closedAt(),
                targets);
    }

    private boolean isOffice() {
        return access.currentUser().map(u -> u.has(ReportingPermissions.EDIT)).orElse(false);
    }

    private LongPredicate office() {
        OrganisationScope edit = access.scope(ReportingPermissions.EDIT);
        return edit::contains;
    }

    /** The office sees the asked units in its scope, a unit its own. */
    private LongPredicate visibleTargets() {
        OrganisationScope edit = access.scope(ReportingPermissions.EDIT);
        OrganisationScope own = ownScope();
        return org -> edit.contains(org) || own.contains(org);
    }

    private OrganisationScope ownScope() {
        OrganisationScope submit = access.scope(ReportingPermissions.SUBMIT);
        OrganisationScope signoff = access.scope(ReportingPermissions.SIGNOFF);
        if (submit.all() || signoff.all()) {
            return OrganisationScope.EVERYTHING;
        }
        Set<Long> ids = new LinkedHashSet<>(submit.organisationIds());
        ids.addAll(signoff.organisationIds());
        return OrganisationScope.of(ids);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String text(String value, String field, int max) {
        return TextInput.required(value, field, max);
    }
}
