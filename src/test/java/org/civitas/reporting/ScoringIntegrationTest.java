package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.civitas.journal.EditionService;
import org.civitas.journal.ItemUse;
import org.civitas.journal.JournalLevel;
import org.civitas.journal.JournalService;
import org.civitas.platform.DomainException;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scores follow the rule table and are recomputed from the ledger's facts when it changes. Other tests of the
 * same database leave facts too, so every check compares a unit's score before and after.
 */
@DatabaseTest
class ScoringIntegrationTest extends ReportingIntegrationTest {

    static final YearMonth NOW = YearMonth.now();

    @Autowired
    SubmissionService submissions;

    @Autowired
    DeskService desk;

    @Autowired
    AdoptionPlacement adoptionPlacement;

    @Autowired
    InstructionService instructions;

    @Autowired
    UnitScoring scores;

    @Autowired
    ScoringService scoring;

    @Autowired
    EditionService editions;

    @Autowired
    JournalService journals;

    @BeforeEach
    void accounts() {
        ensureAccounts();
        accounts.ensureOffice();
    }

    SubmissionView submitted(String writer, String head, String title) {
        return submitted(writer, head, title, null);
    }

    SubmissionView submitted(String writer, String head, String title, String label) {
        long id = accounts.runAs(
                        writer,
                        () -> submissions.submit(new SubmissionDraft(
                                null,
                                title,
                                "<p>" + title + "，详细情况如下。</p>",
                                Category.SAFETY,
                                Urgency.URGENT,
                                label,
                                "负责人",
                                null,
                                List.of())))
                .id();
        signOff(head, id);
        return accounts.runAs(writer, () -> submissions.get(id));
    }

    UnitScore score(long org) {
        return accounts.runAs("t.office", () -> scores.scores(NOW, NOW)).stream()
                .filter(s -> s.organisationId() == org)
                .findFirst()
                .orElseThrow();
    }

    BigDecimal points(String code) {
        return accounts.runAs("t.office", () -> scoring.rules()).stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow()
                .points();
    }

