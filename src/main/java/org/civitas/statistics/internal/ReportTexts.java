package org.civitas.statistics.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.civitas.statistics.Figure;
import org.civitas.statistics.Period;
import org.civitas.statistics.StatisticsReport;
import org.springframework.context.MessageSource;

/** The words of the files, in the reader's language: period names, column headings, yes and no, dates. */
final class ReportTexts {

    private final MessageSource messages;
    private final Locale locale;

    ReportTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    String msgOr(String key, String fallback, Object... args) {
        return messages.getMessage(key, args, fallback, locale);
    }

    /** 2026年10月 / 2026年第四季度 / 2026年 (numbers as text, so that no grouping separator creeps in). */
    String period(Period p) {
        return msg(
                "statistics.period." + p.kind().name(),
                String.valueOf(p.year()),
                p.kind() == org.civitas.statistics.PeriodKind.QUARTER
                        ? msg("statistics.quarter." + p.number())
                        : String.valueOf(p.number()));
    }

    String bulletinTitle(Period p) {
        return msg(
                "statistics.bulletin.title." + p.kind().name(),
                String.valueOf(p.year()),
                p.kind() == org.civitas.statistics.PeriodKind.QUARTER
                        ? msg("statistics.quarter." + p.number())
                        : String.valueOf(p.number()));
    }

    String date(LocalDate day) {
        return msg(
                "statistics.date",
                String.valueOf(day.getYear()),
                String.valueOf(day.getMonthValue()),
                String.valueOf(day.getDayOfMonth()));
    }

    String heading(Figure f) {
        return msg(f.messageKey());
    }

    /** A cell's text: the formatted value, or yes / no for a flag of a unit. */
    String cell(Figure f, Double value) {
        if (f.kind() == Figure.Kind.FLAG && value != null) {
            return msg(value != 0 ? "statistics.yes" : "statistics.no");
        }
        return f.format(value);
    }

    String groupName(StatisticsReport.GroupRow row) {
        return row.group() == null ? msg("statistics.total") : msg(row.group().messageKey());
    }
}
