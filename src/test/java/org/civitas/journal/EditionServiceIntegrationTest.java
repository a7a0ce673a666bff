package org.civitas.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.support.ChineseAuditTrail;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.civitas.workflow.ReviewChainDefinition;
import org.civitas.workflow.ReviewChainService;
import org.civitas.workflow.ReviewChainStep;
import org.civitas.workflow.ReviewService;
import org.civitas.workflow.WorkflowPermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@DatabaseTest
@CivitasIntegrationTest
@RecordApplicationEvents
class EditionServiceIntegrationTest {

    @Autowired
    JournalService journals;

    @Autowired
    EditionService editions;

    @Autowired
    ReviewChainService chains;

    @Autowired
    ReviewService reviews;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.modulith.events.core.EventPublicationRegistry publications;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void signIn() {
        JournalTestUsers.signInOffice();
    }

    @AfterEach
    void signOut() {
        JournalTestUsers.signOut();
    }

    private long org(String code) {
        return organisations.all().stream()
                .filter(o -> o.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }

    /** A chain of no steps: sending for sign-off signs off at once. */
    private String instantChain() {
        String code = JournalTestUsers.newCode("instant");
        asChainAdmin(() -> chains.define(new ReviewChainDefinition(code, "直接签发", List.of())));
        return code;
    }

    /** One step for the built-in system administrator role, which the demo user {@code admin} holds. */
    private String leaderChain() {
        String code = JournalTestUsers.newCode("leader");
        asChainAdmin(() -> chains.define(
                new ReviewChainDefinition(code, "领导签发", List.of(ReviewChainStep.anywhere("领导签发", "SYSTEM_ADMIN")))));
        return code;
    }

    private void asChainAdmin(Runnable action) {
        JournalTestUsers.signIn(
                JournalTestUsers.user(910_010L, "chains", 1L, "PUBLIC", WorkflowPermissions.CHAIN_WRITE));
        try {
            action.run();
        } finally {
            JournalTestUsers.signInOffice();
        }
    }

    private JournalView journal(String chain, List<Long> audience, String minimumClearance) {
        String code = JournalTestUsers.newCode("j");
        return journals.define(new JournalDefinition(
                code,
                "每日信息" + code,
                JournalLevel.MUNICIPAL,
                JournalDefinition.DEFAULT_NUMBER_FORMAT,
                "INTERNAL",
                audience,
                List.of(),
                minimumClearance,
                "阿坝州人民政府办公室",
                JournalLayout.RED_MASTHEAD,
                chain));
    }

    private EditionItemDraft item(String section, String title) {
        return new EditionItemDraft(
                section,
                title,
                "<p>" + title + "，全州各地加强调度，确保群众生产生活正常。</p>",
                List.of(new Credit(org("wenchuan"), null)),
                null,
                null);
    }

    private long auditable() {
        return events.stream(AuditableEvent.class).count();
    }

    @Test
    void addsManyItemsInOneTransactionAllOrNoneWithOneAuditedEvent() {
        JournalView journal = journal(instantChain(), List.of(), "PUBLIC");
        long id = editions.create(journal.id(), null, null).id();
        long before = auditable();

        // the third is refused (a source the batch already holds): nothing of the batch is kept
        assertRefused(
                () -> editions.addItems(
                        id,
                        List.of(
                                new EditionItemDraft("要情快报", "甲", "<p>正文甲</p>", null, "reporting.adoption", "1"),
                                item("工作动态", "乙"),
                                new EditionItemDraft("要情快报", "丙", "<p>正文丙</p>", null, "reporting.adoption", "1"))),
                "journal.item.source.duplicate");
        assertRefused(() -> editions.addItems(id, List.of()), "journal.item.required");
        assertThat(editions.get(id).itemCount()).isZero();
        assertThat(auditable()).isEqualTo(before);

        List<EditionView.Item> added = editions.addItems(
                id,
                List.of(
                        item("要情快报", "汶川县全力做好汛期防灾减灾工作"),
                        item("工作动态", "九寨沟县景区有序恢复开放"),
                        new EditionItemDraft("要情快报", "理县推进高标准农田建设", "<p>正文</p>", null, "reporting.adoption", "77")));
        assertThat(added)
                .extracting(EditionView.Item::title)
                .containsExactly("汶川县全力做好汛期防灾减灾工作", "九寨沟县景区有序恢复开放", "理县推进高标准农田建设");
        EditionView edition = editions.get(id);
        assertThat(edition.sections()).extracting(EditionView.Section::title).containsExactly("要情快报", "工作动态");
        assertThat(edition.sections().getFirst().items())
                .extracting(EditionView.Item::title)
                .containsExactly("汶川县全力做好汛期防灾减灾工作", "理县推进高标准农田建设");
        // one audited event naming the three items, in the reader's language (the source by its label, 采用稿 77)
        EditionCompiled compiled = events.stream(EditionCompiled.class)
                .filter(e -> e.editionId() == id)
                .reduce((a, b) -> b)
                .orElseThrow();
        ChineseAuditTrail.assertReadable(messages, java.util.stream.Stream.of(compiled));
        var summary =
                org.civitas.platform.AuditSummary.decode(compiled.summary()).orElseThrow();
        assertThat(messages.getMessage(summary, java.util.Locale.SIMPLIFIED_CHINESE))
                .contains("加入 3 篇稿件")
                .contains("汶川县全力做好汛期防灾减灾工作、九寨沟县景区有序恢复开放、理县推进高标准农田建设（采用稿 77）");
        assertThat(messages.getMessage(summary, java.util.Locale.ENGLISH))
                .contains("3 items added")
                .contains("理县推进高标准农田建设 (Adoption 77)");
        assertThat(auditable()).isEqualTo(before + 1);
    }

    private static EditionItemDraft labelled(String title, String source, String label) {
        return new EditionItemDraft(
                null, title, "<p>" + title + "，详细情况如下。</p>", null, "reporting.adoption", source, null, label);
    }

    @Test
    void anItemLabelledAboveTheEditionIsRefusedAndChangesNothing() {
        JournalView journal = journal(instantChain(), List.of(), "PUBLIC");
        EditionView draft = editions.create(journal.id(), "PUBLIC", null);
        long before = auditable();

        assertThatThrownBy(() -> editions.addItem(draft.id(), labelled("若尔盖县草原鼠害监测", "9001", "SENSITIVE")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("journal.item.label.aboveEdition");
                    // the item and both labels are named
                    assertThat(e.arguments()).hasSize(3).startsWith("若尔盖县草原鼠害监测");
                });
        assertRefused(
                () -> editions.addItem(draft.id(), labelled("红原县牧区通信保障", "9002", "INTERNAL")),
                "journal.item.label.aboveEdition");
        assertRefused(
                () -> editions.addItem(draft.id(), labelled("标题", "9003", "TOP_SECRET")), "journal.label.unknown");
        EditionView unchanged = editions.get(draft.id());
        assertThat(unchanged.itemCount()).isZero();
        assertThat(unchanged.version()).isEqualTo(draft.version());
        assertThat(auditable()).isEqualTo(before);

        // an item labelled as the edition or lower goes in with its label; a hand-written one takes the edition's
        EditionView internal = editions.create(journal.id(), "INTERNAL", null);
        editions.addItem(internal.id(), labelled("汶川县防汛演练", "9004", "PUBLIC"));
        editions.addItem(internal.id(), labelled("茂县地灾隐患点复核", "9005", "INTERNAL"));
        editions.addItem(internal.id(), item(null, "编辑部手写稿"));
        assertThat(editions.get(internal.id()).sections().getFirst().items())
                .extracting(EditionView.Item::label)
                .containsExactly("PUBLIC", "INTERNAL", "INTERNAL");
    }

    @Test
    void theEditionsLabelIsNeverLoweredBelowAnItemsLabel() {
        JournalView journal = journal(instantChain(), List.of(), "PUBLIC");
        long id = editions.create(journal.id(), "SENSITIVE", "原编者按").id();
        editions.addItem(id, labelled("九寨沟县景区客流调控", "9011", "INTERNAL"));
        editions.addItem(id, labelled("汶川县应急物资储备", "9012", "PUBLIC"));
        EditionView before = editions.get(id);
        long audited = auditable();

        assertThatThrownBy(() -> editions.describe(id, "PUBLIC", "新编者按", before.version()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("journal.edition.label.belowItem");
                    assertThat(e.field()).isEqualTo("securityLabel");
                    assertThat(e.arguments()).contains("九寨沟县景区客流调控");
                });
        EditionView unchanged = editions.get(id);
        assertThat(unchanged.securityLabel()).isEqualTo("SENSITIVE");
        assertThat(unchanged.editorNote()).isEqualTo("原编者按");
        assertThat(unchanged.version()).isEqualTo(before.version());
        assertThat(auditable()).isEqualTo(audited);

        // down to the highest item's label is fine; once that item is gone, lower still
        assertThat(editions.describe(id, "INTERNAL", null, before.version()).securityLabel())
                .isEqualTo("INTERNAL");
        long internalItem =
                editions.get(id).sections().getFirst().items().getFirst().id();
        editions.removeItem(id, internalItem);
        assertThat(editions.describe(id, "PUBLIC", null, editions.get(id).version())
                        .securityLabel())
                .isEqualTo("PUBLIC");
    }

    @Test
    void aBatchWithOneItemLabelledAboveTheEditionIsRefusedWhole() {
        JournalView journal = journal(instantChain(), List.of(), "PUBLIC");
        EditionView draft = editions.create(journal.id(), "INTERNAL", null);
        long before = auditable();

        assertRefused(
                () -> editions.addItems(
                        draft.id(),
                        List.of(
                                labelled("理县春耕备耕进展", "9021", "PUBLIC"),
                                item("工作动态", "阿坝州召开全州信息工作会议"),
                                labelled("松潘县边界矛盾纠纷排查", "9022", "SENSITIVE"),
                                labelled("马尔康市城乡供水", "9023", "INTERNAL"))),
                "journal.item.label.aboveEdition");
        EditionView unchanged = editions.get(draft.id());
        assertThat(unchanged.itemCount()).isZero();
        assertThat(unchanged.sections()).isEmpty();
        assertThat(unchanged.version()).isEqualTo(draft.version());
        assertThat(auditable()).isEqualTo(before);
    }

    @Test
    void compilesInSectionsThenSignsOffNumbersReleasesAndArchives() {
        JournalView journal = journal(instantChain(), List.of(), "PUBLIC");
        EditionView draft = editions.create(journal.id(), null, "本期编发重要政务信息三条。");
        assertThat(draft.state()).isEqualTo(EditionState.DRAFT);
        assertThat(draft.securityLabel()).isEqualTo("INTERNAL");
        assertThat(draft.numberText()).isNull();

        EditionView.Item first = editions.addItem(draft.id(), item("要情快报", "汶川县全力做好汛期防灾减灾工作"));
        editions.addItem(draft.id(), item("要情快报", "九寨沟县景区有序恢复开放"));
        EditionView.Item third = editions.addItem(
                draft.id(),
                new EditionItemDraft(
                        "基层动态",
                        "马尔康市推进城乡供水一体化",
                        "<p>供水保障<script>alert(1)</script></p>",
                        List.of(new Credit(org("maerkang"), "马尔康市人民政府办公室")),
                        "reporting.adoption",
                        "123"));
        assertThat(third.bodyHtml()).doesNotContain("script");
        assertThat(third.credits()).containsExactly(new Credit(org("maerkang"), "马尔康市人民政府办公室"));
        assertThat(first.credits().getFirst().organisationName()).isEqualTo("汶川县人民政府");

        editions.moveItem(draft.id(), first.id(), MoveDirection.DOWN);
        EditionView compiled = editions.get(draft.id());
        assertThat(compiled.sections()).extracting(EditionView.Section::title).containsExactly("要情快报", "基层动态");
        assertThat(compiled.sections().getFirst().items())
                .extracting(EditionView.Item::title)
                .containsExactly("九寨沟县景区有序恢复开放", "汶川县全力做好汛期防灾减灾工作");

        long before = auditable();
        EditionView signed = editions.submitForSignOff(draft.id());
        assertThat(signed.state()).isEqualTo(EditionState.SIGNED_OFF);
        assertThat(signed.number()).isEqualTo(1);
        assertThat(signed.totalNumber()).isEqualTo(1);
        assertThat(signed.numberText()).isEqualTo(signed.year() + "年第1期（总第1期）");
        assertThat(signed.issueDate()).isNotNull();
        assertThat(events.stream(EditionSubmitted.class)).hasSize(1);
        assertThat(events.stream(EditionSignedOff.class)).hasSize(1);
        assertThat(auditable()).isGreaterThan(before);

        EditionView second = editions.create(journal.id(), "PUBLIC", null);
        editions.addItem(second.id(), item(null, "阿坝州召开全州信息工作会议"));
        assertThat(editions.submitForSignOff(second.id()).numberText()).isEqualTo(signed.year() + "年第2期（总第2期）");

        assertThat(editions.release(draft.id()).state()).isEqualTo(EditionState.RELEASED);
        assertThat(editions.archive(draft.id()).state()).isEqualTo(EditionState.ARCHIVED);
        assertThat(editions.count(new EditionQuery(journal.id(), null, null))).isEqualTo(2);
        assertThat(editions.list(new EditionQuery(journal.id(), EditionState.ARCHIVED, null), Pageable.ofSize(10)))
                .extracting(EditionSummary::id)
                .containsExactly(draft.id());
    }

    @Test
    void illegalTransitionsAndBadItemsAreRefusedWithTheirReasonAndChangeNothing() {
        JournalView journal = journal(instantChain(), List.of(), "PUBLIC");
        EditionView draft = editions.create(journal.id(), null, null);
        long before = auditable();

        assertRefused(() -> editions.release(draft.id()), "journal.edition.transition");
        assertRefused(() -> editions.archive(draft.id()), "journal.edition.transition");
        assertRefused(() -> editions.submitForSignOff(draft.id()), "journal.edition.empty");
        assertRefused(() -> editions.addItem(draft.id(), item(null, " ")), "journal.item.title.invalid");
        assertRefused(
                () -> editions.addItem(draft.id(), new EditionItemDraft(null, "标题", "<p> </p>", null, null, null)),
                "journal.item.body.required");
        assertRefused(
                () -> editions.addItem(
                        draft.id(),
                        new EditionItemDraft(
                                null, "标题", "<p>正文</p>", List.of(new Credit(987_654_321L, null)), null, null)),
                "journal.item.credit.unknown");
        assertRefused(
                () -> editions.addItem(
                        draft.id(), new EditionItemDraft(null, "标题", "<p>正文</p>", null, "reporting.adoption", null)),
                "journal.item.source.invalid");
        assertRefused(() -> editions.create(journal.id(), "TOP_SECRET", null), "journal.label.unknown");
        assertThat(editions.get(draft.id()).itemCount()).isZero();
        assertThat(auditable()).isEqualTo(before);

        editions.addItem(draft.id(), new EditionItemDraft(null, "标题", "<p>正文</p>", null, "reporting.adoption", "7"));
        assertRefused(
                () -> editions.addItem(
                        draft.id(), new EditionItemDraft(null, "另一标题", "<p>正文</p>", null, "reporting.adoption", "7")),
                "journal.item.source.duplicate");
        editions.submitForSignOff(draft.id());
        long signedOff = auditable();
        assertRefused(() -> editions.addItem(draft.id(), item(null, "迟到的稿件")), "journal.edition.notEditable");
        assertRefused(() -> editions.discard(draft.id()), "journal.edition.discard.state");
        assertRefused(() -> editions.archive(draft.id()), "journal.edition.transition");
        assertRefused(() -> editions.submitForSignOff(draft.id()), "journal.edition.transition");
        assertRefused(() -> journals.delete(journal.id()), "journal.delete.hasEditions");
        assertThat(auditable()).isEqualTo(signedOff);
        assertThat(editions.get(draft.id()).state()).isEqualTo(EditionState.SIGNED_OFF);
    }

    @Test
    void aReturnedSignOffGoesBackToDraftWithTheReasonAndIsNumberedOnlyWhenApproved() {
        JournalView journal = journal(leaderChain(), List.of(), "PUBLIC");
        EditionView draft = editions.create(journal.id(), null, null);
        editions.addItem(draft.id(), item(null, "理县推进高标准农田建设"));
        assertThat(editions.submitForSignOff(draft.id()).state()).isEqualTo(EditionState.IN_REVIEW);
        assertRefused(() -> editions.addItem(draft.id(), item(null, "送签后加稿")), "journal.edition.notEditable");

        JournalTestUsers.signIn(JournalTestUsers.user(1L, "admin", 1L, "PUBLIC"));
        String task = reviews.inbox("journal.edition", Pageable.ofSize(50)).stream()
                .filter(t -> t.subject().id().equals(String.valueOf(draft.id())))
                .findFirst()
                .orElseThrow()
                .taskId();
        reviews.returnToAuthor(task, "请补充灾情数据");
        JournalTestUsers.signInOffice();
        EditionView returned = editions.get(draft.id());
        assertThat(returned.state()).isEqualTo(EditionState.DRAFT);
        assertThat(returned.returnReason()).isEqualTo("请补充灾情数据");
        assertThat(returned.number()).isNull();

        editions.submitForSignOff(draft.id());
        JournalTestUsers.signIn(JournalTestUsers.user(1L, "admin", 1L, "PUBLIC"));
        String again = reviews.inbox("journal.edition", Pageable.ofSize(50)).stream()
                .filter(t -> t.subject().id().equals(String.valueOf(draft.id())))
                .findFirst()
                .orElseThrow()
                .taskId();
        reviews.approve(again, "同意印发");
        JournalTestUsers.signInOffice();
        EditionView signed = editions.get(draft.id());
        assertThat(signed.state()).isEqualTo(EditionState.SIGNED_OFF);
        assertThat(signed.number()).isEqualTo(1);
        assertThat(signed.signedOffBy()).isEqualTo("admin");
        assertThat(editions.signOffHistory(draft.id())).hasSize(2);
    }

    @Test
    void numbersStayUniqueWhenManyEditionsAreSignedOffAtOnce() throws Exception {
        JournalView journal = journal(instantChain(), List.of(), "PUBLIC");
        int count = 8;
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = editions.create(journal.id(), null, null).id();
            editions.addItem(id, item(null, "并发组稿 " + i));
            drafts.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<EditionView>> results = new ArrayList<>();
            for (long id : drafts) {
                results.add(pool.submit(() -> {
                    JournalTestUsers.signInOffice();
                    start.await();
                    try {
                        return editions.submitForSignOff(id);
                    } finally {
                        JournalTestUsers.signOut();
                    }
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            List<Integer> totals = new ArrayList<>();
            for (Future<EditionView> result : results) {
                EditionView signed = result.get(120, TimeUnit.SECONDS);
                numbers.add(signed.number());
                totals.add(signed.totalNumber());
            }
            assertThat(numbers).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
            assertThat(totals).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
            // as many writers as pooled connections (8 in tests): the after-commit listeners of every one
            // of them ran (search index, audit trail's registry); none waited out the pool and failed
            assertThat(publications.findIncompletePublications())
                    .extracting(p -> p.getEvent())
                    .filteredOn(event -> event instanceof org.civitas.journal.EditionSubmitted submitted
                            && drafts.contains(submitted.editionId()))
                    .isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readersOutsideTheAudienceOrBelowTheLabelSeeNothing() {
        JournalView journal = journal(instantChain(), List.of(org("wenchuan")), "INTERNAL");
        long internal = releasedEdition(journal, "INTERNAL");
        long sensitive = releasedEdition(journal, "SENSITIVE");
        long draft = editions.create(journal.id(), "PUBLIC", null).id();
        EditionQuery thisJournal = new EditionQuery(journal.id(), null, null);

        long wenchuanUnit = organisations.subtree(org("wenchuan")).getLast().id();
        JournalTestUsers.signIn(
                JournalTestUsers.user(910_020L, "reader.internal", wenchuanUnit, "INTERNAL", JournalPermissions.READ));
        assertThat(editions.list(thisJournal, Pageable.ofSize(10)))
                .extracting(EditionSummary::id)
                .containsExactly(internal);
        assertThat(editions.count(thisJournal)).isEqualTo(1);
        assertThat(editions.open(internal).id()).isEqualTo(internal);
        assertThatThrownBy(() -> editions.get(sensitive)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> editions.get(draft)).isInstanceOf(NotFoundException.class);

        JournalTestUsers.signIn(JournalTestUsers.user(
                910_021L, "reader.elsewhere", org("jiuzhaigou"), "SENSITIVE", JournalPermissions.READ));
        assertThat(editions.count(thisJournal)).isZero();
        assertThatThrownBy(() -> editions.get(internal)).isInstanceOf(NotFoundException.class);

        JournalTestUsers.signIn(
                JournalTestUsers.user(910_022L, "reader.public", org("wenchuan"), "PUBLIC", JournalPermissions.READ));
        assertThat(editions.list(thisJournal, Pageable.ofSize(10))).isEmpty();
        assertThat(editions.count(thisJournal)).isZero();

        JournalTestUsers.signIn(
                JournalTestUsers.user(910_023L, "editor.internal", 1L, "INTERNAL", JournalPermissions.COMPILE));
        assertThat(editions.count(thisJournal)).isEqualTo(2);
        assertThatThrownBy(() -> editions.get(sensitive)).isInstanceOf(NotFoundException.class);
    }

    private long releasedEdition(JournalView journal, String label) {
        long id = editions.create(journal.id(), label, null).id();
        editions.addItem(id, item(null, "汶川县抓好春耕备耕 " + label));
        editions.submitForSignOff(id);
        editions.release(id);
        return id;
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
