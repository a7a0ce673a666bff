package org.civitas.reporting.internal.submission;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.reporting.ReportingUnitService;
import org.civitas.reporting.SubmissionState;
import org.civitas.reporting.UnitType;
import org.civitas.reporting.UnitTypeSettings;
import org.civitas.reporting.internal.units.ReportingUnit;
import org.civitas.reporting.internal.units.ReportingUnits;
import org.civitas.statistics.Figure;
import org.civitas.statistics.Period;
import org.civitas.statistics.UnitFigureSource;
import org.civitas.statistics.UnitFigures;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's own figures for the statistics: submitted (报送, by the day the unit head signed off),
 * adopted (采用, by the day of adoption; a merged adoption counts once for every contributing unit),
 * the adoption rate, the quota (the type's monthly quota × the months of the period) and whether it was
 * met (submitted ≥ quota). Counts go through {@link SubmissionVisibility#visible}, the very condition of
 * the lists, so an item the viewer could not list is never counted.
 */
@Component
@Order(100)
public class ReportingFigureSource implements UnitFigureSource {

    static final String SUBMITTED = "submitted";
    static final String ADOPTED = "adopted";
    static final String ADOPTION_RATE = "adoptionRate";
    static final String QUOTA = "quota";
    static final String QUOTA_MET = "quotaMet";

    private static final List<Figure> FIGURES = List.of(
            Figure.count(SUBMITTED, "statistics.figure.submitted"),
            Figure.count(ADOPTED, "statistics.figure.adopted"),
            Figure.rate(ADOPTION_RATE, "statistics.figure.adoptionRate", ADOPTED, SUBMITTED),
            Figure.count(QUOTA, "statistics.figure.quota"),
            Figure.flag(QUOTA_MET, "statistics.figure.quotaMet"));

    private final EntityManager entityManager;
    private final SubmissionVisibility visibility;
    private final ReportingUnits units;
    private final ReportingUnitService unitService;
    private final Clock clock;

    ReportingFigureSource(
            EntityManager entityManager,
            SubmissionVisibility visibility,
            ReportingUnits units,
            ReportingUnitService unitService,
            Clock clock) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.units = units;
        this.unitService = unitService;
        this.clock = clock;
    }

    @Override
    public List<Figure> figures() {
        return FIGURES;
    }

    @Override
    public java.util.Optional<String> whyNothingCounts() {
        return visibility.readsAny()
                ? java.util.Optional.empty()
                : java.util.Optional.of("reporting.statistics.noRole");
    }

    @Override
    @Transactional(readOnly = true)
    public UnitFigures values(Period period, Set<Long> organisationIds) {
        UnitFigures figures = new UnitFigures();
        if (organisationIds.isEmpty()) {
            return figures;
        }
        ZoneId zone = clock.getZone();
        Instant from = period.start().atStartOfDay(zone).toInstant();
        Instant to = period.end().atStartOfDay(zone).toInstant();
        Map<Long, Long> submitted = count(organisationIds, "submittedAt", from, to, false);
        Map<Long, Long> adopted = count(organisationIds, "decidedAt", from, to, true);
        Map<UnitType, Integer> monthly = new HashMap<>();
        for (UnitTypeSettings s : unitService.typeSettings()) {
            monthly.put(s.type(), s.monthlyQuota());
        }
        for (ReportingUnit unit : units.findAllById(organisationIds)) {
            long id = unit.organisationId();
            long sent = submitted.getOrDefault(id, 0L);
            int quota = monthly.getOrDefault(unit.type(), 0) * period.months();
            figures.put(id, SUBMITTED, sent)
                    .put(id, ADOPTED, adopted.getOrDefault(id, 0L))
                    .put(id, QUOTA, quota)
                    .put(id, QUOTA_MET, sent >= quota ? 1 : 0);
        }
        return figures;
    }

    /**
     * Visible submissions per unit whose {@code when} lies in [from, to): all of them, or, for
     * adoptions, the distinct adopted items (two submissions of one unit merged into one item count once).
     */
    private Map<Long, Long> count(Set<Long> organisationIds, String when, Instant from, Instant to, boolean adopted) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Submission> root = query.from(Submission.class);
        Expression<Long> organisation = root.get("organisationId");
        Expression<Instant> at = root.get(when);
        Predicate visible = visibility.visible(null, clock.getZone()).toPredicate(root, query, cb);
        Predicate where = cb.and(
                visible, organisation.in(organisationIds), cb.greaterThanOrEqualTo(at, from), cb.lessThan(at, to));
        if (adopted) {
            where = cb.and(where, cb.equal(root.get("state"), SubmissionState.ADOPTED));
        }
        query.multiselect(organisation, adopted ? cb.countDistinct(root.get("adoptionId")) : cb.count(root))
                .where(where)
                .groupBy(organisation);
        Map<Long, Long> counts = new HashMap<>();
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            counts.put(row.get(0, Long.class), row.get(1, Long.class));
        }
        return counts;
    }
}
