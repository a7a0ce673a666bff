package org.civitas.identity.web;

import org.civitas.identity.AccessControl;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user ({@code me}) and their organisation into every console model, for the layout. */
@ControllerAdvice(basePackages = "org.civitas")
class CurrentUserAdvice {

    private final AccessControl access;
    private final OrganisationDirectory organisations;

    CurrentUserAdvice(AccessControl access, OrganisationDirectory organisations) {
        this.access = access;
        this.organisations = organisations;
    }

    @ModelAttribute("me")
    CivitasUser me() {
        return access.currentUser().orElse(null);
    }

    @ModelAttribute("myOrganisation")
    OrganisationView myOrganisation() {
        return access.currentUser()
                .flatMap(u -> organisations.find(u.organisationId()))
                .orElse(null);
    }
}
