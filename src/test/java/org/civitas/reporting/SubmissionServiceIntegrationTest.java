package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.support.DatabaseTest;
import org.civitas.workflow.ReviewService;
import org.civitas.workflow.ReviewTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class SubmissionServiceIntegrationTest extends ReportingIntegrationTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    DeskService desk;

    @Autowired
    ReviewService reviews;

    @BeforeEach
    void accounts() {
        ensureAccounts();
    }

    static SubmissionDraft form(String title, String body, String label) {
        return new SubmissionDraft(
                null, title, body, Category.PUBLIC_SENTIMENT, Urgency.URGENT, label, "王局长", "0837-1234567", List.of());
    }

    /** Writes and sends as {@code writer}, then signs off as {@code head}: the item is in the office's inbox. */
    SubmissionView submitted(String writer, String head, SubmissionDraft form) {
        long id = accounts.runAs(writer, () -> submissions.submit(form)).id();
        accounts.runAs(head, () -> {
            reviews.approve(task(id).taskId(), "同意报送");
            return null;
        });
        return accounts.runAs(writer, () -> submissions.get(id));
    }

    ReviewTask task(long id) {
        return reviews.inbox("reporting.submission", PageRequest.of(0, 100)).stream()
                .filter(t -> t.subject().id().equals(String.valueOf(id)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aDraftIsSignedOffByTheUnitHeadAndAdoptedByTheOffice() {
        SubmissionView draft = accounts.runAs(
                "t.lx.writer",
                () -> submissions.create(form("理县草稿<script>x</script>", "<p>正文<script>alert(1)</script></p>", null)));
        assertThat(draft.state()).isEqualTo(SubmissionState.DRAFT);
        assertThat(draft.body()).isEqualTo("<p>正文</p>");
        assertThat(draft.label()).isEqualTo("PUBLIC");
        assertThat(draft.unitName()).isEqualTo("理县人民政府");

        SubmissionView signing = accounts.runAs("t.lx.writer", () -> submissions.send(draft.id()));
        assertThat(signing.state()).isEqualTo(SubmissionState.SIGNING);
        // the office does not see what the unit has not signed off
        accounts.runAs("t.editor", () -> {
            assertThatThrownBy(() -> submissions.get(draft.id())).isInstanceOf(NotFoundException.class);
            return null;
        });
        accounts.runAs("t.lx.head", () -> {
            reviews.approve(task(draft.id()).taskId(), "同意");
            return null;
        });
        assertThat(accounts.runAs("t.lx.head", () -> submissions.get(draft.id()))
                        .state())
                .isEqualTo(SubmissionState.SUBMITTED);

        events.clear();
        AdoptionView adoption = accounts.runAs("t.editor", () -> {
            desk.edit(
                    draft.id(),
                    "理县：编辑后的标题",
                    "<p>编辑后的正文</p>",
                    submissions.get(draft.id()).version());
            desk.preAdopt(draft.id());
            return desk.adopt(draft.id());
        });
        assertThat(adoption.title()).isEqualTo("理县：编辑后的标题");
        assertThat(adoption.merged()).isFalse();
        assertThat(auditable()).isEqualTo(3);
        SubmissionView adopted = accounts.runAs("t.lx.writer", () -> submissions.get(draft.id()));
        assertThat(adopted.state()).isEqualTo(SubmissionState.ADOPTED);
        assertThat(adopted.title()).isEqualTo("理县草稿<script>x</script>");
        assertThat(adopted.editedTitle()).isEqualTo("理县：编辑后的标题");
        assertThat(adopted.adoptionId()).isEqualTo(adoption.id());
    }

    @Test
    void theHeadReturnsADraftWithAReasonAndTheWriterSendsItAgain() {
        long id = accounts.runAs("t.lx.writer", () -> submissions.submit(form("需要修改的稿件", "<p>初稿</p>", null)))
                .id();
        accounts.runAs("t.lx.head", () -> {
            reviews.returnToAuthor(task(id).taskId(), "数据需要核实");
            return null;
        });
        SubmissionView back = accounts.runAs("t.lx.writer", () -> submissions.get(id));
        assertThat(back.state()).isEqualTo(SubmissionState.DRAFT);
        assertThat(back.returnReason()).isEqualTo("数据需要核实");
        SubmissionView again = accounts.runAs("t.lx.writer", () -> {
            submissions.revise(id, form("需要修改的稿件", "<p>核实后的稿件</p>", null), back.version());
            return submissions.send(id);
        });
        assertThat(again.state()).isEqualTo(SubmissionState.SIGNING);
        assertThat(again.returnReason()).isNull();
    }

    @Test
    void illegalTransitionsAreRefusedWithTheReasonAndChangeNothing() {
        SubmissionView sent = accounts.runAs("t.lx.writer", () -> submissions.submit(form("待签发稿件", "<p>内容</p>", null)));
        events.clear();
        accounts.runAs("t.lx.writer", () -> {
            assertThatThrownBy(() -> submissions.revise(sent.id(), form("改", "<p>改</p>", null), sent.version()))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.transition.refused"));
            assertThatThrownBy(() -> submissions.send(sent.id())).isInstanceOf(DomainException.class);
            return null;
        });
        SubmissionView returned = submitted("t.lx.writer", "t.lx.head", form("将被退回的稿件", "<p>内容</p>", null));
        accounts.runAs("t.editor", () -> desk.returnToUnit(returned.id(), "不符合报送要求"));
        events.clear();
        accounts.runAs("t.editor", () -> {
            assertThatThrownBy(() -> desk.adopt(returned.id()))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.transition.refused"));
            assertThatThrownBy(() -> desk.preAdopt(returned.id())).isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> desk.returnToUnit(returned.id(), " "))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
            return null;
        });
        assertThat(auditable()).isZero();
        SubmissionView after = accounts.runAs("t.lx.writer", () -> submissions.get(returned.id()));
        assertThat(after.state()).isEqualTo(SubmissionState.RETURNED);
        assertThat(after.returnReason()).isEqualTo("不符合报送要求");
        assertThat(after.adoptionId()).isNull();
    }

    @Test
    void aUnitSeesOnlyItsOwnSubmissions() {
        SubmissionView lixian =
                accounts.runAs("t.lx.writer", () -> submissions.create(form("理县的稿件", "<p>理县</p>", null)));
        accounts.runAs("t.mx.writer", () -> {
            assertThatThrownBy(() -> submissions.get(lixian.id())).isInstanceOf(NotFoundException.class);
            var mine = submissions.search(SubmissionQuery.none(), PageRequest.of(0, 1000));
            assertThat(mine.getContent())
                    .extracting(SubmissionSummary::organisationId)
                    .containsOnly(org("maoxian"));
            assertThat(submissions.count(SubmissionQuery.none())).isEqualTo(mine.getTotalElements());
            assertThatThrownBy(() -> submissions.revise(lixian.id(), form("改", "<p>改</p>", null), 0))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> submissions.create(new SubmissionDraft(
                            org("lixian"),
                            "冒名",
                            "<p>x</p>",
                            Category.OTHER,
                            Urgency.ROUTINE,
                            null,
                            "某",
                            null,
                            List.of())))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.unit.notYours"));
            return null;
        });
        accounts.runAs("t.mx.head", () -> {
            assertThatThrownBy(() -> submissions.get(lixian.id())).isInstanceOf(NotFoundException.class);
            return null;
        });
    }

    @Test
    void nobodySeesOrCountsAnItemAboveTheirClearance() {
        SubmissionView secret = submitted("t.lx.writer", "t.lx.head", form("敏感稿件", "<p>敏感内容</p>", "SENSITIVE"));
        SubmissionView open = submitted("t.lx.writer", "t.lx.head", form("公开稿件", "<p>公开内容</p>", "PUBLIC"));
        var filter = new SubmissionQuery(org("lixian"), null, null, null, null, null, null);
        long high = accounts.runAs("t.editor", () -> submissions.count(filter));
        var low = accounts.runAs("t.editor.low", () -> submissions.search(filter, PageRequest.of(0, 1000)));
        long lowCount = accounts.runAs("t.editor.low", () -> submissions.count(filter));
        assertThat(low.getContent())
                .extracting(SubmissionSummary::id)
                .contains(open.id())
                .doesNotContain(secret.id());
        assertThat(low.getContent()).extracting(SubmissionSummary::label).containsOnly("PUBLIC");
        assertThat(lowCount).isEqualTo(low.getTotalElements()).isLessThan(high);
        accounts.runAs("t.editor.low", () -> {
            assertThatThrownBy(() -> submissions.get(secret.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> desk.adopt(secret.id())).isInstanceOf(NotFoundException.class);
            return null;
        });
        // a writer cannot label above their own clearance
        accounts.runAs("t.mx.writer", () -> {
            assertThatThrownBy(() -> submissions.create(form("越级", "<p>x</p>", "SENSITIVE")))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.label.aboveClearance"));
            return null;
        });
    }

    @Test
    void aMergedAdoptionCreditsEveryContributingUnit() {
        SubmissionView a = submitted("t.lx.writer", "t.lx.head", form("理县暴雨情况", "<p>理县遭遇暴雨</p>", null));
        SubmissionView b = submitted("t.mx.writer", "t.mx.head", form("茂县暴雨情况", "<p>茂县遭遇暴雨</p>", null));
        events.clear();
        AdoptionView merged =
                accounts.runAs("t.editor", () -> desk.merge(List.of(a.id(), b.id()), "我州多地遭遇暴雨", "<p>综合稿</p>"));
        assertThat(merged.merged()).isTrue();
        assertThat(merged.credits())
                .extracting(AdoptionView.Credit::organisationId)
                .containsExactlyInAnyOrder(org("lixian"), org("maoxian"));
        var adopted = events.stream(SubmissionAdopted.class).toList();
        assertThat(adopted).hasSize(1);
        assertThat(adopted.getFirst().organisationIds()).containsExactlyInAnyOrder(org("lixian"), org("maoxian"));
        assertThat(auditable()).isEqualTo(1);
        assertThat(accounts.runAs("t.mx.writer", () -> submissions.get(b.id())).state())
                .isEqualTo(SubmissionState.ADOPTED);
        assertThat(accounts.runAs("t.mx.writer", () -> desk.adoption(merged.id()))
                        .title())
                .isEqualTo("我州多地遭遇暴雨");
        accounts.runAs("t.editor", () -> {
            assertThatThrownBy(() -> desk.merge(List.of(a.id()), null, null))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.merge.tooFew"));
            return null;
        });
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsWritten() {
        long before = accounts.runAs("t.lx.writer", () -> submissions.count(SubmissionQuery.none()));
        events.clear();
        accounts.runAs("t.lx.writer", () -> {
            assertThatThrownBy(() -> submissions.submit(new SubmissionDraft(
                            null, "无签发人", "<p>x</p>", Category.OTHER, Urgency.ROUTINE, null, " ", null, List.of())))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.signer.required"));
            assertThatThrownBy(() -> submissions.create(form("未知密级", "<p>x</p>", "TOP_SECRET")))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.label.unknown"));
            assertThatThrownBy(() -> submissions.create(form("长".repeat(201), "<p>x</p>", null)))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.title.tooLong"));
            assertThatThrownBy(() -> submissions.create(form("空正文", "<p> <script>x</script></p>", null)))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.body.required"));
            assertThatThrownBy(() -> submissions.create(new SubmissionDraft(
                            null,
                            "未知附件",
                            "<p>x</p>",
                            Category.OTHER,
                            Urgency.ROUTINE,
                            null,
                            "某",
                            null,
                            List.of(987_654L))))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.attachment.unknown"));
            return null;
        });
        assertThat(auditable()).isZero();
        assertThat(accounts.runAs("t.lx.writer", () -> submissions.count(SubmissionQuery.none())))
                .isEqualTo(before);
        accounts.runAs("t.editor.low", () -> {
            assertThatThrownBy(() -> submissions.create(form("编辑不能报送", "<p>x</p>", null)))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }
}
