package org.civitas.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationScope;
import org.civitas.platform.DomainException;
import org.civitas.statistics.Figure;
import org.civitas.statistics.Period;
import org.civitas.statistics.PeriodKind;
import org.civitas.statistics.StatisticsPermissions;
import org.civitas.statistics.StatisticsQuery;
import org.civitas.statistics.StatisticsReport;
import org.civitas.statistics.StatisticsReport.GroupRow;
import org.civitas.statistics.StatisticsReport.TrendPoint;
import org.civitas.statistics.StatisticsReport.UnitRow;
import org.civitas.statistics.StatisticsService;
import org.civitas.statistics.StatisticsUnit;
import org.civitas.statistics.UnitGroup;
import org.civitas.statistics.UnitRoster;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class StatisticsReporting implements StatisticsService {

    /** How many months the trend shows for a month asked for: the year up to it. */
    private static final int TREND_MONTHS = 12;

    private final UnitRoster roster;
    private final FigureCatalogue catalogue;
    private final AccessControl access;
    private final StatisticsSettings settings;
    private final Clock clock;

    StatisticsReporting(
            UnitRoster roster,
            FigureCatalogue catalogue,
            AccessControl access,
            StatisticsSettings settings,
            Clock clock) {
        this.roster = roster;
        this.catalogue = catalogue;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAuthority('" + StatisticsPermissions.READ + "')")
    public StatisticsReport report(StatisticsQuery query) {
        return assemble(query, true);
    }

    /** The report, with the month-by-month trend only when a chart needs it (files do not). */
    StatisticsReport assemble(StatisticsQuery query, boolean withTrend) {
        Period period = query.period() != null ? query.period() : Period.of(PeriodKind.MONTH, LocalDate.now(clock));
        Map<String, UnitGroup> groups = roster.groups().stream()
                .collect(Collectors.toMap(
                        UnitGroup::code, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        String group = query.group() == null || query.group().isBlank() ? null : query.group();
        if (group != null && !groups.containsKey(group)) {
            throw DomainException.onField("group", "statistics.group.unknown", group);
        }
        OrganisationScope scope = access.scope(StatisticsPermissions.READ);
        List<StatisticsUnit> units = roster.units().stream()
                .filter(u -> scope.contains(u.organisationId()))
                .filter(u -> group == null || group.equals(u.group()))
                .toList();
        Set<Long> ids = units.stream().map(StatisticsUnit::organisationId).collect(Collectors.toSet());
        Map<Long, Map<String, Double>> values = catalogue.unitValues(period, ids);

        String rankedBy = rankedBy();
        List<UnitRow> rows = ranked(units, values, groups, rankedBy);
        rows = sorted(rows, query);

        List<GroupRow> groupRows = new ArrayList<>();
        for (UnitGroup g : groups.values()) {
            if (group != null && !group.equals(g.code())) {
                continue;
            }
            List<Map<String, Double>> members = units.stream()
                    .filter(u -> g.code().equals(u.group()))
                    .map(u -> values.get(u.organisationId()))
                    .toList();
            groupRows.add(new GroupRow(g, members.size(), catalogue.combined(members)));
        }
        GroupRow total = new GroupRow(null, units.size(), catalogue.combined(values.values()));
        List<TrendPoint> trend = withTrend ? trend(period, ids) : List.of();
        var charts = new StatisticsReport.ChartHints(
                Math.max(1, settings.topUnits()),
                settings.trendFigures().stream()
                        .filter(key -> catalogue.find(key) != null)
                        .toList());
        return new StatisticsReport(
                period, group, catalogue.figures(), rankedBy, rows, groupRows, total, trend, charts);
    }

    /** The configured ranking figure, or the first count when no source provides it. */
    private String rankedBy() {
        Figure configured = catalogue.find(settings.rankBy());
        if (configured != null) {
            return configured.key();
        }
        return catalogue.figures().stream()
                .filter(Figure::summed)
                .map(Figure::key)
                .findFirst()
                .orElse(null);
    }

    /** Competition ranking (1, 2, 2, 4): units with equal figures share a place. */
    private static List<UnitRow> ranked(
            List<StatisticsUnit> units,
            Map<Long, Map<String, Double>> values,
            Map<String, UnitGroup> groups,
            String rankedBy) {
        Function<StatisticsUnit, Double> score =
                u -> rankedBy == null ? 0d : values.get(u.organisationId()).getOrDefault(rankedBy, 0d);
        List<StatisticsUnit> byScore = units.stream()
                .sorted(Comparator.comparing(score).reversed().thenComparing(StatisticsUnit::code))
                .toList();
        List<UnitRow> rows = new ArrayList<>();
        int rank = 0;
        Double previous = null;
        for (int i = 0; i < byScore.size(); i++) {
            StatisticsUnit u = byScore.get(i);
            double s = score.apply(u);
            if (previous == null || s != previous) {
                rank = i + 1;
                previous = s;
            }
            UnitGroup g = groups.get(u.group());
            rows.add(new UnitRow(
                    u, g == null ? null : g.messageKey(), rank, Map.copyOf(values.get(u.organisationId()))));
        }
        return rows;
    }

    /** The asked-for order; equal figures stay in ranking order, whichever the direction. */
    private List<UnitRow> sorted(List<UnitRow> rows, StatisticsQuery query) {
        String sort = query.sort() == null || query.sort().isBlank() ? "rank" : query.sort();
        boolean descending = query.descending();
        Comparator<UnitRow> order = switch (sort) {
            case "rank" -> Comparator.comparingInt(UnitRow::rank);
            case "name" -> Comparator.comparing(r -> r.unit().code());
            case "group" -> Comparator.comparing(r -> r.unit().group());
            default -> {
                if (catalogue.find(sort) == null) {
                    throw DomainException.onField("sort", "statistics.sort.unknown", sort);
                }
                // units without a value (a rate of nothing) come last either way
                Comparator<Double> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
                descending = false;
                yield Comparator.comparing(r -> r.value(sort), Comparator.nullsLast(values));
            }
        };
        if (descending) {
            order = order.reversed();
        }
        Comparator<UnitRow> complete = order.thenComparingInt(UnitRow::rank)
                .thenComparing(r -> r.unit().code());
        return rows.stream().sorted(complete).toList();
    }

    private List<TrendPoint> trend(Period period, Set<Long> ids) {
        List<Period> months = period.kind() == PeriodKind.MONTH ? lastMonths(period) : period.monthsWithin();
        List<TrendPoint> points = new ArrayList<>();
        for (Period month : months) {
            points.add(new TrendPoint(
                    month, catalogue.combined(catalogue.unitValues(month, ids).values())));
        }
        return points;
    }

    private static List<Period> lastMonths(Period month) {
        List<Period> months = new ArrayList<>();
        Period p = month;
        for (int i = 0; i < TREND_MONTHS; i++) {
            months.addFirst(p);
            p = p.previous();
        }
        return months;
    }
}
