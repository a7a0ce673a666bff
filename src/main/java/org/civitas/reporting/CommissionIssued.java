package org.civitas.reporting;

import java.time.LocalDate;
import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/** The office issued a commission (约稿) to the units in {@code organisationIds}. */
public record CommissionIssued(long commissionId, String title, LocalDate dueDate, List<Long> organisationIds)
        implements AuditableEvent {

    public CommissionIssued {
        organisationIds = List.copyOf(organisationIds);
    }

    @Override
    public String action() {
        return "reporting:commission-issue";
    }

    @Override
    public String objectType() {
        return "Commission";
    }

    @Override
    public String objectId() {
        return String.valueOf(commissionId);
    }

    @Override
    public String summary() {
        return AuditSummary.of("CommissionIssued", title, organisationIds.size(), dueDate);
    }
}
