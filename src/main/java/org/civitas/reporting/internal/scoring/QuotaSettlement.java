package org.civitas.reporting.internal.scoring;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civitas.reporting.QuotaShortfallsSettled;
import org.civitas.reporting.ScoreRules;
import org.civitas.reporting.UnitType;
import org.civitas.reporting.internal.submission.Submissions;
import org.civitas.reporting.internal.units.ReportingUnit;
import org.civitas.reporting.internal.units.ReportingUnits;
import org.civitas.reporting.internal.units.UnitTypeSettingsRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Month end: each reporting unit's shortfall against its type's monthly quota, counted from the submissions it
 * sent (signed off) in the month, becomes a fact per missing item. Settling a month again replaces its facts,
 * so the job may run on every node of a cluster and an administrator may settle again after a late correction.
 */
@Component
public class QuotaSettlement {

    private final ReportingUnits units;
    private final UnitTypeSettingsRepository types;
    private final Submissions submissions;
    private final ScoreLedger ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuotaSettlement(
            ReportingUnits units,
            UnitTypeSettingsRepository types,
            Submissions submissions,
            ScoreLedger ledger,
            ApplicationEventPublisher events,
            Clock clock) {
        this.units = units;
        this.types = types;
        this.submissions = submissions;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /** Shortly after midnight on the first of each month, the month just ended. */
    @Scheduled(cron = "${civitas.reporting.quota-settlement-cron:0 20 0 1 * *}")
    @Transactional
    public void settleLastMonth() {
        settle(YearMonth.now(clock).minusMonths(1));
    }

    /** Returns how many units fell short. */
    @Transactional
    public int settle(YearMonth month) {
        ZoneId zone = clock.getZone();
        Map<Long, Long> sent = new HashMap<>();
        for (Object[] row : submissions.sentPerUnit(
                month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())) {
            sent.put((Long) row[0], (Long) row[1]);
        }
        Map<UnitType, Integer> quotas = new HashMap<>();
        types.findAll().forEach(t -> quotas.put(t.type(), t.view().monthlyQuota()));
        String source = "quota:" + month;
        ledger.forget(source);
        int shortUnits = 0;
        for (ReportingUnit unit : units.findAll()) {
            long missing = quotas.getOrDefault(unit.type(), 0) - sent.getOrDefault(unit.organisationId(), 0L);
            if (missing > 0) {
                ledger.record(List.of(unit.organisationId()), month, ScoreRules.QUOTA_SHORTFALL, (int) missing, source);
                shortUnits++;
            }
        }
        events.publishEvent(new QuotaShortfallsSettled(month, shortUnits));
        return shortUnits;
    }
}
