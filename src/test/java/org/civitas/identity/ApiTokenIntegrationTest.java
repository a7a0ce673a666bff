package org.civitas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.identity.IdentityTestSupport.PASSWORD;
import static org.civitas.identity.IdentityTestSupport.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.civitas.audit.AuditPermissions;
import org.civitas.identity.trusted.OperatorCommands;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.DomainException;
import org.civitas.storage.StoragePermissions;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Tokens are for machines: scoped (read-only unless more is chosen), on the API only, issued by
 * their owners (the security administrator for service accounts), and they stop when their owner
 * could not work: password changed or reset, disabled, locked, due to change the password, or an
 * administrator. Shares its context with {@link SecurityIntegrationTest}.
 */
@DatabaseTest
@CivitasIntegrationTest
class ApiTokenIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Autowired
    RoleService roles;

    @Autowired
    TokenService tokens;

    @Autowired
    OperatorCommands operator;

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    UserDetailsService principals;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        TestSecurityContextHolder.clearContext();
    }

    @Test
    void aTokenAuthenticatesOnTheApiUntilRevokedOrExpired() throws Exception {
        String owner = person(IdentityPermissions.ORGANISATION_READ);
        var issued = issue(owner, Set.of());
        api(issued.secret())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(owner));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer cvt_forged"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""));

        jdbc.update(
                "update api_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)),
                issued.token().id());
        api(issued.secret()).andExpect(status().isUnauthorized());

        var second = issue(owner, Set.of());
        signIn(principals, owner);
        tokens.revoke(second.token().id());
        api(second.secret()).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenIsRefusedOnConsolePagesAndForms() throws Exception {
        String owner = person(IdentityPermissions.ORGANISATION_READ);
        String secret = issue(owner, Set.of()).secret();
        mvc.perform(get("/admin/profile").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        // no CSRF token: a form post with a token is refused, never let past as a machine call
        mvc.perform(post("/admin/profile/tokens")
                        .header("Authorization", "Bearer " + secret)
                        .param("name", "由令牌签发")
                        .param("days", "365"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from api_token where name = '由令牌签发'", Integer.class))
                .isZero();
    }

    @Test
    void aTokenIsReadOnlyUnlessMoreIsChosenAndNeverExceedsItsOwner() throws Exception {
        String owner =
                person(IdentityPermissions.ORGANISATION_READ, IdentityPermissions.USER_READ, StoragePermissions.UPLOAD);
        api(issue(owner, Set.of()).secret())
                .andExpect(jsonPath("$.permissions.length()").value(2))
                .andExpect(jsonPath("$.permissions[0]").value(IdentityPermissions.ORGANISATION_READ))
                .andExpect(jsonPath("$.permissions[1]").value(IdentityPermissions.USER_READ));
        api(issue(owner, Set.of(StoragePermissions.UPLOAD)).secret())
                .andExpect(jsonPath("$.permissions.length()").value(1))
                .andExpect(jsonPath("$.permissions[0]").value(StoragePermissions.UPLOAD));
        signIn(principals, owner);
        assertThat(tokens.grantableScope(users.search(owner, null, org.springframework.data.domain.Pageable.ofSize(1))
                        .getContent()
                        .getFirst()
                        .id()))
                .containsExactlyInAnyOrder(
                        IdentityPermissions.ORGANISATION_READ,
                        IdentityPermissions.USER_READ,
                        StoragePermissions.UPLOAD);
        assertThatThrownBy(() -> tokens.issueForSelf("越权", 5, Set.of(AuditPermissions.READ)))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("token.scope.invalid");
    }

    @Test
    void tokensStopWhenThePasswordChangesOrIsResetOrTheOwnerIsDisabledOrLocked() throws Exception {
        String owner = person(IdentityPermissions.ORGANISATION_READ);
        long id = idOf(owner);
        String before = issue(owner, Set.of()).secret();
        signIn(principals, owner);
        users.changeOwnPassword(PASSWORD, "Changed#Passw0rd-2026");
        api(before).andExpect(status().isUnauthorized());

        String afterChange = issue(owner, Set.of()).secret();
        api(afterChange).andExpect(status().isOk());
        signIn(principals, "admin");
        users.resetPassword(id);
        api(afterChange).andExpect(status().isUnauthorized());
        // while the owner must change the reset password, no token works, not even a new one
        String whileMustChange = issue(owner, Set.of()).secret();
        api(whileMustChange).andExpect(status().isUnauthorized());

        jdbc.update("update app_user set must_change_password = false where id = ?", id);
        String fresh = issue(owner, Set.of()).secret();
        api(fresh).andExpect(status().isOk());
        jdbc.update(
                "update app_user set locked_until = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(600)),
                id);
        api(fresh).andExpect(status().isUnauthorized());
        jdbc.update("update app_user set locked_until = null where id = ?", id);
        api(fresh).andExpect(status().isOk());

        signIn(principals, "admin");
        users.setEnabled(id, false);
        api(fresh).andExpect(status().isUnauthorized());
        signIn(principals, "admin");
        users.setEnabled(id, true);
        api(fresh).andExpect(status().isUnauthorized());
    }

    @Test
    void administratorsHoldNoTokensAndAPersonsTokenStopsWhenTheyBecomeOne() throws Exception {
        for (String administrator : List.of("admin", "secadmin", "auditor")) {
            signIn(principals, administrator);
            assertThatThrownBy(() -> tokens.issueForSelf("管理员令牌", 365)).isInstanceOf(AccessDeniedException.class);
        }
        String owner = person(IdentityPermissions.ORGANISATION_READ);
        String secret = issue(owner, Set.of()).secret();
        api(secret).andExpect(status().isOk());
        signIn(principals, "secadmin");
        long auditor = roles.roles().stream()
                .filter(r -> r.code().equals("AUDITOR"))
                .findFirst()
                .orElseThrow()
                .id();
        roles.grant(idOf(owner), auditor, DataScope.ALL, root());
        api(secret).andExpect(status().isUnauthorized());
    }

    @Test
    void aServiceAccountScrapesMetricsWithATokenTheSecurityAdministratorIssued() throws Exception {
        signIn(principals, "admin");
        String name = "svc." + UUID.randomUUID().toString().substring(0, 8);
        long service = users.createServiceAccount(new UserDraft(name, "监控采集", root(), null, null, null))
                .id();
        signIn(principals, "secadmin");
        var metrics = roles.create(new RoleDraft(
                "METRICS_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                "监控采集",
                null,
                Set.of(IdentityPermissions.OPERATIONS_METRICS)));
        roles.grant(service, metrics.id(), DataScope.OWN, root());
        String scraper = tokens.issue(service, "prometheus", 30, Set.of(IdentityPermissions.OPERATIONS_METRICS))
                .secret();
        signOut();
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + scraper))
                .andExpect(status().isOk());
        String person =
                issue(person(IdentityPermissions.ORGANISATION_READ), Set.of()).secret();
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + person))
                .andExpect(status().isForbidden());

        // the operator too issues for service accounts only; nobody signs in as one with a password
        assertThat(operator.createToken(name, "cli", 1).secret()).startsWith("cvt_");
        assertThatThrownBy(() -> operator.createToken("auditor", "cli", 1))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey())
                .isEqualTo("token.serviceAccountsOnly");
        operator.resetPassword(name, "Known#Service-2026");
        signOut();
        mvc.perform(formLogin().user(name).password("Known#Service-2026")).andExpect(unauthenticated());
    }

    /** A machine call: nothing of the test's own sign-ins may travel with it. */
    private ResultActions api(String secret) throws Exception {
        signOut();
        return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret));
    }

    private IssuedToken issue(String owner, Set<String> scope) {
        signIn(principals, owner);
        try {
            return tokens.issueForSelf("测试", 5, scope);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A person in the root organisation holding a role with {@code permissions}, past the first password change. */
    private String person(String... permissions) {
        String username = "tok." + UUID.randomUUID().toString().substring(0, 8);
        signIn(principals, "admin");
        long id = users.create(new UserDraft(username, "令牌测试", root(), null, null, PASSWORD))
                .user()
                .id();
        jdbc.update("update app_user set must_change_password = false where id = ?", id);
        signIn(principals, "secadmin");
        var role = roles.create(new RoleDraft(
                "TOK_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(),
                "令牌测试",
                null,
                Set.of(permissions)));
        roles.grant(id, role.id(), DataScope.OWN, root());
        SecurityContextHolder.clearContext();
        return username;
    }

    private long idOf(String username) {
        return ((CivitasUser) principals.loadUserByUsername(username)).id();
    }

    private long root() {
        return directory.all().getFirst().id();
    }
}
