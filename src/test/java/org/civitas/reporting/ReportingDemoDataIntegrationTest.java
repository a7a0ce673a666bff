package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civitas.search.DriftReport;
import org.civitas.search.SearchAdministration;
import org.civitas.support.DatabaseTest;
import org.civitas.workflow.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The demo desk shows real shapes: units of every type, items in every state, near-duplicates, a task for the head. */
@DatabaseTest
class ReportingDemoDataIntegrationTest extends ReportingIntegrationTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    DeskService desk;

    @Autowired
    ReviewService reviews;

    @Test
    void theDemoOfficeHasUnitsSubmissionsAdoptionsAndNearDuplicates() {
        accounts.runAs("desk.editor", () -> {
            List<ReportingUnitView> all = unitService.units();
            assertThat(all).hasSizeGreaterThanOrEqualTo(35);
            assertThat(all)
                    .extracting(ReportingUnitView::type)
                    .contains(UnitType.COUNTY, UnitType.DEPARTMENT, UnitType.DIRECT);
            var inbox = submissions
                    .search(SubmissionQuery.none(), PageRequest.of(0, 500))
                    .getContent();
            assertThat(inbox)
                    .extracting(SubmissionSummary::state)
                    .contains(
                            SubmissionState.SUBMITTED,
                            SubmissionState.PRE_ADOPTED,
                            SubmissionState.ADOPTED,
                            SubmissionState.RETURNED);
            assertThat(inbox).extracting(SubmissionSummary::state).doesNotContain(SubmissionState.DRAFT);
            var flood = inbox.stream()
                    .filter(s -> s.title().equals("国道213线映秀段发生泥石流交通中断"))
                    .findFirst()
                    .orElseThrow();
            assertThat(desk.nearDuplicates(flood.id()))
                    .extracting(d -> d.submission().title())
                    .contains("映秀镇暴雨引发泥石流致国道213线中断");
            var merged = inbox.stream()
                    .filter(s -> s.title().equals("红原县部分牧民反映冬季饲草短缺"))
                    .findFirst()
                    .orElseThrow();
            var adoption = desk.adoption(submissions.get(merged.id()).adoptionId());
            assertThat(adoption.merged()).isTrue();
            assertThat(adoption.credits()).hasSize(2);
            return null;
        });
        accounts.runAs("desk.wenchuan", () -> {
            var mine = submissions
                    .search(SubmissionQuery.none(), PageRequest.of(0, 500))
                    .getContent();
            assertThat(mine).isNotEmpty();
            assertThat(mine).extracting(SubmissionSummary::organisationId).containsOnly(org("wenchuan"));
            assertThat(mine).extracting(SubmissionSummary::state).contains(SubmissionState.SIGNING);
            return null;
        });
        accounts.runAs("desk.wenchuan.head", () -> {
            assertThat(reviews.inbox("reporting.submission", PageRequest.of(0, 10))
                            .getContent())
                    .isNotEmpty();
            return null;
        });
    }

    @Autowired
    CommissionService commissions;

    @Autowired
    InstructionService instructions;

    @Autowired
    UnitScoring scores;

    @Test
    void theDemoDeskHasCommissionsInstructionsAndScores() {
        accounts.runAs("desk.editor", () -> {
            var all = commissions.list();
            assertThat(all).hasSizeGreaterThanOrEqualTo(3);
            assertThat(all).anySatisfy(c -> {
                assertThat(c.state()).isEqualTo(CommissionState.CLOSED);
                assertThat(c.count(AnswerStatus.MISSED)).isPositive();
                assertThat(c.count(AnswerStatus.ON_TIME)).isPositive();
            });
            assertThat(all)
                    .anySatisfy(c -> assertThat(c.count(AnswerStatus.OVERDUE)).isPositive());
            var register = instructions.register(null, null);
            assertThat(register)
                    .extracting(InstructionView::subject)
                    .contains(InstructionSubject.ADOPTION, InstructionSubject.EDITION);
            assertThat(register)
                    .extracting(InstructionView::followUpStatus)
                    .contains(FollowUpStatus.OPEN, FollowUpStatus.DONE);
            var now = java.time.YearMonth.now();
            var ranking = scores.ranking(now.minusMonths(2), now, null);
            assertThat(ranking.getFirst().score().points()).isPositive();
            assertThat(ranking)
                    .anySatisfy(r -> assertThat(r.score().mergedUses()).isPositive());
            assertThat(ranking)
                    .anySatisfy(r -> assertThat(r.score().quotaShortfall()).isPositive());
            return null;
        });
        accounts.runAs("desk.wenchuan", () -> {
            assertThat(commissions.mine()).isNotEmpty();
            return null;
        });
    }

    @Autowired
    SearchAdministration search;

    /**
     * A new installation's search index matches its database ({@code reindex --check} is clean): the demo's
     * articles, submissions, adoptions and editions are all indexed without an operator's rebuild.
     */
    @Test
    void theDemoSearchIndexMatchesItsDatabaseForEveryKind() {
        DriftReport drift = search.drift();
        assertThat(drift.missing()).as("missing").isEmpty();
        assertThat(drift.extra()).as("extra").isEmpty();
        assertThat(drift.stale()).as("stale").isEmpty();
        assertThat(drift.clean()).isTrue();
        assertThat(drift.indexed()).isEqualTo(drift.expected());
    }
}
