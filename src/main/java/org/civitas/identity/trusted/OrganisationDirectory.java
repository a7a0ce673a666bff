package org.civitas.identity.trusted;

import java.util.List;
import java.util.Optional;
import org.civitas.identity.OrganisationView;

/** Trusted port: no permission checks; reads the organisation tree for other modules (callers filter by scope). */
public interface OrganisationDirectory {

    Optional<OrganisationView> find(long id);

    /** The organisation and all its descendants, in tree order. */
    List<OrganisationView> subtree(long id);

    /** The whole tree in tree order (parents before children, siblings by sort order). */
    List<OrganisationView> all();
}
