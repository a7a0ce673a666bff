package org.civitas.workflow;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.RoleForm;
import org.civitas.identity.RoleService;
import org.civitas.identity.UserForm;
import org.civitas.identity.UserService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.identity.trusted.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One application context for all workflow tests (with identity's demo data), with recorded events.
 * Identity's directory is stood in for by {@link WorkflowTestUsers}, so that each test user has the
 * workflow groups the tests need; access control is identity's own, reading the signed-in
 * {@link CivitasUser}. Service tests sign in made-up users; console tests act as real accounts
 * ({@link #as}), because the console reloads the signed-in user from the database on every request.
 * Subclasses carry {@link org.civitas.support.DatabaseTest} themselves.
 */
@SpringBootTest(
        properties = {"civitas.demo.mode=always", "civitas.identity.admin-password=" + WorkflowIntegrationTest.PASSWORD
        })
@AutoConfigureMockMvc
@RecordApplicationEvents
abstract class WorkflowIntegrationTest {

    static final String PASSWORD = "Workflow#Test-2026";
    private static final String OWN_PASSWORD = "Workflow#Mine-2026";

    /** Accounts beyond the demo's admin and secadmin, with the chain permissions some of them hold. */
    private static final Map<String, Set<String>> ACCOUNTS = Map.of(
            "author", Set.of(),
            "editor1", Set.of(),
            "editor2", Set.of(),
            "chief", Set.of(),
            "outsider", Set.of(),
            "nobody", Set.of(),
            "reader", Set.of(WorkflowPermissions.CHAIN_READ));

    @MockitoBean
    UserDirectory directory;

    @MockitoBean
    OrganisationDirectory organisations;

    @Autowired
    ApplicationEvents events;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    UserService userService;

    @Autowired
    RoleService roleService;

    @BeforeEach
    void standInForIdentity() {
        WorkflowTestUsers.stub(directory, organisations);
        accounts();
        events.clear();
    }

    @AfterEach
    void signOut() {
        WorkflowTestUsers.signOut();
    }

    /** Acts in the console as the real account {@code username}, with its grants as they are now. */
    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    /** Creates the test accounts once per database, and gives admin and reader the chain permissions. */
    private void accounts() {
        if (exists("reader")) {
            return;
        }
        var admin = (CivitasUser) userDetails.loadUserByUsername("admin");
        ACCOUNTS.keySet().forEach(username -> {
            runAs(
                    "admin",
                    () -> userService.create(
                            new UserForm(username, "测试 " + username, admin.organisationId(), null, null, PASSWORD)));
            runAs(username, () -> {
                userService.changeOwnPassword(PASSWORD, OWN_PASSWORD);
                return null;
            });
        });
        runAs("secadmin", () -> {
            var chains = roleService.create(new RoleForm(
                    "WORKFLOW_CHAINS",
                    "审核链管理",
                    null,
                    Set.of(WorkflowPermissions.CHAIN_READ, WorkflowPermissions.CHAIN_WRITE)));
            var readers = roleService.create(
                    new RoleForm("WORKFLOW_CHAIN_READERS", "审核链查看", null, Set.of(WorkflowPermissions.CHAIN_READ)));
            roleService.grant(admin.id(), chains.id(), DataScope.ALL, admin.organisationId());
            roleService.grant(id("reader"), readers.id(), DataScope.ALL, admin.organisationId());
            return null;
        });
    }

    private boolean exists(String username) {
        try {
            userDetails.loadUserByUsername(username);
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    private long id(String username) {
        return ((CivitasUser) userDetails.loadUserByUsername(username)).id();
    }

    private <T> T runAs(String username, Supplier<T> action) {
        var principal = (CivitasUser) userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
