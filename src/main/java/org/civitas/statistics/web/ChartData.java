package org.civitas.statistics.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civitas.statistics.Figure;
import org.civitas.statistics.Period;
import org.civitas.statistics.PeriodKind;
import org.civitas.statistics.StatisticsReport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** What the page's charts draw, as JSON for {@code /js/statistics.js}, with every label in the reader's language. */
@Component
class ChartData {

    /** The units with the most of the ranking figure. */
    record Bar(String title, String series, List<String> names, List<Double> values) {}

    /** One line of the month-by-month chart. */
    record Line(String name, List<Double> values) {}

    record Trend(String title, List<String> months, List<Line> series) {}

    record Charts(Bar bar, Trend trend) {}

    private final MessageSource messages;

    ChartData(MessageSource messages) {
        this.messages = messages;
    }

    Charts of(StatisticsReport report) {
        return new Charts(bar(report), trend(report));
    }

    String barTitle(StatisticsReport report) {
        return bar(report).title();
    }

    String trendTitle(StatisticsReport report) {
        return trend(report).title();
    }

    private Bar bar(StatisticsReport report) {
        Figure ranked = report.figure(report.rankedBy());
        if (ranked == null) {
            return new Bar("", "", List.of(), List.of());
        }
        List<StatisticsReport.UnitRow> top = report.units().stream()
                .sorted(Comparator.comparingInt(StatisticsReport.UnitRow::rank)
                        .thenComparing(r -> r.unit().code()))
                .limit(report.charts().topUnits())
                .toList();
        String name = msg(ranked.messageKey());
        return new Bar(
                msg("statistics.chart.bar", name, String.valueOf(report.charts().topUnits())),
                name,
                top.stream().map(r -> r.unit().name()).toList(),
                top.stream().map(r -> orZero(r.value(ranked.key()))).toList());
    }

    private Trend trend(StatisticsReport report) {
        List<String> months =
                report.trend().stream().map(point -> point.month().code()).toList();
        List<Line> lines = new ArrayList<>();
        for (String key : report.charts().trendFigures()) {
            Figure f = report.figure(key);
            lines.add(new Line(
                    msg(f.messageKey()),
                    report.trend().stream()
                            .map(point -> orZero(point.value(key)))
                            .toList()));
        }
        String names = String.join(
                msg("statistics.bulletin.nameSeparator"),
                lines.stream().map(Line::name).toList());
        return new Trend(msg("statistics.chart.trend", names), months, lines);
    }

    /** 2026年10月 / 2026年第四季度 / 2026年, numbers as text so that no grouping separator creeps in. */
    String periodLabel(Period p) {
        String number =
                p.kind() == PeriodKind.QUARTER ? msg("statistics.quarter." + p.number()) : String.valueOf(p.number());
        return msg("statistics.period." + p.kind().name(), String.valueOf(p.year()), number);
    }

    private static Double orZero(Double v) {
        return v == null ? 0d : v;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
