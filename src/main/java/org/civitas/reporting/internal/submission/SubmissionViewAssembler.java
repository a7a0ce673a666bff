package org.civitas.reporting.internal.submission;

import java.util.HashMap;
import java.util.Map;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.reporting.SubmissionSummary;
import org.civitas.reporting.SubmissionView;
import org.springframework.stereotype.Component;

/** Turns submissions into the views the API hands out, with the units' names as the directory has them now. */
@Component
public class SubmissionViewAssembler {

    private final OrganisationDirectory organisations;

    SubmissionViewAssembler(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    /** A name lookup for one list: each unit is asked for once. */
    public Names names() {
        return new Names();
    }

    public SubmissionView view(Submission s) {
        return new SubmissionView(
                s.id(),
                s.organisationId(),
                names().of(s.organisationId()),
                s.unitType(),
                s.title(),
                s.body(),
                s.category(),
                s.urgency(),
                s.label(),
                s.signer(),
                s.contact(),
                s.attachmentIds(),
                s.state(),
                s.author(),
                s.returnReason(),
                s.editedTitle(),
                s.editedBody(),
                s.editedBy(),
                s.adoptionId(),
                s.version(),
                s.createdAt(),
                s.submittedAt(),
                s.decidedAt(),
                s.commissionId());
    }

    public final class Names {

        private final Map<Long, String> cache = new HashMap<>();

        public String of(long organisationId) {
            return cache.computeIfAbsent(
                    organisationId,
                    id -> organisations.find(id).map(OrganisationView::name).orElse("#" + id));
        }

        public SubmissionSummary summary(Submission s) {
            return new SubmissionSummary(
                    s.id(),
                    s.currentTitle(),
                    s.organisationId(),
                    of(s.organisationId()),
                    s.unitType(),
                    s.category(),
                    s.urgency(),
                    s.label(),
                    s.state(),
                    s.editedTitle() != null,
                    s.createdAt(),
                    s.submittedAt());
        }
    }
}
