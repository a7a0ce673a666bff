package org.civitas.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civitas.platform.HomeContributor.PendingWork;
import org.civitas.platform.HomeContributor.RecentItem;
import org.civitas.platform.HomeContributor.Shortcut;
import org.civitas.reporting.Category;
import org.civitas.reporting.SubmissionDraft;
import org.civitas.reporting.SubmissionQuery;
import org.civitas.reporting.SubmissionService;
import org.civitas.reporting.SubmissionState;
import org.civitas.reporting.Urgency;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.civitas.support.RunAs;
import org.civitas.workflow.ReviewService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The information desk's part of the console home, for the demo's jobs: the 汶川县 writer and head and the
 * office editor each see their own kinds of work, counted as the lists they link to count them; the auditor,
 * who has no desk role, sees none.
 */
@DatabaseTest
@CivitasIntegrationTest
class ReportingOnHomeIntegrationTest {

    @Autowired
    ReportingOnHome home;

    @Autowired
    SubmissionService submissions;

    @Autowired
    ReviewService reviews;

    @Autowired
    UserDetailsService users;

    RunAs run;

    @BeforeEach
    void setUp() {
        run = new RunAs(users);
    }

    @Test
    void theUnitWriterSeesTheirDraftsAndWhatTheyWrote() {
        long drafts = run.as("desk.wenchuan", () -> submissions.count(state(SubmissionState.DRAFT)));
        var draft = run.as(
                "desk.wenchuan",
                () -> submissions.create(new SubmissionDraft(
                        null,
                        "汶川县首页测试草稿",
                        "<p>正文</p>",
                        Category.GOVERNMENT_AFFAIRS,
                        Urgency.ROUTINE,
                        null,
                        "王局长",
                        null,
                        List.of(),
                        null)));

        run.as("desk.wenchuan", () -> {
            assertThat(count(home.pendingWork(), "reporting.home.drafts")).isEqualTo(drafts + 1);
            assertThat(home.pendingWork())
                    .extracting(PendingWork::messageKey)
                    .contains("reporting.home.commissionsDue")
                    .doesNotContain("reporting.home.toDecide");
            assertThat(home.recentItems(8))
                    .first()
                    .extracting(RecentItem::title, RecentItem::href, RecentItem::stateKey)
                    .containsExactly(
                            "汶川县首页测试草稿", "/admin/reporting/submissions/" + draft.id(), "reporting.state.DRAFT");
            assertThat(home.shortcuts()).extracting(Shortcut::href).contains("/admin/reporting/submissions/new");
            return null;
        });
        run.as("desk.editor", () -> {
            assertThat(home.recentItems(50))
                    .as("the office never sees a unit's draft")
                    .extracting(RecentItem::title)
                    .doesNotContain("汶川县首页测试草稿");
            return null;
        });
    }

    @Test
    void theUnitHeadAndTheOfficeEditorSeeWhatWaitsForThem() {
        run.as("desk.wenchuan.head", () -> {
            long inbox =
                    reviews.inbox("reporting.submission", PageRequest.of(0, 1)).getTotalElements();
            assertThat(count(home.pendingWork(), "reporting.home.toSign")).isEqualTo(inbox);
            assertThat(home.shortcuts()).extracting(Shortcut::href).containsExactly("/admin/tasks");
            return null;
        });
        run.as("desk.editor", () -> {
            assertThat(count(home.pendingWork(), "reporting.home.toDecide"))
                    .isEqualTo(submissions.count(state(SubmissionState.SUBMITTED)));
            assertThat(count(home.pendingWork(), "reporting.home.preAdopted"))
                    .isEqualTo(submissions.count(state(SubmissionState.PRE_ADOPTED)));
            assertThat(home.pendingWork())
                    .extracting(PendingWork::messageKey)
                    .contains("reporting.home.instructions")
                    .doesNotContain("reporting.home.drafts");
            assertThat(home.shortcuts())
                    .extracting(Shortcut::href)
                    .contains("/admin/reporting/inbox", "/admin/reporting/commissions");
            return null;
        });
    }

    @Test
    void theAuditorHasNoDeskWork() {
        run.as("auditor", () -> {
            assertThat(home.pendingWork()).isEmpty();
            assertThat(home.recentItems(8)).isEmpty();
            assertThat(home.shortcuts()).isEmpty();
            return null;
        });
    }

    private static SubmissionQuery state(SubmissionState state) {
        return new SubmissionQuery(null, null, null, state, null, null, null);
    }

    private static long count(List<PendingWork> work, String key) {
        return work.stream()
                .filter(w -> w.messageKey().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + work))
                .count();
    }
}
