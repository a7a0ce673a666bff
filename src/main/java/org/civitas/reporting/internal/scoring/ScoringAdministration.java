package org.civitas.reporting.internal.scoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civitas.platform.DomainException;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.reporting.ScoreRuleView;
import org.civitas.reporting.ScoreRulesChanged;
import org.civitas.reporting.ScoringService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class ScoringAdministration implements ScoringService {

    static final BigDecimal LIMIT = new BigDecimal("1000");

    private final ScoreRuleRows rules;
    private final QuotaSettlement settlement;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScoringAdministration(
            ScoreRuleRows rules, QuotaSettlement settlement, ApplicationEventPublisher events, Clock clock) {
        this.rules = rules;
        this.settlement = settlement;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + ReportingPermissions.ADMIN + "', '" + ReportingPermissions.EDIT + "', '"
            + ReportingPermissions.SUBMIT + "', '" + ReportingPermissions.SIGNOFF + "')")
    public List<ScoreRuleView> rules() {
        return rules.findAllByOrderBySortOrder().stream().map(ScoreRule::view).toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ReportingPermissions.ADMIN + "')")
    public List<ScoreRuleView> change(Map<String, String> points) {
        Map<ScoreRule, BigDecimal> checked = new LinkedHashMap<>();
        Map<String, String> changed = new LinkedHashMap<>();
        for (var e : (points == null ? Map.<String, String>of() : points).entrySet()) {
            ScoreRule rule = rules.findById(e.getKey())
                    .orElseThrow(() -> DomainException.onField("points", "reporting.score.rule.unknown", e.getKey()));
            BigDecimal value = parse(e.getKey(), e.getValue());
            if (rule.points().compareTo(value) != 0) {
                checked.put(rule, value);
                changed.put(rule.code(), value.toPlainString());
            }
        }
        if (changed.isEmpty()) {
            throw new DomainException("reporting.score.rule.unchanged");
        }
        checked.forEach((rule, value) -> rule.points(value, clock.instant()));
        rules.flush();
        events.publishEvent(new ScoreRulesChanged(changed));
        return rules();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ReportingPermissions.ADMIN + "')")
    public int settleQuotas(YearMonth month) {
        if (month == null || !month.isBefore(YearMonth.now(clock))) {
            throw DomainException.onField("month", "reporting.score.month.notEnded");
        }
        return settlement.settle(month);
    }

    private static BigDecimal parse(String code, String value) {
        BigDecimal points;
        try {
            points = new BigDecimal(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.onField("points", "reporting.score.points.invalid", code, value);
        }
        if (points.abs().compareTo(LIMIT) > 0 || points.stripTrailingZeros().scale() > 2) {
            throw DomainException.onField("points", "reporting.score.points.invalid", code, value);
        }
        return points.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
