package org.civitas.statistics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.platform.DomainException;

/**
 * A calendar month, quarter or year of the server's time zone.
 *
 * @param number the month (1–12) or quarter (1–4); 1 for a year
 */
public record Period(PeriodKind kind, int year, int number) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(Q)?(\\d{1,2}))?");

    public Period {
        if (kind == null || year < 1900 || year > 9999) {
            throw DomainException.onField("period", "statistics.period.invalid");
        }
        int max = kind == PeriodKind.MONTH ? 12 : kind == PeriodKind.QUARTER ? 4 : 1;
        if (number < 1 || number > max) {
            throw DomainException.onField("period", "statistics.period.invalid");
        }
    }

    public static Period month(int year, int month) {
        return new Period(PeriodKind.MONTH, year, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodKind.QUARTER, year, quarter);
    }

    public static Period year(int year) {
        return new Period(PeriodKind.YEAR, year, 1);
    }

    /** The month, quarter or year containing a day. */
    public static Period of(PeriodKind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> month(day.getYear(), day.getMonthValue());
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
            case YEAR -> year(day.getYear());
        };
    }

    /** Reads {@link #code()}: {@code 2026-10}, {@code 2026-Q4} or {@code 2026}. */
    public static Period parse(String code) {
        Matcher m = code == null ? null : CODE.matcher(code.strip());
        if (m == null || !m.matches()) {
            throw DomainException.onField("period", "statistics.period.invalid");
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(3) == null) {
            return year(year);
        }
        int number = Integer.parseInt(m.group(3));
        return m.group(2) != null ? quarter(year, number) : month(year, number);
    }

    public String code() {
        return switch (kind) {
            case MONTH -> "%d-%02d".formatted(year, number);
            case QUARTER -> year + "-Q" + number;
            case YEAR -> String.valueOf(year);
        };
    }

    public int months() {
        return kind.months();
    }

    /** The first day. */
    public LocalDate start() {
        return firstMonth().atDay(1);
    }

    /** The day after the last day (exclusive end). */
    public LocalDate end() {
        return firstMonth().plusMonths(months()).atDay(1);
    }

    /** The months of this period, in order. */
    public List<Period> monthsWithin() {
        List<Period> months = new ArrayList<>();
        YearMonth first = firstMonth();
        for (int i = 0; i < months(); i++) {
            YearMonth m = first.plusMonths(i);
            months.add(month(m.getYear(), m.getMonthValue()));
        }
        return months;
    }

    /** The period of the same kind just before this one. */
    public Period previous() {
        return of(kind, start().minusDays(1));
    }

    private YearMonth firstMonth() {
        return switch (kind) {
            case MONTH -> YearMonth.of(year, number);
            case QUARTER -> YearMonth.of(year, (number - 1) * 3 + 1);
            case YEAR -> YearMonth.of(year, 1);
        };
    }
}
