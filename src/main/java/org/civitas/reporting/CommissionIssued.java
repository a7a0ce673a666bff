package org.civitas.reporting;

import java.time.LocalDate;
import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/** The office issued a commission (约稿) to the units in {@code organisationIds}. */
@Audited(action = "reporting:commission-issue", object = "Commission", id = "commissionId")
public record CommissionIssued(long commissionId, String title, LocalDate dueDate, List<Long> organisationIds)
        implements AuditableEvent {
    public CommissionIssued {
        organisationIds = List.copyOf(organisationIds);
    }

    @Override
    public String summary() {
        return AuditSummary.of("CommissionIssued", title, organisationIds.size(), dueDate);
    }
}
