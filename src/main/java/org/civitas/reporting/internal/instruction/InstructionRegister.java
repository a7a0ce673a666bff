package org.civitas.reporting.internal.instruction;

import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationScope;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.civitas.reporting.FollowUpStatus;
import org.civitas.reporting.InstructionDraft;
import org.civitas.reporting.InstructionFollowedUp;
import org.civitas.reporting.InstructionLevel;
import org.civitas.reporting.InstructionRecorded;
import org.civitas.reporting.InstructionService;
import org.civitas.reporting.InstructionSubject;
import org.civitas.reporting.InstructionView;
import org.civitas.reporting.ReportingPermissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class InstructionRegister implements InstructionService {

    private final Instructions instructions;
    private final InstructionSubjectFinder subjects;
    private final InstructionValidator rules;
    private final AccessControl access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InstructionRegister(
            Instructions instructions,
            InstructionSubjectFinder subjects,
            InstructionValidator rules,
            AccessControl access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.instructions = instructions;
        this.subjects = subjects;
        this.rules = rules;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    @PreAuthorize("hasAnyAuthority('" + ReportingPermissions.EDIT + "', '" + ReportingPermissions.INSTRUCT + "')")
    public InstructionView record(InstructionDraft draft) {
        Instruction.Words words = rules.check(draft);
        Instruction.Subject subject = subjects.find(draft.subject(), draft.subjectId());
        Instruction i = instructions.saveAndFlush(
                new Instruction(subject, words, access.requireUser().getUsername(), clock.instant()));
        events.publishEvent(new InstructionRecorded(
                i.id(),
                subject.type(),
                subject.id(),
                words.level(),
                words.leaderName(),
                words.instructedOn(),
                List.copyOf(i.organisationIds())));
        return i.view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + ReportingPermissions.EDIT + "')")
    public InstructionView followUp(long id, FollowUpStatus status, String note, long expectedVersion) {
        Instruction i = load(id, office());
        if (i.version() != expectedVersion) {
            throw new DomainException("reporting.stale");
        }
        String checked = rules.note(note);
        i.followUp(status, checked, access.requireUser().getUsername(), clock.instant());
        instructions.flush();
        events.publishEvent(new InstructionFollowedUp(i.id(), status, checked));
        return i.view();
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + ReportingPermissions.EDIT + "', '" + ReportingPermissions.SUBMIT + "', '"
            + ReportingPermissions.SIGNOFF + "', '" + ReportingPermissions.INSTRUCT + "')")
    public InstructionView get(long id) {
        return load(id, visible()).view();
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + ReportingPermissions.EDIT + "', '" + ReportingPermissions.SUBMIT + "', '"
            + ReportingPermissions.SIGNOFF + "', '" + ReportingPermissions.INSTRUCT + "')")
    public List<InstructionView> on(InstructionSubject subject, long subjectId) {
        Predicate<Instruction> visible = visible();
        return instructions.findBySubjectAndSubjectIdOrderByInstructedOnDescIdDesc(subject, subjectId).stream()
                .filter(visible)
                .map(Instruction::view)
                .toList();
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + ReportingPermissions.EDIT + "', '" + ReportingPermissions.SUBMIT + "', '"
            + ReportingPermissions.SIGNOFF + "', '" + ReportingPermissions.INSTRUCT + "')")
    public List<InstructionView> register(InstructionLevel level, FollowUpStatus status) {
        Predicate<Instruction> visible = visible();
        return instructions.findAllByOrderByInstructedOnDescIdDesc().stream()
                .filter(visible)
                .map(Instruction::view)
                .filter(v -> level == null || v.level() == level)
                .filter(v -> status == null || v.followUpStatus() == status)
                .toList();
    }

    private Instruction load(long id, Predicate<Instruction> visible) {
        return instructions.findById(id).filter(visible).orElseThrow(() -> new NotFoundException("Instruction", id));
    }

    /** Within clearance, and crediting a unit of the reader's (the office's: in scope, or crediting none). */
    private Predicate<Instruction> visible() {
        Predicate<Instruction> office = office().or(leader());
        OrganisationScope submit = access.scope(ReportingPermissions.SUBMIT);
        OrganisationScope signoff = access.scope(ReportingPermissions.SIGNOFF);
        return office.or(i -> access.canRead(i.label())
                && i.organisationIds().stream().anyMatch(o -> submit.contains(o) || signoff.contains(o)));
    }

    /** A leader's: within clearance, crediting a unit in their scope or none. */
    private Predicate<Instruction> leader() {
        boolean leader = access.currentUser()
                .map(u -> u.has(ReportingPermissions.INSTRUCT))
                .orElse(false);
        OrganisationScope instruct = access.scope(ReportingPermissions.INSTRUCT);
        return i -> leader
                && access.canRead(i.label())
                && (instruct.all()
                        || i.organisationIds().isEmpty()
                        || i.organisationIds().stream().anyMatch(instruct::contains));
    }

    private Predicate<Instruction> office() {
        boolean editor =
                access.currentUser().map(u -> u.has(ReportingPermissions.EDIT)).orElse(false);
        OrganisationScope edit = access.scope(ReportingPermissions.EDIT);
        return i -> editor
                && access.canRead(i.label())
                && (edit.all()
                        || i.organisationIds().isEmpty()
                        || i.organisationIds().stream().anyMatch(edit::contains));
    }
}
