package org.civitas.identity;

import java.util.List;

/** Managing the organisation tree (system administrator), always within the caller's data scope. */
public interface OrganisationService {

    /** The organisations the caller may read, in tree order. */
    List<OrganisationView> visibleTree();

    OrganisationView get(long id);

    OrganisationView create(OrganisationDraft form);

    OrganisationView update(long id, OrganisationDraft form);

    /** Moves an organisation with its subtree; refuses a move under itself or its own descendants. */
    OrganisationView move(long id, Long newParentId);

    /** Deletes an empty organisation; refuses, with the reason, one that has children, users or grants. */
    void delete(long id);
}
