package org.civitas.exchange.dxl.archive;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes' lexical datetimes ({@code 20010522T103636,81-04}, {@code …+05:45}, {@code …+0530}, {@code …Z}) as instants
 * for sorting and querying; the lexical form itself is what is kept.
 */
final class DxlTimes {

    private static final Pattern FULL = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})(?:,(\\d{1,2}))?(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private DxlTimes() {}

    /** The time, or null when it has no date, no zone or is not a Notes datetime. */
    static OffsetDateTime parse(String lexical) {
        if (lexical == null) {
            return null;
        }
        Matcher m = FULL.matcher(lexical.strip());
        if (!m.matches() || m.group(8) == null) {
            return null;
        }
        try {
            int hundredths = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "0").substring(0, 2));
            LocalDateTime local = LocalDate.of(num(m, 1), num(m, 2), num(m, 3))
                    .atTime(num(m, 4), num(m, 5), num(m, 6), hundredths * 10_000_000);
            return OffsetDateTime.of(local, offset(m.group(8)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
