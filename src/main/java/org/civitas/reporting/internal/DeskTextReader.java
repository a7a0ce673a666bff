package org.civitas.reporting.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationScope;
import org.civitas.platform.RichText;
import org.civitas.reporting.DeskReaders;
import org.civitas.reporting.DeskText;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.reporting.SubmissionState;
import org.civitas.reporting.trusted.DeskTexts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Submissions and adoptions as text for the search module; the reader rule mirrors {@link SubmissionVisibility}. */
@Component
@Transactional(readOnly = true)
class DeskTextReader implements DeskTexts {

    private final Submissions submissions;
    private final Adoptions adoptions;
    private final AccessControl access;

    DeskTextReader(Submissions submissions, Adoptions adoptions, AccessControl access) {
        this.submissions = submissions;
        this.adoptions = adoptions;
        this.access = access;
    }

    @Override
    public Optional<DeskText> submission(long id) {
        return submissions.findById(id).map(s -> {
            String body = text(s.currentBody());
            if (s.editedBody() != null) {
                body = body + "\n" + text(s.body());
            }
            String title = s.editedTitle() == null ? s.title() : s.editedTitle() + " " + s.title();
            return new DeskText(
                    s.id(),
                    title,
                    body,
                    s.label(),
                    Set.of(s.organisationId()),
                    s.state(),
                    s.submittedAt() == null ? s.createdAt() : s.submittedAt());
        });
    }

    @Override
    public Optional<DeskText> adoption(long id) {
        return adoptions.findById(id).map(a -> {
            Set<Long> units = a.credits().stream()
                    .map(c -> c.organisationId())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            return new DeskText(
                    a.id(), a.title(), text(a.body()), a.label(), units, SubmissionState.ADOPTED, a.adoptedAt());
        });
    }

    @Override
    public List<Long> submissionIds() {
        return submissions.allIds();
    }

    @Override
    public List<Long> adoptionIds() {
        return adoptions.allIds();
    }

    @Override
    public DeskReaders readers() {
        OrganisationScope submit = access.scope(ReportingPermissions.SUBMIT);
        OrganisationScope signoff = access.scope(ReportingPermissions.SIGNOFF);
        OrganisationScope own = submit.all() || signoff.all()
                ? OrganisationScope.EVERYTHING
                : OrganisationScope.of(union(submit.organisationIds(), signoff.organisationIds()));
        return new DeskReaders(access.readableLabels(), own, access.scope(ReportingPermissions.EDIT));
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String text(String html) {
        return html == null ? "" : RichText.toPlainText(html);
    }
}
