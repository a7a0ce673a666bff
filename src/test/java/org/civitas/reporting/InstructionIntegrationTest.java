package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.civitas.journal.Credit;
import org.civitas.journal.EditionItemDraft;
import org.civitas.journal.EditionRemarks;
import org.civitas.journal.EditionService;
import org.civitas.journal.ItemUse;
import org.civitas.journal.JournalService;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class InstructionIntegrationTest extends ReportingIntegrationTest {

    @Autowired
    SubmissionService submissions;

    @Autowired
    DeskService desk;

    @Autowired
    InstructionService instructions;

    @Autowired
    AdoptionPlacement adoptionPlacement;

    @Autowired
    EditionService editions;

    @Autowired
    JournalService journals;

    @Autowired
    List<EditionRemarks> remarks;

    @BeforeEach
    void accounts() {
        ensureAccounts();
        accounts.ensureOffice();
    }

    AdoptionView adopted(String writer, String head, String title) {
        long id = accounts.runAs(
                        writer,
                        () -> submissions.submit(new SubmissionDraft(
                                null,
                                title,
                                "<p>" + title + "。</p>",
                                Category.LIVELIHOOD,
                                Urgency.ROUTINE,
                                null,
                                "负责人",
                                null,
                                List.of())))
                .id();
        signOff(head, id);
        return accounts.runAs("t.editor", () -> desk.adopt(id));
    }

    static InstructionDraft draft(InstructionSubject subject, long id, LocalDate due, String responsible) {
        return new InstructionDraft(
                subject, id, "王副省长", InstructionLevel.PROVINCIAL, "请省农业农村厅总结推广。", LocalDate.now(), due, responsible);
    }

    @Test
    void anInstructionOnAnAdoptedItemIsFollowedUpAndSeenByItsUnitOnly() {
        AdoptionView a = adopted("t.lx.writer", "t.lx.head", "理县高山蔬菜带动群众增收");
        events.clear();
        InstructionView i = accounts.runAs(
                "t.editor",
                () -> instructions.record(draft(
                        InstructionSubject.ADOPTION, a.id(), LocalDate.now().plusDays(10), "理县农业农村局")));
        assertThat(i.followUpStatus()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(i.subjectTitle()).isEqualTo("理县高山蔬菜带动群众增收");
        assertThat(events.stream(InstructionRecorded.class)).singleElement().satisfies(e -> {
            assertThat(e.organisationIds()).containsExactly(org("lixian"));
            assertThat(e.level()).isEqualTo(InstructionLevel.PROVINCIAL);
        });
        assertThat(auditable()).isEqualTo(1);

        assertThat(accounts.runAs("t.lx.writer", () -> instructions.on(InstructionSubject.ADOPTION, a.id())))
                .extracting(InstructionView::id)
                .containsExactly(i.id());
        accounts.runAs("t.mx.writer", () -> {
            assertThatThrownBy(() -> instructions.get(i.id())).isInstanceOf(NotFoundException.class);
            assertThat(instructions.register(null, null))
                    .noneSatisfy(v -> assertThat(v.id()).isEqualTo(i.id()));
            return null;
        });

        events.clear();
        accounts.runAs("t.editor", () -> {
            assertThatThrownBy(() -> instructions.followUp(i.id(), FollowUpStatus.DONE, " ", i.version()))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.instruction.note.required"));
            assertThatThrownBy(() -> instructions.followUp(i.id(), FollowUpStatus.DONE, "已推广", i.version() + 1))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.stale"));
            return null;
        });
        assertThat(auditable()).isZero();
        InstructionView done = accounts.runAs(
                "t.editor", () -> instructions.followUp(i.id(), FollowUpStatus.DONE, "已在全州推广。", i.version()));
        assertThat(done.followUpStatus()).isEqualTo(FollowUpStatus.DONE);
        assertThat(done.followUpNote()).isEqualTo("已在全州推广。");
        assertThat(events.stream(InstructionFollowedUp.class)).hasSize(1);
        assertThat(accounts.runAs(
                        "t.editor", () -> instructions.register(InstructionLevel.PROVINCIAL, FollowUpStatus.DONE)))
                .extracting(InstructionView::id)
                .contains(i.id());
    }

    @Test
    void badInstructionsAreRefusedWithTheReasonAndWriteNothing() {
        AdoptionView a = adopted("t.mx.writer", "t.mx.head", "茂县花椒产业");
        events.clear();
        accounts.runAs("t.editor", () -> {
            assertThatThrownBy(() -> instructions.record(new InstructionDraft(
                            InstructionSubject.ADOPTION,
                            a.id(),
                            "领导",
                            InstructionLevel.COUNTY,
                            "阅。",
                            LocalDate.now().plusDays(1),
                            null,
                            null)))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.field()).isEqualTo("instructedOn"));
            assertThatThrownBy(() -> instructions.record(draft(
                            InstructionSubject.ADOPTION, a.id(), LocalDate.now().minusDays(1), null)))
                    .isInstanceOfSatisfying(
                            DomainException.class, e -> assertThat(e.field()).isEqualTo("followUpDue"));
            assertThatThrownBy(() -> instructions.record(draft(InstructionSubject.ADOPTION, 987_654L, null, null)))
                    .isInstanceOf(NotFoundException.class);
            return null;
        });
        assertThat(auditable()).isZero();
        InstructionView read = accounts.runAs(
                "t.editor", () -> instructions.record(draft(InstructionSubject.ADOPTION, a.id(), null, null)));
        assertThat(read.followUpStatus()).isEqualTo(FollowUpStatus.NONE);
        accounts.runAs("t.editor", () -> {
            assertThatThrownBy(() -> instructions.followUp(read.id(), FollowUpStatus.DONE, "无", read.version()))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.instruction.noFollowUp"));
            return null;
        });
    }

    @Test
    void anInstructionOnAnEditionCreditsEveryUnitOfItsItemsAndShowsOnTheEditionPage() {
        AdoptionView a = adopted("t.lx.writer", "t.lx.head", "理县旅游公路建成通车");
        long journalId =
                accounts.runAs("t.office", () -> journals.list()).getFirst().id();
        long edition = accounts.runAs("t.office", () -> {
            long id = editions.create(journalId, "PUBLIC", null).id();
            adoptionPlacement.addToEdition(a.id(), id, "", ItemUse.FULL_TEXT, null, null);
            editions.addItem(
                    id,
                    new EditionItemDraft(
                            "", "茂县信息", "<p>茂县。</p>", List.of(new Credit(org("maoxian"), null)), null, null));
            assertThatThrownBy(() -> instructions.record(draft(InstructionSubject.EDITION, id, null, null)))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.instruction.edition.notIssued"));
            return id;
        });
        signOffAndRelease("t.office", edition);
        events.clear();
        InstructionView i = accounts.runAs(
                "t.office", () -> instructions.record(draft(InstructionSubject.EDITION, edition, null, null)));
        assertThat(i.organisationIds()).containsExactlyInAnyOrder(org("lixian"), org("maoxian"));
        assertThat(events.stream(InstructionRecorded.class))
                .singleElement()
                .satisfies(e -> assertThat(e.subject()).isEqualTo(InstructionSubject.EDITION));
        var shown = accounts.runAs(
                "t.office",
                () -> remarks.stream().flatMap(r -> r.remarks(edition).stream()).toList());
        assertThat(shown).anySatisfy(r -> {
            assertThat(r.text()).isEqualTo("请省农业农村厅总结推广。");
            assertThat(r.href()).isEqualTo("/admin/reporting/instructions/" + i.id());
        });
    }
}
