package org.civitas.reporting.internal.adoption;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationScope;
import org.civitas.identity.SecurityLabel;
import org.civitas.identity.SecurityLabels;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.reporting.AdoptionView;
import org.civitas.reporting.DeskService;
import org.civitas.reporting.NearDuplicate;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.reporting.SubmissionAdopted;
import org.civitas.reporting.SubmissionEdited;
import org.civitas.reporting.SubmissionState;
import org.civitas.reporting.SubmissionStateChanged;
import org.civitas.reporting.SubmissionView;
import org.civitas.reporting.internal.submission.Submission;
import org.civitas.reporting.internal.submission.SubmissionValidator;
import org.civitas.reporting.internal.submission.SubmissionViewAssembler;
import org.civitas.reporting.internal.submission.SubmissionVisibility;
import org.civitas.reporting.internal.submission.Submissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DeskEditing implements DeskService {

    static final int MAX_MERGED = 20;

    private final Submissions submissions;
    private final Adoptions adoptions;
    private final SubmissionValidator rules;
    private final SubmissionVisibility visibility;
    private final SubmissionViewAssembler views;
    private final NearDuplicateFinder duplicates;
    private final SecurityLabels labels;
    private final AccessControl access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeskEditing(
            Submissions submissions,
            Adoptions adoptions,
            SubmissionValidator rules,
            SubmissionVisibility visibility,
            SubmissionViewAssembler views,
            NearDuplicateFinder duplicates,
            SecurityLabels labels,
            AccessControl access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.submissions = submissions;
        this.adoptions = adoptions;
        this.rules = rules;
        this.visibility = visibility;
        this.views = views;
        this.duplicates = duplicates;
        this.labels = labels;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ReportingPermissions.EDIT + "')")
    public SubmissionView edit(long id, String title, String body, long expectedVersion) {
        Submission s = load(id);
        if (s.version() != expectedVersion) {
            throw new DomainException("reporting.stale");
        }
        String checkedTitle = rules.title(title);
        String checkedBody = rules.body(body);
        s.edit(checkedTitle, checkedBody, me(), clock.instant());
        submissions.flush();
        events.publishEvent(new SubmissionEdited(s.id(), checkedTitle));
        return views.view(s);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ReportingPermissions.EDIT + "')")
    public SubmissionView preAdopt(long id) {
        Submission s = load(id);
        SubmissionState from = s.preAdopt(clock.instant());
        submissions.flush();
        events.publishEvent(new SubmissionStateChanged(s.id(), s.organisationId(), s.title(), from, s.state(), null));
        return views.view(s);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ReportingPermissions.EDIT + "')")
    public AdoptionView adopt(long id) {
        Submission s = load(id);
        s.requireAdoptable();
        return adoptAll(List.of(s), s.currentTitle(), s.currentBody(), false);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ReportingPermissions.EDIT + "')")
    public AdoptionView merge(List<Long> ids, String title, String body) {
        var unique = new LinkedHashSet<Long>(ids == null ? List.of() : ids);
        unique.remove(null);
        if (unique.size() < 2) {
            throw DomainException.onField("ids", "reporting.merge.tooFew");
        }
        if (unique.size() > MAX_MERGED) {
            throw DomainException.onField("ids", "reporting.merge.tooMany", MAX_MERGED);
        }
        List<Submission> sources = new ArrayList<>();
        for (Long id : unique) {
            Submission s = load(id);
            s.requireAdoptable();
            sources.add(s);
        }
        Submission first = sources.getFirst();
        String mergedTitle = title == null || title.isBlank() ? first.currentTitle() : rules.title(title);
        String mergedBody = body == null || body.isBlank() ? first.currentBody() : rules.body(body);
        return adoptAll(sources, mergedTitle, mergedBody, true);
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ReportingPermissions.EDIT + "')")
    public SubmissionView returnToUnit(long id, String reason) {
        Submission s = load(id);
        String checked = rules.reason(reason);
        SubmissionState from = s.returnToUnit(checked, clock.instant());
        submissions.flush();
        events.publishEvent(
                new SubmissionStateChanged(s.id(), s.organisationId(), s.title(), from, s.state(), checked));
        return views.view(s);
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + ReportingPermissions.EDIT + "', '" + ReportingPermissions.SUBMIT + "', '"
            + ReportingPermissions.SIGNOFF + "', '" + ReportingPermissions.INSTRUCT + "')")
    public AdoptionView adoption(long id) {
        // a leader reads the adopted items crediting units in their scope (not the submissions behind them)
        OrganisationScope leader = access.currentUser()
                        .filter(u -> u.has(ReportingPermissions.INSTRUCT))
                        .isPresent()
                ? access.scope(ReportingPermissions.INSTRUCT)
                : OrganisationScope.NOTHING;
        Adoption adoption = adoptions
                .findById(id)
                .filter(a -> access.canRead(a.label()))
                .filter(a -> a.credits().stream()
                        .anyMatch(c -> leader.contains(c.organisationId())
                                || submissions
                                        .findById(c.submissionId())
                                        .filter(visibility::canRead)
                                        .isPresent()))
                .orElseThrow(() -> new NotFoundException("Adoption", id));
        return view(adoption);
    }

    @Override
    @PreAuthorize("hasAuthority('" + ReportingPermissions.EDIT + "')")
    public List<NearDuplicate> nearDuplicates(long id) {
        return duplicates.of(load(id));
    }

    private AdoptionView adoptAll(List<Submission> sources, String title, String body, boolean merged) {
        var now = clock.instant();
        String label = sources.stream()
                .map(s -> labels.find(s.label()).orElseThrow())
                .max(Comparator.comparingInt(SecurityLabel::rank))
                .orElseThrow()
                .code();
        Adoption adoption = new Adoption(title, body, merged, label, me(), now);
        sources.forEach(s -> adoption.credit(s.id(), s.organisationId()));
        adoptions.saveAndFlush(adoption);
        sources.forEach(s -> s.adopted(adoption.id(), now));
        submissions.flush();
        events.publishEvent(new SubmissionAdopted(
                adoption.id(),
                title,
                merged,
                sources.stream().map(Submission::id).toList(),
                sources.stream().map(Submission::organisationId).distinct().toList()));
        return view(adoption);
    }

    private AdoptionView view(Adoption a) {
        var names = views.names();
        return new AdoptionView(
                a.id(),
                a.title(),
                a.body(),
                a.merged(),
                a.label(),
                a.adoptedBy(),
                a.adoptedAt(),
                a.credits().stream()
                        .map(c -> new AdoptionView.Credit(
                                c.submissionId(), c.organisationId(), names.of(c.organisationId())))
                        .toList());
    }

    private String me() {
        return access.requireUser().getUsername();
    }

    /** A submission the editor may act on: sent, in the editor's scope and clearance; anything else is "not found". */
    private Submission load(long id) {
        return submissions
                .findById(id)
                .filter(s -> s.state().sent() && visibility.editorOf(s))
                .orElseThrow(() -> new NotFoundException("Submission", id));
    }
}
