package org.civitas.identity.web;

import java.util.List;
import org.civitas.identity.AccessControl;
import org.civitas.identity.OrganisationScope;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.springframework.stereotype.Component;

/**
 * Organisations to offer in a select box: those inside the caller's scope for one permission, as an
 * indented tree. Needs no {@code organisation:read}, so a security administrator or a unit administrator
 * can pick organisations for the permission they hold.
 */
@Component
class ScopedOrganisations {

    private final OrganisationDirectory directory;
    private final AccessControl access;

    ScopedOrganisations(OrganisationDirectory directory, AccessControl access) {
        this.directory = directory;
        this.access = access;
    }

    List<OrganisationTree.Option> options(String permission) {
        OrganisationScope scope = access.scope(permission);
        var visible =
                directory.all().stream().filter(o -> scope.contains(o.id())).toList();
        return OrganisationTree.of(visible).options();
    }
}
