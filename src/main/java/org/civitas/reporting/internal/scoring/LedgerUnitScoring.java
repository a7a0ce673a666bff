package org.civitas.reporting.internal.scoring;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationScope;
import org.civitas.platform.DomainException;
import org.civitas.reporting.InstructionLevel;
import org.civitas.reporting.RankedUnit;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.reporting.ScoreRules;
import org.civitas.reporting.UnitScore;
import org.civitas.reporting.UnitScoring;
import org.civitas.reporting.UnitType;
import org.civitas.reporting.internal.submission.SubmissionViewAssembler;
import org.civitas.reporting.internal.units.ReportingUnit;
import org.civitas.reporting.internal.units.ReportingUnits;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores computed on each read from the ledger's totals × the rule table as it is now, over the units in the
 * viewer's scope and the facts about items within the viewer's clearance (as the lists and counts of items).
 */
@Service
@Transactional(readOnly = true)
class LedgerUnitScoring implements UnitScoring {

    private static final List<String> PERMISSIONS = List.of(
            ReportingPermissions.EDIT,
            ReportingPermissions.ADMIN,
            ReportingPermissions.SUBMIT,
            ReportingPermissions.SIGNOFF);

    private final ScoreFacts facts;
    private final ScoreRuleRows rules;
    private final ReportingUnits units;
    private final SubmissionViewAssembler views;
    private final AccessControl access;

    LedgerUnitScoring(
            ScoreFacts facts,
            ScoreRuleRows rules,
            ReportingUnits units,
            SubmissionViewAssembler views,
            AccessControl access) {
        this.facts = facts;
        this.rules = rules;
        this.units = units;
        this.views = views;
        this.access = access;
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + ReportingPermissions.ADMIN + "', '" + ReportingPermissions.EDIT + "', '"
            + ReportingPermissions.SUBMIT + "', '" + ReportingPermissions.SIGNOFF + "')")
    public List<UnitScore> scores(YearMonth from, YearMonth to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.onField("from", "reporting.score.period.invalid");
        }
        Map<String, BigDecimal> points = new HashMap<>();
        rules.findAll().forEach(r -> points.put(r.code(), r.points()));
        Map<Long, List<ScoreTotal>> byUnit = new HashMap<>();
        // a fact about an item the viewer may not read is not counted (its points neither)
        List<String> readable = new ArrayList<>(access.readableLabels());
        if (readable.isEmpty()) {
            readable.add(""); // no label matches: only facts about no item
        }
        facts.totals(ScoreFact.period(from), ScoreFact.period(to), readable)
                .forEach(t -> byUnit.computeIfAbsent(t.organisationId(), k -> new ArrayList<>())
                        .add(t));
        var names = views.names();
        List<OrganisationScope> scopes = PERMISSIONS.stream().map(access::scope).toList();
        return units.findAll().stream()
                .filter(u -> scopes.stream().anyMatch(scope -> scope.contains(u.organisationId())))
                .sorted(Comparator.comparing(ReportingUnit::organisationId))
                .map(u -> score(
                        u, names.of(u.organisationId()), byUnit.getOrDefault(u.organisationId(), List.of()), points))
                .toList();
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + ReportingPermissions.ADMIN + "', '" + ReportingPermissions.EDIT + "', '"
            + ReportingPermissions.SUBMIT + "', '" + ReportingPermissions.SIGNOFF + "')")
    public List<RankedUnit> ranking(YearMonth from, YearMonth to, UnitType type) {
        return Ranking.of(scores(from, to).stream()
                .filter(s -> type == null || s.unitType() == type)
                .toList());
    }

    private static UnitScore score(
            ReportingUnit unit, String name, List<ScoreTotal> totals, Map<String, BigDecimal> points) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        Map<String, Long> quantity = new HashMap<>();
        for (ScoreTotal t : totals) {
            sum = sum.add(
                    points.getOrDefault(t.ruleCode(), BigDecimal.ZERO).multiply(BigDecimal.valueOf(t.quantity())));
            quantity.merge(t.ruleCode(), t.quantity(), Long::sum);
        }
        Map<InstructionLevel, Long> instructions = new EnumMap<>(InstructionLevel.class);
        for (InstructionLevel level : InstructionLevel.values()) {
            instructions.put(level, quantity.getOrDefault(ScoreRules.instruction(level), 0L));
        }
        return new UnitScore(
                unit.organisationId(),
                name,
                unit.type(),
                sum,
                uses(quantity, ".FULL_TEXT"),
                uses(quantity, ".EXCERPT"),
                uses(quantity, ".MERGED"),
                instructions,
                quantity.getOrDefault(ScoreRules.COMMISSION_ON_TIME, 0L),
                quantity.getOrDefault(ScoreRules.COMMISSION_LATE, 0L),
                quantity.getOrDefault(ScoreRules.COMMISSION_MISSED, 0L),
                quantity.getOrDefault(ScoreRules.QUOTA_SHORTFALL, 0L));
    }

    private static long uses(Map<String, Long> quantity, String suffix) {
        return quantity.entrySet().stream()
                .filter(e -> e.getKey().startsWith("PUBLICATION.") && e.getKey().endsWith(suffix))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
