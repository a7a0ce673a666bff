package org.civitas.journal.internal;

import java.time.Clock;
import java.util.List;
import org.civitas.journal.JournalChanged;
import org.civitas.journal.JournalDefined;
import org.civitas.journal.JournalDefinition;
import org.civitas.journal.JournalDeleted;
import org.civitas.journal.JournalPermissions;
import org.civitas.journal.JournalService;
import org.civitas.journal.JournalView;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.DomainException;
import org.civitas.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JournalAdministration implements JournalService {

    private final Journals journals;
    private final Editions editions;
    private final JournalValidator rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JournalAdministration(
            Journals journals,
            Editions editions,
            JournalValidator rules,
            ApplicationEventPublisher events,
            Clock clock) {
        this.journals = journals;
        this.editions = editions;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + JournalPermissions.MANAGE + "', '" + JournalPermissions.COMPILE + "', '"
            + JournalPermissions.READ + "')")
    public List<JournalView> list() {
        return journals.findAllByOrderByNameAsc().stream().map(Journal::view).toList();
    }

    @Override
    @PreAuthorize("hasAnyAuthority('" + JournalPermissions.MANAGE + "', '" + JournalPermissions.COMPILE + "', '"
            + JournalPermissions.READ + "')")
    public JournalView get(long id) {
        return load(id).view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.MANAGE + "')")
    public JournalView define(JournalDefinition definition) {
        String code = JournalValidator.code(definition == null ? null : definition.code());
        JournalDefinition d = rules.check(definition);
        if (journals.existsByCode(code)) {
            throw DomainException.onField("code", "journal.code.taken", code);
        }
        if (journals.existsByName(d.name())) {
            throw DomainException.onField("name", "journal.name.taken", d.name());
        }
        Journal journal = new Journal(code, clock.instant());
        journal.describe(d, clock.instant());
        journals.saveAndFlush(journal);
        events.publishEvent(new JournalDefined(journal.id(), code, AuditSummary.of("JournalDefined", code, d.name())));
        return journal.view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.MANAGE + "')")
    public JournalView change(long id, JournalDefinition definition, long expectedVersion) {
        Journal journal = load(id);
        if (journal.version() != expectedVersion) {
            throw new DomainException("journal.stale", journal.name());
        }
        JournalDefinition d = rules.check(definition);
        if (journals.existsByNameAndIdNot(d.name(), journal.id())) {
            throw DomainException.onField("name", "journal.name.taken", d.name());
        }
        journal.describe(d, clock.instant());
        journals.flush();
        events.publishEvent(new JournalChanged(
                journal.id(),
                journal.code(),
                AuditSummary.of(
                        "JournalChanged",
                        journal.code(),
                        d.name(),
                        AuditSummary.label("journal.level.", d.level()),
                        d.audienceOrganisationIds(),
                        d.audienceRoleCodes(),
                        d.minimumClearance())));
        return journal.view();
    }

    @Override
    @Transactional
    @PreAuthorize("hasAuthority('" + JournalPermissions.MANAGE + "')")
    public void delete(long id) {
        Journal journal = load(id);
        if (editions.existsByJournalId(journal.id())) {
            throw new DomainException("journal.delete.hasEditions", journal.name());
        }
        journals.delete(journal);
        journals.flush();
        events.publishEvent(new JournalDeleted(
                journal.id(), journal.code(), AuditSummary.of("JournalDeleted", journal.code(), journal.name())));
    }

    private Journal load(long id) {
        return journals.findById(id).orElseThrow(() -> new NotFoundException("Journal", id));
    }
}
