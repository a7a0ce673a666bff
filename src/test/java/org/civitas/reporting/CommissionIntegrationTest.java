package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class CommissionIntegrationTest extends ReportingIntegrationTest {

    @Autowired
    CommissionService commissions;

    @Autowired
    SubmissionService submissions;

    @BeforeEach
    void accounts() {
        ensureAccounts();
    }

    static SubmissionDraft answer(String title, Long commissionId) {
        return new SubmissionDraft(
                null,
                title,
                "<p>" + title + "的情况</p>",
                Category.GOVERNMENT_AFFAIRS,
                Urgency.ROUTINE,
                null,
                "王局长",
                null,
                List.of(),
                commissionId);
    }

    CommissionView issue(String title, Set<Long> units) {
        return accounts.runAs(
                "t.editor",
                () -> commissions.issue(new CommissionDraft(
                        title, "请报送本地" + title + "情况。", LocalDate.now().plusDays(3), false, Set.of(), units)));
    }

    @Test
    void unitsAnswerOnTimeAndTheOfficeSeesWhoMissedAfterClosing() {
        long lixian = org("lixian");
        long maoxian = org("maoxian");
        CommissionView c = issue("冬季供暖保障", Set.of(lixian, maoxian));
        assertThat(events.stream(CommissionIssued.class))
                .singleElement()
                .satisfies(e -> assertThat(e.organisationIds()).containsExactlyInAnyOrder(lixian, maoxian));
        assertThat(c.targets()).extracting(CommissionView.Target::status).containsOnly(AnswerStatus.PENDING);

        // both units see it as open; 理县 answers, signed off by its head
        assertThat(accounts.runAs("t.mx.writer", () -> commissions.mine()))
                .anySatisfy(m -> assertThat(m.commissionId()).isEqualTo(c.id()));
        long answered = accounts.runAs("t.lx.writer", () -> submissions.submit(answer("理县冬季供暖保障", c.id())))
                .id();
        signOff("t.lx.head", answered);
        assertThat(events.stream(CommissionAnswered.class)).singleElement().satisfies(e -> {
            assertThat(e.organisationId()).isEqualTo(lixian);
            assertThat(e.submissionId()).isEqualTo(answered);
            assertThat(e.late()).isFalse();
        });
        assertThat(accounts.runAs("t.lx.writer", () -> commissions.mine()))
                .noneSatisfy(m -> assertThat(m.commissionId()).isEqualTo(c.id()));
        // a unit sees its own line only
        assertThat(accounts.runAs("t.lx.writer", () -> commissions.get(c.id())).targets())
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.status()).isEqualTo(AnswerStatus.ON_TIME);
                    assertThat(t.submissionId()).isEqualTo(answered);
                });

        events.clear();
        CommissionView closed = accounts.runAs("t.editor", () -> commissions.close(c.id()));
        assertThat(closed.state()).isEqualTo(CommissionState.CLOSED);
        assertThat(closed.count(AnswerStatus.ON_TIME)).isEqualTo(1);
        assertThat(closed.count(AnswerStatus.MISSED)).isEqualTo(1);
        assertThat(events.stream(CommissionClosed.class)).singleElement().satisfies(e -> {
            assertThat(e.onTime()).containsExactly(lixian);
            assertThat(e.missed()).containsExactly(maoxian);
            assertThat(e.late()).isEmpty();
        });
        assertThat(accounts.runAs("t.mx.writer", () -> commissions.mine()))
                .noneSatisfy(m -> assertThat(m.commissionId()).isEqualTo(c.id()));
    }

    @Test
    void anAnswerAfterClosingIsRefusedAndChangesNothing() {
        long maoxian = org("maoxian");
        CommissionView c = issue("森林防火", Set.of(maoxian));
        // a draft written while it was open, sent after it closed
        SubmissionView draft = accounts.runAs("t.mx.writer", () -> submissions.create(answer("茂县森林防火草稿", c.id())));
        assertThat(draft.commissionId()).isEqualTo(c.id());
        accounts.runAs("t.editor", () -> commissions.close(c.id()));
        long before = accounts.runAs("t.mx.writer", () -> submissions.count(SubmissionQuery.none()));
        events.clear();

        accounts.runAs("t.mx.writer", () -> {
            assertThatThrownBy(() -> submissions.submit(answer("茂县森林防火", c.id())))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("reporting.commission.closed");
                        assertThat(e.field()).isEqualTo("commissionId");
                    });
            assertThatThrownBy(() -> submissions.send(draft.id()))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.commission.closed"));
            return null;
        });
        assertThat(auditable()).isZero();
        assertThat(accounts.runAs("t.mx.writer", () -> submissions.count(SubmissionQuery.none())))
                .isEqualTo(before);
        assertThat(accounts.runAs(
                        "t.mx.writer", () -> submissions.get(draft.id()).state()))
                .isEqualTo(SubmissionState.DRAFT);
        assertThat(accounts.runAs("t.editor", () -> commissions.get(c.id())).targets())
                .singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(AnswerStatus.MISSED));
        accounts.runAs("t.editor", () -> {
            assertThatThrownBy(() -> commissions.close(c.id()))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.commission.alreadyClosed"));
            return null;
        });
    }

    @Test
    void aUnitNeitherSeesNorAnswersACommissionThatDoesNotAskIt() {
        CommissionView c = issue("理县专项", Set.of(org("lixian")));
        accounts.runAs("t.mx.writer", () -> {
            assertThatThrownBy(() -> commissions.get(c.id())).isInstanceOf(NotFoundException.class);
            assertThat(commissions.list()).noneSatisfy(v -> assertThat(v.id()).isEqualTo(c.id()));
            assertThatThrownBy(() -> submissions.create(answer("茂县不请自来", c.id())))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.commission.notAsked"));
            return null;
        });
    }

    @Test
    void badCommissionsAreRefusedWithTheReason() {
        events.clear();
        accounts.runAs("t.editor", () -> {
            assertThatThrownBy(() -> commissions.issue(
                            new CommissionDraft("过期", "要求", LocalDate.now().minusDays(1), true, Set.of(), Set.of())))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.commission.due.past"));
            assertThatThrownBy(() -> commissions.issue(
                            new CommissionDraft("无对象", "要求", LocalDate.now(), false, Set.of(), Set.of())))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.commission.targets.required"));
            assertThatThrownBy(() -> commissions.issue(
                            new CommissionDraft(" ", "要求", LocalDate.now(), true, Set.of(), Set.of())))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.field()).isEqualTo("title"));
            return null;
        });
        assertThat(auditable()).isZero();
        // a whole type: every county unit is asked
        CommissionView counties = accounts.runAs(
                "t.editor",
                () -> commissions.issue(
                        new CommissionDraft("区县专题", "要求", LocalDate.now(), false, Set.of(UnitType.COUNTY), Set.of())));
        assertThat(counties.targets())
                .extracting(CommissionView.Target::organisationId)
                .contains(org("lixian"), org("maoxian"));
    }
}
