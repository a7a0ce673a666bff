package org.civitas.reporting.internal.scoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;
import org.civitas.journal.EditionReleased;
import org.civitas.journal.EditionView;
import org.civitas.journal.JournalLevel;
import org.civitas.journal.trusted.ReleasedEditions;
import org.civitas.reporting.AdoptionPlacement;
import org.civitas.reporting.CommissionClosed;
import org.civitas.reporting.InstructionRecorded;
import org.civitas.reporting.ScoreRules;
import org.civitas.reporting.ScoreUse;
import org.civitas.reporting.internal.adoption.Adoptions;
import org.civitas.reporting.internal.instruction.Instruction;
import org.civitas.reporting.internal.instruction.Instructions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what happens on the desk into score facts, in the transaction of the write that caused them: a released
 * edition credits every unit of each adopted item it carries (by journal level and kind of use; merged for a
 * merged adoption), an instruction every unit credited with its subject, a closed commission its answers and
 * misses. Facts about an item carry its labels (and the edition's), so that nobody's scores count it above their
 * clearance.
 */
@Component
class ScoreListener {

    private final ScoreLedger ledger;
    private final Adoptions adoptions;
    private final Instructions instructions;
    private final ReleasedEditions editions;
    private final Clock clock;

    ScoreListener(
            ScoreLedger ledger,
            Adoptions adoptions,
            Instructions instructions,
            ReleasedEditions editions,
            Clock clock) {
        this.ledger = ledger;
        this.adoptions = adoptions;
        this.instructions = instructions;
        this.editions = editions;
        this.clock = clock;
    }

    /**
     * Reads the edition through journal's trusted port: whoever released it (a signer without journal rights,
     * a scheduled job) needs no right to read it for its units to be credited.
     */
    @EventListener
    void on(EditionReleased released) {
        ReleasedEditions.ReleasedEdition found =
                editions.find(released.editionId()).orElseThrow();
        EditionView edition = found.edition();
        JournalLevel level = found.level();
        // the month the units' items reached the edition's readers
        YearMonth month = YearMonth.from(LocalDate.ofInstant(
                edition.releasedAt() != null ? edition.releasedAt() : clock.instant(), clock.getZone()));
        for (EditionView.Section section : edition.sections()) {
            for (EditionView.Item item : section.items()) {
                if (AdoptionPlacement.SOURCE_TYPE.equals(item.sourceType())) {
                    credit(item, level, month, released.editionId(), edition.securityLabel());
                }
            }
        }
    }

    private void credit(
            EditionView.Item item, JournalLevel level, YearMonth month, long editionId, String editionLabel) {
        long adoptionId;
        try {
            adoptionId = Long.parseLong(item.sourceId());
        } catch (NumberFormatException e) {
            return;
        }
        adoptions.findById(adoptionId).ifPresent(a -> {
            ScoreUse use =
                    a.merged() ? ScoreUse.MERGED : ScoreUse.valueOf(item.use().name());
            Set<Long> units = new LinkedHashSet<>();
            a.credits().forEach(c -> units.add(c.organisationId()));
            ledger.record(
                    units,
                    month,
                    ScoreRules.publication(level, use),
                    1,
                    "edition:" + editionId + ":" + adoptionId,
                    new ScoreFact.Labels(a.label(), editionLabel));
        });
    }

    @EventListener
    void on(InstructionRecorded recorded) {
        ledger.record(
                recorded.organisationIds(),
                YearMonth.from(recorded.instructedOn()),
                ScoreRules.instruction(recorded.level()),
                1,
                "instruction:" + recorded.instructionId(),
                new ScoreFact.Labels(
                        instructions
                                .findById(recorded.instructionId())
                                .map(Instruction::label)
                                .orElseThrow(),
                        null));
    }

    @EventListener
    void on(CommissionClosed closed) {
        YearMonth month = YearMonth.from(closed.dueDate());
        String source = "commission:" + closed.commissionId();
        ledger.record(closed.onTime(), month, ScoreRules.COMMISSION_ON_TIME, 1, source);
        ledger.record(closed.late(), month, ScoreRules.COMMISSION_LATE, 1, source);
        ledger.record(closed.missed(), month, ScoreRules.COMMISSION_MISSED, 1, source);
    }
}
