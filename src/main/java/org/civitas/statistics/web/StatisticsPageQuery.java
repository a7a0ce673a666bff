package org.civitas.statistics.web;

import java.time.LocalDate;
import org.civitas.statistics.Period;
import org.civitas.statistics.PeriodKind;
import org.civitas.statistics.StatisticsQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page's query string: the period as kind, year, month and quarter (plain selects that need no
 * script), the kind of unit and the sort. Missing parts default to the current month.
 */
record StatisticsPageQuery(
        PeriodKind kind, Integer year, Integer month, Integer quarter, String group, String sort, String dir) {

    /** The same parameters with every default filled in from {@code today}. */
    StatisticsPageQuery complete(LocalDate today) {
        return new StatisticsPageQuery(
                kind == null ? PeriodKind.MONTH : kind,
                year == null ? today.getYear() : year,
                month == null ? today.getMonthValue() : month,
                quarter == null ? (today.getMonthValue() + 2) / 3 : quarter,
                group == null || group.isBlank() ? null : group,
                sort == null || sort.isBlank() ? "rank" : sort,
                "desc".equals(dir) ? "desc" : "asc");
    }

    Period period() {
        return switch (kind) {
            case MONTH -> Period.month(year, month);
            case QUARTER -> Period.quarter(year, quarter);
            case YEAR -> Period.year(year);
        };
    }

    StatisticsQuery query() {
        return new StatisticsQuery(period(), group, sort, "desc".equals(dir));
    }

    /** A console link to {@code path} with these parameters, sorted by {@code sortKey} in {@code direction}. */
    String link(String path, String sortKey, String direction) {
        return UriComponentsBuilder.fromPath(path)
                .queryParam("kind", kind)
                .queryParam("year", year)
                .queryParam("month", month)
                .queryParam("quarter", quarter)
                .queryParamIfPresent("group", java.util.Optional.ofNullable(group))
                .queryParam("sort", sortKey)
                .queryParam("dir", direction)
                .encode()
                .toUriString();
    }

    String link(String path) {
        return link(path, sort, dir);
    }

    /** The link of a column heading: sorts by it, or turns the direction round when it is already the sort. */
    String sortLink(String path, String key, boolean numeric) {
        if (key.equals(sort)) {
            return link(path, key, "asc".equals(dir) ? "desc" : "asc");
        }
        // figures read best most-first, names and ranks from the top
        return link(path, key, numeric ? "desc" : "asc");
    }
}
