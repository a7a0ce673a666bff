package org.civitas.journal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.Set;
import java.util.function.Supplier;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.journal.EditionService;
import org.civitas.journal.JournalPermissions;
import org.civitas.journal.JournalService;
import org.civitas.platform.RunningAs;
import org.civitas.workflow.ReviewChainService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What the journal console tests share: the console through MockMvc, the journal services, real demo accounts
 * given journal roles through identity's services, and stand-ins for service calls. Each test class still carries
 * {@code @CivitasIntegrationTest} itself (this adds no configuration: they keep sharing the one context).
 */
abstract class JournalConsoleSupport {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    RoleService roles;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    JournalService journals;

    @Autowired
    EditionService editions;

    @Autowired
    ReviewChainService chains;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** Lets {@code admin} manage journals and compile and read editions, as the office does. */
    void grantTheOfficeToAdmin() {
        grantOnce(
                "admin",
                "JOURNAL_OFFICE_TEST",
                JournalPermissions.MANAGE,
                JournalPermissions.COMPILE,
                JournalPermissions.READ);
    }

    void grantOnce(String username, String roleCode, String... permissions) {
        CivitasUser user = (CivitasUser) userDetails.loadUserByUsername(username);
        if (user.has(permissions[0])) {
            return;
        }
        long root = organisations.all().getFirst().id();
        runAs("secadmin", () -> {
            var role = roles.roles().stream()
                    .filter(r -> r.code().equals(roleCode))
                    .findFirst()
                    .orElseGet(() -> roles.create(new RoleDraft(roleCode, roleCode, null, Set.of(permissions))));
            return roles.grant(user.id(), role.id(), DataScope.ALL, root);
        });
    }

    <T> T runAs(String username, Supplier<T> action) {
        return RunningAs.account(userDetails.loadUserByUsername(username), action);
    }

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    /**
     * Runs service calls as a stand-in that is no account, cleared for everything and holding {@code permissions}
     * (the demo accounts are cleared for 公开 only); leaves nobody signed in.
     */
    static <T> T asStandIn(long id, String username, Set<String> permissions, Supplier<T> action) {
        var standIn = new CivitasUser(id, username, username, 1L, "SENSITIVE", permissions, true, false, false, null);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(standIn, null, standIn.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
