package org.civitas.reporting.internal.commission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.civitas.reporting.AnswerStatus;
import org.junit.jupiter.api.Test;

class CommissionTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DUE = LocalDate.of(2026, 11, 20);

    private static Instant at(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(ZONE).toInstant();
    }

    @Test
    void eachAskedUnitHasOneStatusFromItsFirstAnswer() {
        Commission c = new Commission("主题", "要求", DUE, List.of(1L, 2L, 3L, 4L), "editor", at("2026-11-10T09:00"));
        assertThat(c.answer(1L, 11L, at("2026-11-20T23:30"), ZONE)).isFalse();
        assertThat(c.answer(2L, 12L, at("2026-11-21T00:10"), ZONE)).isTrue();
        c.answer(1L, 13L, at("2026-11-25T10:00"), ZONE); // a second, later answer does not change an on-time unit

        assertThat(c.status(1L, DUE)).isEqualTo(AnswerStatus.ON_TIME);
        assertThat(c.status(2L, DUE)).isEqualTo(AnswerStatus.LATE);
        assertThat(c.status(3L, DUE)).isEqualTo(AnswerStatus.PENDING);
        assertThat(c.status(3L, DUE.plusDays(1))).isEqualTo(AnswerStatus.OVERDUE);
        c.close("editor", at("2026-11-26T09:00"));
        assertThat(c.status(3L, DUE.plusDays(9))).isEqualTo(AnswerStatus.MISSED);
        assertThat(c.status(1L, DUE.plusDays(9))).isEqualTo(AnswerStatus.ON_TIME);
    }
}
