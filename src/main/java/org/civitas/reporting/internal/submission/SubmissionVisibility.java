package org.civitas.reporting.internal.submission;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationScope;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.reporting.SubmissionQuery;
import org.civitas.reporting.SubmissionState;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Who sees which submissions, as one query condition so that lists and counts always agree: a
 * unit's writers and heads see their units' items, the office's editors the sent items of the units
 * in their scope, and nobody an item whose label is above their clearance.
 */
@Component
public class SubmissionVisibility {

    private static final List<SubmissionState> SENT = List.of(
            SubmissionState.SUBMITTED, SubmissionState.PRE_ADOPTED, SubmissionState.ADOPTED, SubmissionState.RETURNED);

    private final AccessControl access;

    SubmissionVisibility(AccessControl access) {
        this.access = access;
    }

    /** Whether the current user may read {@code s}; the single-item form of {@link #visible}. */
    public boolean canRead(Submission s) {
        if (!access.canRead(s.label())) {
            return false;
        }
        return inUnit(s.organisationId())
                || s.state().sent() && access.scope(ReportingPermissions.EDIT).contains(s.organisationId());
    }

    /** Whether the current user may read any submission at all: a writer, head or office editor somewhere. */
    boolean readsAny() {
        return !access.scope(ReportingPermissions.SUBMIT).isEmpty()
                || !access.scope(ReportingPermissions.SIGNOFF).isEmpty()
                || !access.scope(ReportingPermissions.EDIT).isEmpty();
    }

    /** Whether the current user acts for the item's unit (writer or head). */
    boolean inUnit(long organisationId) {
        return access.scope(ReportingPermissions.SUBMIT).contains(organisationId)
                || access.scope(ReportingPermissions.SIGNOFF).contains(organisationId);
    }

    /** Whether the current user is an office editor for the item's unit. */
    public boolean editorOf(Submission s) {
        return access.canRead(s.label())
                && access.scope(ReportingPermissions.EDIT).contains(s.organisationId());
    }

    public Specification<Submission> visible(SubmissionQuery filter, ZoneId zone) {
        Set<String> labels = access.readableLabels();
        OrganisationScope submit = access.scope(ReportingPermissions.SUBMIT);
        OrganisationScope signoff = access.scope(ReportingPermissions.SIGNOFF);
        OrganisationScope edit = access.scope(ReportingPermissions.EDIT);
        return (root, query, cb) -> {
            if (labels.isEmpty()) {
                return cb.disjunction();
            }
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("label").in(labels));
            Expression<Long> org = root.get("organisationId");
            Predicate own = cb.or(in(cb, org, submit), in(cb, org, signoff));
            Predicate office = cb.and(in(cb, org, edit), root.get("state").in(SENT));
            where.add(cb.or(own, office));
            filter(filter, zone, root, cb, where);
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static void filter(
            SubmissionQuery f, ZoneId zone, Root<Submission> root, CriteriaBuilder cb, List<Predicate> where) {
        if (f == null) {
            return;
        }
        if (f.organisationId() != null) {
            where.add(cb.equal(root.get("organisationId"), f.organisationId()));
        }
        if (f.unitType() != null) {
            where.add(cb.equal(root.get("unitType"), f.unitType()));
        }
        if (f.urgency() != null) {
            where.add(cb.equal(root.get("urgency"), f.urgency()));
        }
        if (f.state() != null) {
            where.add(cb.equal(root.get("state"), f.state()));
        }
        if (f.label() != null && !f.label().isBlank()) {
            where.add(cb.equal(root.get("label"), f.label()));
        }
        Expression<Instant> when = cb.coalesce(root.get("submittedAt"), root.<Instant>get("createdAt"));
        if (f.from() != null) {
            where.add(cb.greaterThanOrEqualTo(when, f.from().atStartOfDay(zone).toInstant()));
        }
        if (f.to() != null) {
            where.add(cb.lessThan(when, f.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
    }

    private static Predicate in(CriteriaBuilder cb, Expression<Long> org, OrganisationScope scope) {
        if (scope.all()) {
            return cb.conjunction();
        }
        if (scope.organisationIds().isEmpty()) {
            return cb.disjunction();
        }
        return org.in(scope.organisationIds());
    }
}
