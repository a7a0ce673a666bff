package org.civitas.statistics;

import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;

/**
 * Someone downloaded statistics: the table ({@code xlsx}) or the bulletin ({@code docx}).
 *
 * @param group the kind of unit, or null for all
 * @param units how many unit rows it holds
 */
public record StatisticsExported(String format, String period, String group, int units) implements AuditableEvent {

    @Override
    public String action() {
        return "statistics:export";
    }

    @Override
    public String objectType() {
        return "StatisticsReport";
    }

    @Override
    public String objectId() {
        return period;
    }

    @Override
    public String summary() {
        return AuditSummary.of(
                group == null ? "StatisticsExported" : "StatisticsGroupExported", period, format, units, group);
    }
}
