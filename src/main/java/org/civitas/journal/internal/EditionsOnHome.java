package org.civitas.journal.internal;

import static org.civitas.journal.JournalPermissions.COMPILE;

import java.util.ArrayList;
import java.util.List;
import org.civitas.identity.AccessControl;
import org.civitas.identity.CivitasUser;
import org.civitas.journal.EditionQuery;
import org.civitas.journal.EditionService;
import org.civitas.journal.EditionState;
import org.civitas.platform.HomeContributor;
import org.civitas.workflow.ReviewService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal's part of the console home: editions waiting for the signed-in person's sign-off, editions
 * being compiled, the editions they made last, and where compiling starts. Editions are counted and listed by
 * {@link EditionService}, which shows each person only the editions they may read.
 */
@Component
class EditionsOnHome implements HomeContributor {

    /** Editions looked through for the ones the user made: compilers make a few a month. */
    private static final int LOOK_BACK = 50;

    private final AccessControl access;
    private final EditionService editions;
    private final ReviewService reviews;

    EditionsOnHome(AccessControl access, EditionService editions, ReviewService reviews) {
        this.access = access;
        this.editions = editions;
        this.reviews = reviews;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PendingWork> pendingWork() {
        List<PendingWork> work = new ArrayList<>();
        long toSign =
                reviews.inbox(EditionSignOff.SUBJECT_TYPE, PageRequest.of(0, 1)).getTotalElements();
        if (toSign > 0) {
            work.add(new PendingWork("journal.home.toSign", toSign, "/admin/tasks", "patch-check", 300));
        }
        if (access.requireUser().has(COMPILE)) {
            work.add(new PendingWork(
                    "journal.home.drafts",
                    editions.count(new EditionQuery(null, EditionState.DRAFT, null)),
                    "/admin/editions?state=DRAFT",
                    "journals",
                    310));
        }
        return work;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecentItem> recentItems(int limit) {
        CivitasUser user = access.requireUser();
        if (!user.has(COMPILE)) {
            return List.of();
        }
        return editions.list(EditionQuery.none(), PageRequest.of(0, LOOK_BACK)).stream()
                .filter(e -> user.getUsername().equals(e.createdBy()))
                .limit(limit)
                .map(e -> new RecentItem(
                        "journal.home.kind",
                        e.journalName() + (e.numberText() == null ? "" : " " + e.numberText()),
                        "journal.edition.state." + e.state(),
                        "/admin/editions/" + e.id(),
                        e.createdAt()))
                .toList();
    }

    @Override
    public List<Shortcut> shortcuts() {
        if (!access.requireUser().has(COMPILE)) {
            return List.of();
        }
        return List.of(
                new Shortcut("journal.home.compile", "journal.home.compile.hint", "/admin/editions", "journals", 300));
    }
}
