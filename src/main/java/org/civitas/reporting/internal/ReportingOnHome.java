package org.civitas.reporting.internal;

import static org.civitas.reporting.ReportingPermissions.EDIT;
import static org.civitas.reporting.ReportingPermissions.SIGNOFF;
import static org.civitas.reporting.ReportingPermissions.SUBMIT;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.civitas.identity.AccessControl;
import org.civitas.identity.CivitasUser;
import org.civitas.platform.HomeContributor;
import org.civitas.reporting.AnswerStatus;
import org.civitas.reporting.CommissionService;
import org.civitas.reporting.FollowUpStatus;
import org.civitas.reporting.InstructionService;
import org.civitas.reporting.SubmissionQuery;
import org.civitas.reporting.SubmissionService;
import org.civitas.reporting.SubmissionState;
import org.civitas.reporting.internal.submission.SubmissionVisibility;
import org.civitas.reporting.internal.submission.SubmissionWriting;
import org.civitas.reporting.internal.submission.Submissions;
import org.civitas.workflow.ReviewService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The information desk's part of the console home. A unit's writer: their drafts and what the office asks
 * of their unit; a unit head: submissions waiting for their sign-off; the office editor: sent items to edit,
 * adopt or return, and instructions to follow up. Counts come from the same services, with the same scope and
 * clearance filter, as the lists they link to.
 */
@Component
class ReportingOnHome implements HomeContributor {

    private final AccessControl access;
    private final SubmissionService submissions;
    private final Submissions rows;
    private final SubmissionVisibility visibility;
    private final CommissionService commissions;
    private final InstructionService instructions;
    private final ReviewService reviews;
    private final Clock clock;

    ReportingOnHome(
            AccessControl access,
            SubmissionService submissions,
            Submissions rows,
            SubmissionVisibility visibility,
            CommissionService commissions,
            InstructionService instructions,
            ReviewService reviews,
            Clock clock) {
        this.access = access;
        this.submissions = submissions;
        this.rows = rows;
        this.visibility = visibility;
        this.commissions = commissions;
        this.instructions = instructions;
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PendingWork> pendingWork() {
        CivitasUser user = access.requireUser();
        List<PendingWork> work = new ArrayList<>();
        long toSign = reviews.inbox(SubmissionWriting.SUBJECT_TYPE, PageRequest.of(0, 1))
                .getTotalElements();
        if (user.has(SIGNOFF) || toSign > 0) {
            work.add(new PendingWork("reporting.home.toSign", toSign, "/admin/tasks", "send-check", 200));
        }
        if (user.has(SUBMIT)) {
            work.add(new PendingWork(
                    "reporting.home.drafts",
                    submissions.count(inState(SubmissionState.DRAFT)),
                    "/admin/reporting/submissions?state=DRAFT",
                    "file-earmark",
                    210));
            long asked = commissions.mine().stream()
                    .filter(c -> c.status() == AnswerStatus.PENDING || c.status() == AnswerStatus.OVERDUE)
                    .count();
            work.add(new PendingWork(
                    "reporting.home.commissionsDue", asked, "/admin/reporting/commissions?mine", "megaphone", 220));
        }
        if (user.has(EDIT)) {
            work.add(new PendingWork(
                    "reporting.home.toDecide",
                    submissions.count(inState(SubmissionState.SUBMITTED)),
                    "/admin/reporting/inbox?state=SUBMITTED",
                    "inbox-fill",
                    230));
            work.add(new PendingWork(
                    "reporting.home.preAdopted",
                    submissions.count(inState(SubmissionState.PRE_ADOPTED)),
                    "/admin/reporting/inbox?state=PRE_ADOPTED",
                    "bookmark-check",
                    240));
            work.add(new PendingWork(
                    "reporting.home.instructions",
                    instructions.register(null, FollowUpStatus.OPEN).size(),
                    "/admin/reporting/instructions?status=OPEN",
                    "pen",
                    250));
        }
        return work;
    }

    private static SubmissionQuery inState(SubmissionState state) {
        return new SubmissionQuery(null, null, null, state, null, null, null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RecentItem> recentItems(int limit) {
        CivitasUser user = access.requireUser();
        if (!user.has(SUBMIT) && !user.has(EDIT)) {
            return List.of();
        }
        String me = user.getUsername();
        var mine = visibility
                .visible(SubmissionQuery.none(), clock.getZone())
                .and((root, query, cb) -> cb.or(cb.equal(root.get("author"), me), cb.equal(root.get("editedBy"), me)));
        return rows.findAll(mine, PageRequest.of(0, limit, Sort.by(Sort.Direction.DESC, "id"))).stream()
                .map(s -> new RecentItem(
                        "reporting.home.kind",
                        s.currentTitle(),
                        "reporting.state." + s.state(),
                        "/admin/reporting/submissions/" + s.id(),
                        s.decidedAt() != null ? s.decidedAt() : s.createdAt()))
                .toList();
    }

    @Override
    public List<Shortcut> shortcuts() {
        CivitasUser user = access.requireUser();
        List<Shortcut> shortcuts = new ArrayList<>();
        if (user.has(SUBMIT)) {
            shortcuts.add(new Shortcut(
                    "reporting.home.write",
                    "reporting.home.write.hint",
                    "/admin/reporting/submissions/new",
                    "send",
                    200));
        }
        if (user.has(SIGNOFF)) {
            shortcuts.add(new Shortcut(
                    "reporting.home.signOff", "reporting.home.signOff.hint", "/admin/tasks", "send-check", 210));
        }
        if (user.has(EDIT)) {
            shortcuts.add(new Shortcut(
                    "reporting.home.inbox", "reporting.home.inbox.hint", "/admin/reporting/inbox", "inbox-fill", 220));
            shortcuts.add(new Shortcut(
                    "reporting.home.commission",
                    "reporting.home.commission.hint",
                    "/admin/reporting/commissions",
                    "megaphone",
                    230));
        }
        return shortcuts;
    }
}
