package org.civitas.workflow;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.identity.trusted.UserDirectory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The people of the workflow tests and their workflow groups, standing in for identity: {@code author}
 * submits; {@code editor1}/{@code editor2} hold role {@code editor} anywhere; {@code chief} holds
 * {@code chief} for organisation 5, {@code chief6} for organisation 6; {@code outsider} holds nothing
 * relevant; {@code admin} may define chains.
 */
final class WorkflowTestUsers {

    static final long ORG = 5L;

    static final Map<String, Set<String>> GROUPS = Map.of(
            "author", Set.of(),
            "editor1", Set.of("role:editor"),
            "editor2", Set.of("role:editor", "role:reader"),
            "chief", Set.of("role:chief", "role:chief@org:5"),
            "chief6", Set.of("role:chief", "role:chief@org:6"),
            "outsider", Set.of("role:reader"),
            "admin", Set.of());

    private WorkflowTestUsers() {}

    /** Gives the users their workflow groups, and makes organisations 5 and 6 exist. */
    static void stub(UserDirectory directory, OrganisationDirectory organisations) {
        given(directory.workflowGroups(anyString()))
                .willAnswer(invocation -> GROUPS.getOrDefault(invocation.getArgument(0, String.class), Set.of()));
        given(organisations.find(anyLong())).willAnswer(invocation -> {
            long id = invocation.getArgument(0, Long.class);
            return id == 5L || id == 6L
                    ? Optional.of(new OrganisationView(id, 1L, "Org " + id, "org" + id, "UNIT", "/1/" + id + "/", 1, 0))
                    : Optional.empty();
        });
    }

    static CivitasUser user(String username, String... permissions) {
        return new CivitasUser(
                Math.abs(username.hashCode()),
                username,
                username,
                ORG,
                "PUBLIC",
                Set.of(permissions),
                true,
                false,
                false,
                null);
    }

    static void signIn(String username, String... permissions) {
        var user = user(username, permissions);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
