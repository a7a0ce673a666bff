package org.civitas.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Set;
import java.util.TreeSet;
import org.civitas.identity.AccessControl;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, for machine clients checking their token. */
@RestController
@RequestMapping("/api/v1")
class MeController {

    private final AccessControl access;

    MeController(AccessControl access) {
        this.access = access;
    }

    @GetMapping("/me")
    @Operation(summary = "The caller: user, organisation, clearance and permissions")
    Me me() {
        var user = access.requireUser();
        return new Me(
                user.id(),
                user.getUsername(),
                user.displayName(),
                user.organisationId(),
                user.clearance(),
                new TreeSet<>(user.permissions()));
    }

    record Me(
            long id,
            String username,
            String displayName,
            long organisationId,
            String clearance,
            Set<String> permissions) {}
}
