package org.civitas.identity;

import java.util.List;
import java.util.Optional;

/** Read access to the organisation tree for other modules (no permission filtering: callers filter by scope). */
public interface OrganisationDirectory {

    Optional<OrganisationView> find(long id);

    /** The organisation and all its descendants, in tree order. */
    List<OrganisationView> subtree(long id);

    /** The whole tree in tree order (parents before children, siblings by sort order). */
    List<OrganisationView> all();
}
