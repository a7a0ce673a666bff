package org.civitas.journal.internal;

import static org.civitas.journal.JournalPermissions.COMPILE;
import static org.civitas.journal.JournalPermissions.READ;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.identity.AccessControl;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.identity.trusted.UserDirectory;
import org.civitas.journal.EditionFilter;
import org.civitas.journal.EditionState;
import org.civitas.journal.JournalView;
import org.civitas.workflow.ReviewService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Which editions the current user may see, as a query condition, so that lists, counts, single reads
 * and downloads apply the same rule. Compilers see every state up to their clearance; readers see
 * released and archived editions of journals whose audience includes them (their organisation or an
 * ancestor listed, or one of their roles, or an open audience) when their clearance reaches the
 * journal's minimum and the edition's label. Whoever may decide an edition's open sign-off task (the office head)
 * sees that edition while it is in review, up to their clearance, without being a compiler or a reader.
 */
@Component
class EditionVisibility {

    private final AccessControl access;
    private final Journals journals;
    private final OrganisationDirectory organisations;
    private final UserDirectory users;
    private final ReviewService reviews;

    EditionVisibility(
            AccessControl access,
            Journals journals,
            OrganisationDirectory organisations,
            UserDirectory users,
            ReviewService reviews) {
        this.access = access;
        this.journals = journals;
        this.organisations = organisations;
        this.users = users;
        this.reviews = reviews;
    }

    /** Editions the current user may see, narrowed by {@code filter}. */
    Specification<Edition> visible(EditionFilter filter) {
        Set<String> labels = access.readableLabels();
        CivitasUser user = access.currentUser().orElse(null);
        boolean compiler = user != null && user.has(COMPILE);
        List<Long> journalIds = compiler || user == null || !user.has(READ) ? null : readableJournals(user, labels);
        List<Long> signing = compiler || user == null ? List.of() : awaitingSignOff();
        boolean reads = journalIds != null && !journalIds.isEmpty();
        boolean nothing = user == null || labels.isEmpty() || !compiler && !reads && signing.isEmpty();
        EditionFilter f = filter == null ? EditionFilter.none() : filter;
        return (root, query, cb) -> {
            if (nothing) {
                return cb.disjunction();
            }
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("securityLabel").in(labels));
            if (!compiler) {
                Predicate released = reads
                        ? cb.and(
                                root.get("journalId").in(journalIds),
                                root.get("state").in(EnumSet.of(EditionState.RELEASED, EditionState.ARCHIVED)))
                        : cb.disjunction();
                Predicate toSign = signing.isEmpty()
                        ? cb.disjunction()
                        : cb.and(root.get("id").in(signing), cb.equal(root.get("state"), EditionState.IN_REVIEW));
                where.add(cb.or(released, toSign));
            }
            if (f.journalId() != null) {
                where.add(cb.equal(root.get("journalId"), f.journalId()));
            }
            if (f.state() != null) {
                where.add(cb.equal(root.get("state"), f.state()));
            }
            if (f.year() != null) {
                where.add(cb.equal(root.get("year"), f.year()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** The same rule as {@link #visible}, as data for the search module's filters. */
    org.civitas.journal.EditionReaders readers() {
        Set<String> labels = access.readableLabels();
        CivitasUser user = access.currentUser().orElse(null);
        if (user == null || labels.isEmpty()) {
            return org.civitas.journal.EditionReaders.nobody();
        }
        if (user.has(COMPILE)) {
            return new org.civitas.journal.EditionReaders(labels, true, List.of());
        }
        if (!user.has(READ)) {
            return org.civitas.journal.EditionReaders.nobody();
        }
        return new org.civitas.journal.EditionReaders(labels, false, readableJournals(user, labels));
    }

    /** Editions whose open sign-off task the current user may decide (as in their inbox). */
    private List<Long> awaitingSignOff() {
        return reviews.inbox(EditionSignOff.SUBJECT_TYPE, PageRequest.of(0, 500)).stream()
                .map(task -> task.subject().id())
                .filter(id -> id.chars().allMatch(Character::isDigit) && !id.isEmpty())
                .map(Long::valueOf)
                .toList();
    }

    static Specification<Edition> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

    private List<Long> readableJournals(CivitasUser user, Set<String> labels) {
        Set<Long> ancestors = organisations
                .find(user.organisationId())
                .map(o -> Arrays.stream(o.path().split("/"))
                        .filter(s -> !s.isEmpty())
                        .map(Long::valueOf)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        Set<String> roles = users.workflowGroups(user.getUsername()).stream()
                .filter(g -> g.startsWith("role:") && !g.contains("@"))
                .map(g -> g.substring("role:".length()))
                .collect(Collectors.toSet());
        return journals.findAll().stream()
                .map(Journal::view)
                .filter(j -> labels.contains(j.minimumClearance()))
                .filter(j -> inAudience(j, ancestors, roles))
                .map(JournalView::id)
                .toList();
    }

    private static boolean inAudience(JournalView journal, Set<Long> ancestors, Set<String> roles) {
        return journal.openAudience()
                || journal.audienceOrganisationIds().stream().anyMatch(ancestors::contains)
                || journal.audienceRoleCodes().stream().anyMatch(roles::contains);
    }
}
