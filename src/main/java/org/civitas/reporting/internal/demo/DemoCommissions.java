package org.civitas.reporting.internal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civitas.reporting.AnswerStatus;
import org.civitas.reporting.CommissionClosed;
import org.civitas.reporting.SubmissionState;
import org.civitas.reporting.UnitType;
import org.civitas.reporting.internal.commission.Commission;
import org.civitas.reporting.internal.commission.Commissions;
import org.civitas.reporting.internal.submission.Submission;
import org.civitas.reporting.internal.submission.Submissions;
import org.civitas.reporting.internal.units.ReportingUnit;
import org.civitas.reporting.internal.units.ReportingUnits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The demo's commissions, written through the aggregate with past dates: one closed a month ago (two units on
 * time, one late, one missed), one open and overdue, one open and due next week asking every county.
 */
@Component
class DemoCommissions {

    private final Commissions commissions;
    private final Submissions submissions;
    private final ReportingUnits units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoCommissions(
            Commissions commissions,
            Submissions submissions,
            ReportingUnits units,
            ApplicationEventPublisher events,
            Clock clock) {
        this.commissions = commissions;
        this.submissions = submissions;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    void create(long wenchuan) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Long> counties = units.findByType(UnitType.COUNTY).stream()
                .map(ReportingUnit::organisationId)
                .sorted()
                .toList();
        closed(counties, now, today);
        List<Long> direct = new ArrayList<>(units.findByType(UnitType.DIRECT).stream()
                .map(ReportingUnit::organisationId)
                .sorted()
                .limit(4)
                .toList());
        direct.add(wenchuan);
        commissions.save(new Commission(
                "汛后受灾群众过冬安置情况",
                "请报送本辖区汛后受灾群众过冬安置、临时住所保暖和物资储备情况，以及需要州级协调解决的问题。",
                today.minusDays(2),
                direct,
                "desk.editor",
                now.minus(Duration.ofDays(9))));
        commissions.save(new Commission(
                "冬季安全生产隐患排查整治进展",
                "请各县（市）报送冬季安全生产隐患排查整治进展，重点是道路交通、燃气、森林草原防火和人员密集场所，附典型做法。",
                today.plusDays(6),
                counties,
                "desk.editor",
                now.minus(Duration.ofDays(1))));
        commissions.flush();
    }

    /** Four counties asked: the first two answered on time, the third late, the fourth never. */
    private void closed(List<Long> counties, Instant now, LocalDate today) {
        List<Long> asked = counties.stream().limit(4).toList();
        LocalDate due = today.minusDays(30);
        Commission c = new Commission(
                "一季度防汛备汛工作情况",
                "请报送防汛备汛责任落实、隐患排查、物资储备和应急演练情况。",
                due,
                asked,
                "desk.editor",
                now.minus(Duration.ofDays(40)));
        commissions.saveAndFlush(c);
        for (int i = 0; i < asked.size() - 1; i++) {
            long org = asked.get(i);
            Instant at = i < 2 ? now.minus(Duration.ofDays(32 - i)) : now.minus(Duration.ofDays(27));
            sentBy(org).ifPresent(s -> c.answer(org, s.id(), at, clock.getZone()));
        }
        c.close("desk.editor", now.minus(Duration.ofDays(25)));
        commissions.flush();
        List<Long> onTime = new ArrayList<>();
        List<Long> late = new ArrayList<>();
        List<Long> missed = new ArrayList<>();
        for (long org : asked) {
            AnswerStatus status = c.status(org, today);
            (status == AnswerStatus.ON_TIME ? onTime : status == AnswerStatus.LATE ? late : missed).add(org);
        }
        events.publishEvent(new CommissionClosed(c.id(), c.title(), due, onTime, late, missed));
    }

    private java.util.Optional<Submission> sentBy(long org) {
        return submissions.findAll().stream()
                .filter(s -> s.organisationId() == org && s.state() != SubmissionState.DRAFT)
                .min(Comparator.comparing(Submission::id));
    }
}
