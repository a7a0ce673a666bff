package org.civitas.statistics;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;

/**
 * Someone downloaded statistics: the table ({@code xlsx}) or the bulletin ({@code docx}).
 *
 * @param group the kind of unit, or null for all
 * @param units how many unit rows it holds
 */
@Audited(action = "statistics:export", object = "StatisticsReport", id = "period")
public record StatisticsExported(String format, String period, String group, int units) implements AuditableEvent {
    @Override
    public String summary() {
        return AuditSummary.of(
                group == null ? "StatisticsExported" : "StatisticsGroupExported", period, format, units, group);
    }
}
