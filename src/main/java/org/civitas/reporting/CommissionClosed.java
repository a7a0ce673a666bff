package org.civitas.reporting;

import java.time.LocalDate;
import java.util.List;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * The office closed a commission; every asked unit is in exactly one list. Scoring credits {@code onTime}
 * and penalises {@code missed}.
 */
@Audited(action = "reporting:commission-close", object = "Commission", id = "commissionId")
public record CommissionClosed(
        long commissionId, String title, LocalDate dueDate, List<Long> onTime, List<Long> late, List<Long> missed)
        implements AuditableEvent {
    public CommissionClosed {
        onTime = List.copyOf(onTime);
        late = List.copyOf(late);
        missed = List.copyOf(missed);
    }

    @Override
    public String summary() {
        return AuditSummary.of("CommissionClosed", title, onTime.size(), late.size(), missed.size());
    }
}
