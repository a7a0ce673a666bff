package org.civitas.reporting;

import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * The office adopted submissions as one item: a single one, or several merged (综合采用). Scoring and
 * journals listen to this; every unit in {@code organisationIds} is credited.
 */
@Audited(object = "Adoption", id = "adoptionId")
public record SubmissionAdopted(
        long adoptionId, String title, boolean merged, List<Long> submissionIds, List<Long> organisationIds)
        implements AuditableEvent {
    public SubmissionAdopted {
        submissionIds = List.copyOf(submissionIds);
        organisationIds = List.copyOf(organisationIds);
    }

    @Override
    public String action() {
        return merged ? "reporting:merge" : "reporting:adopt";
    }

    @Override
    public String summary() {
        return AuditSummary.of(merged ? "SubmissionsMerged" : "SubmissionAdopted", submissionIds, title);
    }
}