    @Test
    void aReleasedEditionCreditsEveryUnitOfAMergedAdoptionAndScoresFollowTheRules() {
        long lixian = org("lixian");
        long maoxian = org("maoxian");
        UnitScore lxBefore = score(lixian);
        UnitScore mxBefore = score(maoxian);

        SubmissionView a = submitted("t.lx.writer", "t.lx.head", "理县山洪灾害应急处置");
        SubmissionView b = submitted("t.mx.writer", "t.mx.head", "茂县山洪灾害应急处置");
        SubmissionView single = submitted("t.lx.writer", "t.lx.head", "理县春耕备耕进展");
        long journalId = accounts.runAs("t.office", () -> journals.list()).stream()
                .filter(j -> j.level() == JournalLevel.MUNICIPAL)
                .findFirst()
                .orElseThrow()
                .id();
        AdoptionView merged = accounts.runAs("t.office", () -> desk.merge(List.of(a.id(), b.id()), "两县山洪灾害应急处置", null));
        long edition = accounts.runAs("t.office", () -> {
            AdoptionView alone = desk.adopt(single.id());
            long id = editions.create(journalId, "PUBLIC", null).id();
            // the editor chose 摘编 for the merged item: merged adoption scores as merged whatever the use
            adoptionPlacement.addToEdition(merged.id(), id, "县区动态", ItemUse.EXCERPT, null, null);
            adoptionPlacement.addToEdition(alone.id(), id, "县区动态", ItemUse.FULL_TEXT, null, null);
            assertThat(editions.get(id).sections().getFirst().items())
                    .extracting(i -> i.use())
                    .containsExactly(ItemUse.EXCERPT, ItemUse.FULL_TEXT);
            return id;
        });
        signOffAndRelease("t.office", edition);
        accounts.runAs("t.office", () -> {
            instructions.record(new InstructionDraft(
                    InstructionSubject.ADOPTION,
                    merged.id(),
                    "省领导",
                    InstructionLevel.PROVINCIAL,
                    "请两县认真总结经验。",
                    java.time.LocalDate.now(),
                    null,
                    null));
            return null;
        });

        String mergedCode = ScoreRules.publication(JournalLevel.MUNICIPAL, ScoreUse.MERGED);
        String fullCode = ScoreRules.publication(JournalLevel.MUNICIPAL, ScoreUse.FULL_TEXT);
        String instructionCode = ScoreRules.instruction(InstructionLevel.PROVINCIAL);
        UnitScore lx = score(lixian);
        UnitScore mx = score(maoxian);
        assertThat(lx.mergedUses()).isEqualTo(lxBefore.mergedUses() + 1);
        assertThat(lx.fullTextUses()).isEqualTo(lxBefore.fullTextUses() + 1);
        assertThat(lx.instructions().get(InstructionLevel.PROVINCIAL))
                .isEqualTo(lxBefore.instructions().get(InstructionLevel.PROVINCIAL) + 1);
        assertThat(mx.mergedUses()).isEqualTo(mxBefore.mergedUses() + 1);
        assertThat(mx.fullTextUses()).isEqualTo(mxBefore.fullTextUses());
        assertThat(mx.instructionCount()).isEqualTo(mxBefore.instructionCount() + 1);
        assertThat(lx.points().subtract(lxBefore.points()))
                .isEqualByComparingTo(points(mergedCode).add(points(fullCode)).add(points(instructionCode)));
        assertThat(mx.points().subtract(mxBefore.points()))
                .isEqualByComparingTo(points(mergedCode).add(points(instructionCode)));

        // a rule change re-scores the past: the same facts, the new points
        BigDecimal oldMerged = points(mergedCode);
        BigDecimal newMerged = oldMerged.add(new BigDecimal("2.5"));
        events.clear();
        accounts.runAs("t.office", () -> scoring.change(Map.of(mergedCode, newMerged.toPlainString())));
        assertThat(events.stream(ScoreRulesChanged.class)).hasSize(1);
        UnitScore lxAfter = score(lixian);
        assertThat(lxAfter.points().subtract(lx.points()))
                .isEqualByComparingTo(new BigDecimal("2.5").multiply(BigDecimal.valueOf(lx.mergedUses())));
        accounts.runAs("t.office", () -> scoring.change(Map.of(mergedCode, oldMerged.toPlainString())));
        assertThat(score(lixian).points()).isEqualByComparingTo(lx.points());
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher publisher;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    /**
     * Scoring reads the released edition through journal's trusted port, so a release announced by someone who
     * may not read the edition (a sign-off reviewer, a scheduled job) credits its units all the same.
     */
    @Test
    void aReleaseAnnouncedBySomeoneWithoutJournalRightsStillScores() {
        long lixian = org("lixian");
        UnitScore before = score(lixian);
        SubmissionView item = submitted("t.lx.writer", "t.lx.head", "理县秋收进展");
        long journalId = accounts.runAs("t.office", () -> journals.list()).stream()
                .filter(j -> j.level() == JournalLevel.MUNICIPAL)
                .findFirst()
                .orElseThrow()
                .id();
        long edition = accounts.runAs("t.office", () -> {
            AdoptionView adopted = desk.adopt(item.id());
            long id = editions.create(journalId, "PUBLIC", null).id();
            adoptionPlacement.addToEdition(adopted.id(), id, "县区动态", ItemUse.FULL_TEXT, null, null);
            return id;
        });

        signInStandIn("no.journal.rights", "PUBLIC");
        transactions.executeWithoutResult(
                status -> publisher.publishEvent(new org.civitas.journal.EditionReleased(edition, journalId, "")));
        signOut();

        assertThat(score(lixian).fullTextUses()).isEqualTo(before.fullTextUses() + 1);
    }

    @Test
    void aSensitiveAdoptionNeverGoesIntoAPublicEditionNorKeepsItsEditionBelowIt() {
        SubmissionView sensitive = submitted("t.lx.writer", "t.lx.head", "理县山体滑坡隐患排查情况", "SENSITIVE");
        long journalId = accounts.runAs("t.office", () -> journals.list()).stream()
                .filter(j -> j.level() == JournalLevel.MUNICIPAL)
                .findFirst()
                .orElseThrow()
                .id();
        accounts.runAs("t.office", () -> {
            AdoptionView adopted = desk.adopt(sensitive.id());
            assertThat(adopted.label()).isEqualTo("SENSITIVE");
            long publicEdition = editions.create(journalId, "PUBLIC", null).id();
            long version = editions.get(publicEdition).version();
            assertThatThrownBy(() -> adoptionPlacement.addToEdition(
                            adopted.id(), publicEdition, "县区动态", ItemUse.FULL_TEXT, null, null))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("journal.item.label.aboveEdition"));
            assertThat(editions.get(publicEdition).itemCount()).isZero();
            assertThat(editions.get(publicEdition).version()).isEqualTo(version);

            // in an edition labelled as high, the item keeps the adoption's label and holds the edition there
            long sensitiveEdition =
                    editions.create(journalId, "SENSITIVE", null).id();
            adoptionPlacement.addToEdition(adopted.id(), sensitiveEdition, "县区动态", ItemUse.FULL_TEXT, null, null);
            assertThat(editions.get(sensitiveEdition).sections().getFirst().items())
                    .extracting(i -> i.label())
                    .containsExactly("SENSITIVE");
            long current = editions.get(sensitiveEdition).version();
            assertThatThrownBy(() -> editions.describe(sensitiveEdition, "PUBLIC", null, current))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("journal.edition.label.belowItem"));
            assertThat(editions.get(sensitiveEdition).securityLabel()).isEqualTo("SENSITIVE");
            editions.discard(sensitiveEdition);
            editions.discard(publicEdition);
            return null;
        });
    }

    @Test
    void badRulesAndUnendedMonthsAreRefusedAndChangeNothing() {
        String code = ScoreRules.COMMISSION_MISSED;
        BigDecimal before = points(code);
        events.clear();
        accounts.runAs("t.office", () -> {
            assertThatThrownBy(() -> scoring.change(Map.of(code, "-5", "NO_SUCH_RULE", "1")))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.score.rule.unknown"));
            assertThatThrownBy(() -> scoring.change(Map.of(code, "abc")))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.score.points.invalid"));
            assertThatThrownBy(() -> scoring.change(Map.of(code, "1.234"))).isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> scoring.settleQuotas(NOW))
                    .isInstanceOfSatisfying(
                            DomainException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("reporting.score.month.notEnded"));
            return null;
        });
        assertThat(auditable()).isZero();
        assertThat(points(code)).isEqualByComparingTo(before);
    }

    @Test
    void quotaShortfallsOfAMonthAreSettledOnceHoweverOftenTheyAreSettled() {
        YearMonth last = NOW.minusMonths(1);
        long lixian = org("lixian");
        int quota = accounts.runAs("t.office", () -> unitService.typeSettings(UnitType.COUNTY))
                .monthlyQuota();
        accounts.runAs("t.office", () -> scoring.settleQuotas(last));
        long first = accounts.runAs("t.office", () -> scores.scores(last, last)).stream()
                .filter(s -> s.organisationId() == lixian)
                .findFirst()
                .orElseThrow()
                .quotaShortfall();
        assertThat(first).isBetween(0L, (long) quota);
        events.clear();
        accounts.runAs("t.office", () -> scoring.settleQuotas(last));
        assertThat(events.stream(QuotaShortfallsSettled.class)).hasSize(1);
        assertThat(accounts.runAs("t.office", () -> scores.scores(last, last)).stream()
                        .filter(s -> s.organisationId() == lixian)
                        .findFirst()
                        .orElseThrow()
                        .quotaShortfall())
                .isEqualTo(first);
    }

    @Test
    void rankingsOrderByPointsWithTiesSharingARank() {
        List<RankedUnit> ranking = accounts.runAs("t.office", () -> scores.ranking(NOW.minusMonths(3), NOW, null));
        assertThat(ranking).isNotEmpty();
        for (int i = 0; i < ranking.size(); i++) {
            RankedUnit r = ranking.get(i);
            long higher = ranking.stream()
                    .filter(o -> o.score().points().compareTo(r.score().points()) > 0)
                    .count();
            assertThat(r.rank()).isEqualTo(higher + 1);
        }
        List<RankedUnit> counties =
                accounts.runAs("t.office", () -> scores.ranking(NOW.minusMonths(3), NOW, UnitType.COUNTY));
        assertThat(counties).allSatisfy(r -> assertThat(r.score().unitType()).isEqualTo(UnitType.COUNTY));
        assertThat(counties.getFirst().rank()).isEqualTo(1);
        // a unit sees its own line only
        assertThat(accounts.runAs("t.lx.writer", () -> scores.scores(NOW, NOW)))
                .extracting(UnitScore::organisationId)
                .containsExactly(org("lixian"));
    }
}
