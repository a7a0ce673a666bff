package org.civitas.reporting.internal.instruction;

import java.util.LinkedHashSet;
import java.util.Set;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationScope;
import org.civitas.journal.Credit;
import org.civitas.journal.EditionService;
import org.civitas.journal.EditionView;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.reporting.InstructionSubject;
import org.civitas.reporting.ReportingPermissions;
import org.civitas.reporting.internal.adoption.Adoption;
import org.civitas.reporting.internal.adoption.Adoptions;
import org.springframework.stereotype.Component;

/**
 * Finds what an instruction is recorded on, as the recording editor or leader may see it: an adopted item crediting a
 * unit within their scope ({@code reporting:edit} or {@code reporting:instruct}) and clearance, or an edition the journal module lets the editor read that has been signed off.
 */
@Component
class InstructionSubjectFinder {

    private final Adoptions adoptions;
    private final EditionService editions;
    private final AccessControl access;

    InstructionSubjectFinder(Adoptions adoptions, EditionService editions, AccessControl access) {
        this.adoptions = adoptions;
        this.editions = editions;
        this.access = access;
    }

    Instruction.Subject find(InstructionSubject type, long id) {
        return switch (type) {
            case ADOPTION -> adoption(id);
            case EDITION -> edition(id);
        };
    }

    private Instruction.Subject adoption(long id) {
        OrganisationScope edit = access.scope(ReportingPermissions.EDIT);
        OrganisationScope instruct = access.scope(ReportingPermissions.INSTRUCT);
        Adoption a = adoptions
                .findById(id)
                .filter(x -> access.canRead(x.label()))
                .filter(x -> x.credits().stream()
                        .anyMatch(c -> edit.contains(c.organisationId()) || instruct.contains(c.organisationId())))
                .orElseThrow(() -> new NotFoundException("Adoption", id));
        Set<Long> credited = new LinkedHashSet<>();
        a.credits().forEach(c -> credited.add(c.organisationId()));
        return new Instruction.Subject(InstructionSubject.ADOPTION, id, a.title(), a.label(), credited);
    }

    private Instruction.Subject edition(long id) {
        EditionView e = editions.get(id);
        if (!e.state().numbered()) {
            throw DomainException.onField("subjectId", "reporting.instruction.edition.notIssued");
        }
        Set<Long> credited = new LinkedHashSet<>();
        e.sections()
                .forEach(s -> s.items()
                        .forEach(i ->
                                i.credits().stream().map(Credit::organisationId).forEach(credited::add)));
        String title = e.journalName() + " " + e.numberText();
        return new Instruction.Subject(InstructionSubject.EDITION, id, title, e.securityLabel(), credited);
    }
}
