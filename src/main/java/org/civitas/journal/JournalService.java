package org.civitas.journal;

import java.util.List;

/**
 * The journals of the information office. Defining, changing and deleting need
 * {@link JournalPermissions#MANAGE}; listing needs any journal permission. Each write publishes one of
 * {@link JournalDefined}, {@link JournalChanged}, {@link JournalDeleted}; refusals are
 * {@link org.civitas.platform.DomainException}s naming the field, and change nothing.
 */
public interface JournalService {

    /** All journals, by name. */
    List<JournalView> list();

    JournalView get(long id);

    JournalView define(JournalDefinition definition);

    /** Replaces everything but the code; refuses when someone else saved the journal since {@code expectedVersion}. */
    JournalView change(long id, JournalDefinition definition, long expectedVersion);

    /** Deletes a journal that has no editions yet. */
    void delete(long id);
}
