package org.civitas.audit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.civitas.audit.AuditEntry;
import org.civitas.audit.AuditObjectTypes;
import org.civitas.audit.AuditQuery;
import org.springframework.stereotype.Component;

/**
 * Filtered reads of the trail, newest first, as read-only {@link AuditEntry} projections (never
 * managed entities, so long reads do not fill the persistence context).
 */
@Component
class AuditSearch {

    @PersistenceContext
    private EntityManager entityManager;

    /** The {@code size} newest matching records with an id below {@code beforeId} (all when null). */
    List<AuditEntry> newest(AuditQuery query, Long beforeId, int offset, int size) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
        Root<AuditRecord> r = select.from(AuditRecord.class);
        List<Predicate> where = predicates(query, cb, r);
        if (beforeId != null) {
            where.add(cb.lessThan(r.get("id"), beforeId));
        }
        select.select(cb.construct(
                        AuditEntry.class,
                        r.get("id"),
                        r.get("occurredAt"),
                        r.get("actor"),
                        r.get("address"),
                        r.get("action"),
                        r.get("objectType"),
                        r.get("objectId"),
                        r.get("summary"),
                        r.get("outcome")))
                .where(where.toArray(Predicate[]::new))
                .orderBy(cb.desc(r.get("id")));
        return entityManager
                .createQuery(select)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
    }

    long count(AuditQuery query) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditRecord> r = count.from(AuditRecord.class);
        count.select(cb.count(r)).where(predicates(query, cb, r).toArray(Predicate[]::new));
        return entityManager.createQuery(count).getSingleResult();
    }

    private static List<Predicate> predicates(AuditQuery q, CriteriaBuilder cb, Root<AuditRecord> r) {
        List<Predicate> where = new ArrayList<>();
        if (q.from() != null) {
            where.add(cb.greaterThanOrEqualTo(r.get("occurredAt"), q.from()));
        }
        if (q.to() != null) {
            where.add(cb.lessThan(r.get("occurredAt"), q.to()));
        }
        if (q.actor() != null) {
            where.add(cb.equal(r.get("actor"), q.actor()));
        }
        if (q.action() != null) {
            where.add(
                    q.action().contains(":")
                            ? cb.equal(r.get("action"), q.action())
                            : cb.like(r.get("action"), escapeLike(q.action()) + ":%", '\\'));
        }
        if (q.objectType() != null) {
            where.add(r.get("objectType").in(AuditObjectTypes.stored(q.objectType())));
        }
        if (q.objectId() != null) {
            where.add(cb.equal(r.get("objectId"), q.objectId()));
        }
        if (q.outcome() != null) {
            where.add(cb.equal(r.get("outcome"), q.outcome()));
        }
        if (q.address() != null) {
            where.add(cb.like(r.get("address"), escapeLike(q.address()) + "%", '\\'));
        }
        return where;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
