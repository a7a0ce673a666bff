package org.civitas.reporting.internal.submission;

import java.time.Clock;
import java.util.List;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationScope;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.reporting.ReportingUnitService;
import org.civitas.reporting.ReportingUnitView;
import org.civitas.reporting.SubmissionDraft;
import org.civitas.reporting.SubmissionQuery;
import org.civitas.reporting.SubmissionSaved;
import org.civitas.reporting.SubmissionService;
import org.civitas.reporting.SubmissionState;
import org.civitas.reporting.SubmissionStateChanged;
import org.civitas.reporting.SubmissionSummary;
import org.civitas.reporting.SubmissionView;
import org.civitas.reporting.internal.commission.CommissionAnswering;
import org.civitas.workflow.ReviewService;
import org.civitas.workflow.ReviewSubject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class SubmissionWriting implements SubmissionService {

    /** The workflow subject type of a submission's sign-off. */
    public static final String SUBJECT_TYPE = "reporting.submission";

    private final Submissions submissions;
    private final SubmissionValidator rules;
    private final SubmissionVisibility visibility;
    private final SubmissionViewAssembler views;
    private final ReportingUnitService units;
    private final ReviewService reviews;
    private final CommissionAnswering answers;
    private final AccessControl access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SubmissionWriting(
            Submissions submissions,
            SubmissionValidator rules,
            SubmissionVisibility visibility,
            SubmissionViewAssembler views,
            ReportingUnitService units,
            ReviewService reviews,
            CommissionAnswering answers,
            AccessControl access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.submissions = submissions;
        this.rules = rules;
        this.visibility = visibility;
        this.views = views;
        this.units = units;
        this.reviews = reviews;
        this.answers = answers;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ReportingPermissions.SUBMIT + "')")
    public SubmissionView create(SubmissionDraft form) {
        return views.view(draft(form));
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ReportingPermissions.SUBMIT + "')")
    public SubmissionView revise(long id, SubmissionDraft form, long expectedVersion) {
        Submission s = load(id);
        requireWriter(s);
        if (s.version() != expectedVersion) {
            throw new DomainException("reporting.stale");
        }
        SubmissionContent content = rules.check(form);
        answers.check(form.commissionId(), s.organisationId());
        s.revise(content, clock.instant());
        s.answer(form.commissionId());
        submissions.flush();
        events.publishEvent(new SubmissionSaved(s.id(), s.organisationId(), s.title(), false));
        return views.view(s);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ReportingPermissions.SUBMIT + "')")
    public SubmissionView send(long id) {
        Submission s = load(id);
        requireWriter(s);
        send(s);
        return views.view(s);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ReportingPermissions.SUBMIT + "')")
    public SubmissionView submit(SubmissionDraft form) {
        Submission s = draft(form);
        send(s);
        return views.view(s);
    }

    @Override
    public SubmissionView get(long id) {
        return views.view(load(id));
    }

    @Override
    public Page<SubmissionSummary> search(SubmissionQuery filter, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(
                        pageable.getPageNumber(),
                        pageable.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "createdAt", "id"));
        var names = views.names();
        return submissions
                .findAll(visibility.visible(filter, clock.getZone()), sorted)
                .map(names::summary);
    }

    @Override
    public long count(SubmissionQuery filter) {
        return submissions.count(visibility.visible(filter, clock.getZone()));
    }

    @Override
    public List<ReportingUnitView> myUnits() {
        OrganisationScope scope = access.scope(ReportingPermissions.SUBMIT);
        if (scope.isEmpty()) {
            return List.of();
        }
        if (scope.all()) {
            return units.units();
        }
        return scope.organisationIds().stream()
                .map(units::find)
                .flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(ReportingUnitView::code))
                .toList();
    }

    private Submission draft(SubmissionDraft form) {
        var user = access.requireUser();
        ReportingUnitView unit = unitFor(form == null ? null : form.unitId(), user.organisationId());
        SubmissionContent content = rules.check(form);
        answers.check(form.commissionId(), unit.organisationId());
        Submission draft =
                new Submission(unit.organisationId(), unit.type(), user.getUsername(), content, clock.instant());
        draft.answer(form.commissionId());
        Submission s = submissions.saveAndFlush(draft);
        events.publishEvent(new SubmissionSaved(s.id(), s.organisationId(), s.title(), true));
        return s;
    }

    /**
     * DRAFT → SIGNING, then the unit type's sign-off chain starts; its completion (at once for a chain
     * without steps) moves the item on in {@link SignOffListener}. A type without a chain needs no sign-off.
     */
    private void send(Submission s) {
        answers.check(s.commissionId(), s.organisationId());
        SubmissionState from = s.send(clock.instant());
        submissions.flush();
        events.publishEvent(new SubmissionStateChanged(s.id(), s.organisationId(), s.title(), from, s.state(), null));
        String chain = units.typeSettings(s.unitType()).signoffChain();
        if (chain == null) {
            SubmissionState signing = s.signedOff(clock.instant());
            submissions.flush();
            events.publishEvent(
                    new SubmissionStateChanged(s.id(), s.organisationId(), s.title(), signing, s.state(), null));
            return;
        }
        reviews.start(
                chain,
                new ReviewSubject(SUBJECT_TYPE, String.valueOf(s.id()), s.title(), s.author(), s.organisationId()));
    }

    /**
     * The unit the item is written for: the one asked for, or, when none is named, the writer's own
     * organisation if it reports, or the only unit the writer reports for.
     */
    private ReportingUnitView unitFor(Long unitId, long ownOrganisation) {
        OrganisationScope scope = access.scope(ReportingPermissions.SUBMIT);
        if (unitId != null) {
            if (!scope.contains(unitId)) {
                throw DomainException.onField("unitId", "reporting.unit.notYours");
            }
            return units.find(unitId)
                    .orElseThrow(() -> DomainException.onField("unitId", "reporting.unit.notReporting"));
        }
        if (scope.contains(ownOrganisation)) {
            var own = units.find(ownOrganisation);
            if (own.isPresent()) {
                return own.get();
            }
        }
        List<ReportingUnitView> mine = myUnits();
        if (mine.size() == 1) {
            return mine.getFirst();
        }
        throw DomainException.onField("unitId", mine.isEmpty() ? "reporting.unit.none" : "reporting.unit.required");
    }

    private void requireWriter(Submission s) {
        if (!access.scope(ReportingPermissions.SUBMIT).contains(s.organisationId())) {
            throw new AccessDeniedException("submission " + s.id() + " belongs to another unit");
        }
    }

    /** A submission the caller may read; any other is "not found", so that its existence is not revealed. */
    private Submission load(long id) {
        return submissions
                .findById(id)
                .filter(visibility::canRead)
                .orElseThrow(() -> new NotFoundException("Submission", id));
    }
}
