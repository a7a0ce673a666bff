package org.civitas.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civitas.site.SitePermissions.SITE_CREATE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.civitas.audit.AuditPermissions;
import org.civitas.identity.DataScope;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.RoleView;
import org.civitas.identity.TokenService;
import org.civitas.identity.UserDraft;
import org.civitas.platform.NotFoundException;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Walks the table of duties (identity's {@code AccountOperation}) through the real console
 * endpoints, with CSRF: every operation on accounts, grants, clearances and tokens, by each kind of
 * actor, on each kind of account. {@code Y} is allowed (the page redirects), {@code -} refused with
 * 403 and a DENIED record in the audit trail, {@code n} not found (the account lies outside what
 * the actor may see, as any object outside one's reach). The expectations are written out here, so
 * a change of the table must change this test too.
 */
@DatabaseTest
class DutyMatrixIntegrationTest extends ConsoleTestSupport {

    /** The kinds of target, in the order of the expectation strings. */
    static final List<String> TARGETS = List.of(
            "SELF", "ORDINARY", "BEYOND", "SERVICE", "SYSTEM", "SYSTEM_PEER", "SYSTEM_BELOW", "SECURITY", "AUDIT");

    /**
     * What each kind of actor may do (columns) with each operation (rows, in the order walked on each target, so that
     * no operation undoes what a later one needs), one character a target in the order of {@link #TARGETS}. The
     * system administrator: ordinary and service accounts, and system duty holders below its level. A county's user
     * administrator: only accounts whose every grant lies inside the county, below it. The security administrator:
     * grants and clearances of all but its peers, the other administrators' accounts by its recovery process, tokens
     * of service accounts only. The auditor reads. A clerk (no administrative duty): their own tokens only.
     */
    static final String TABLE = """
            operation               system     county     security   auditor    clerk
            UPDATE                  -YYY-YY--  -Y-Yn-Ynn  ----YYY-Y  ---------  ---------
            SET_CLEARANCE           ---------  ---------  -YYYYYY-Y  ---------  ---------
            LINK_EXTERNAL           ---------  ---------  -YYYYYY-Y  ---------  ---------
            UNLINK_EXTERNAL         ---------  ---------  -YYYYYY-Y  ---------  ---------
            RESET_SECOND_FACTOR     ---------  ---------  -YYYYYY-Y  ---------  ---------
            ISSUE_TOKEN             ---------  ---------  ---Y-----  ---------  Y--------
            LIST_TOKENS             Y--------  Y--------  YYYYYYY-Y  Y--------  Y--------
            REVOKE_TOKEN            Y--------  Y--------  YYYYYYY-Y  Y--------  Y--------
            UNLOCK                  -YYY-YY--  -Y-Yn-Ynn  ----YYY-Y  ---------  ---------
            DISABLE                 -YYY-YY--  -Y-Yn-Ynn  ----YYY-Y  ---------  ---------
            ENABLE                  -YYY-YY--  -Y-Yn-Ynn  ----YYY-Y  ---------  ---------
            RESET_PASSWORD          -YY--YY--  -Y--n-Ynn  ----YYY-Y  ---------  ---------
            GRANT_DELEGATED_ROLE    -YY------  -Y--n--nn  -YYYYYY-Y  ---------  ---------
            REVOKE_DELEGATED_GRANT  -YY------  -Y--n--nn  -YYYYYY-Y  ---------  ---------
            GRANT_ROLE              ---------  ---------  -YYYYYY-Y  ---------  ---------
            REVOKE_GRANT            ---------  ---------  -YYYYYY-Y  ---------  ---------
            """;

    static final List<String> ACTORS =
            row(TABLE.lines().findFirst().orElseThrow()).subList(1, 6);

    static final List<String> ACCOUNT_OPERATIONS =
            TABLE.lines().skip(1).map(line -> row(line).getFirst()).toList();

    /** Actor kind → operation → the expectation on each target. */
    static final Map<String, Map<String, String>> EXPECTED = expectations();

    private static List<String> row(String line) {
        return List.of(line.strip().split("\\s+"));
    }

    private static Map<String, Map<String, String>> expectations() {
        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        TABLE.lines().skip(1).map(DutyMatrixIntegrationTest::row).forEach(cells -> {
            for (int actor = 0; actor < ACTORS.size(); actor++) {
                expected.computeIfAbsent(ACTORS.get(actor), a -> new LinkedHashMap<>())
                        .put(cells.getFirst(), cells.get(actor + 1));
            }
        });
        return expected;
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RoleService roleService;

    @Autowired
    TokenService tokenService;

    @Autowired
    org.civitas.identity.RoleDelegation delegation;

    record Account(long id, String username, long organisationId) {}

    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Test
    void everyOperationOnAccountsByEveryDutyOnEveryKindOfAccount() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (String actorKind : List.of("system", "county", "security", "auditor", "clerk")) {
            Account actor = actor(actorKind);
            Map<String, Account> targets = new LinkedHashMap<>();
            for (String kind : TARGETS) {
                targets.put(kind, kind.equals("SELF") ? actor : target(kind));
            }
            for (String kind : TARGETS) {
                for (String operation : ACCOUNT_OPERATIONS) {
                    char expected = EXPECTED.get(actorKind).get(operation).charAt(TARGETS.indexOf(kind));
                    char actual = perform(operation, actor, targets.get(kind), kind.equals("SELF"));
                    if (actual != expected) {
                        mismatches.add(actorKind + " " + operation + " on " + kind + ": expected " + expected
                                + " but was " + actual);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theMatrixCoversEveryOperationOfTheTable() throws Exception {
        Class<?> table = Class.forName("org.civitas.identity.internal.AccountOperation");
        Set<String> inCode = new TreeSet<>();
        Arrays.stream(table.getEnumConstants()).forEach(c -> inCode.add(((Enum<?>) c).name()));
        Set<String> walked = new TreeSet<>(ACCOUNT_OPERATIONS);
        walked.addAll(List.of("CREATE", "CREATE_ROLE", "UPDATE_ROLE", "DELETE_ROLE"));
        // no endpoint takes another account for this one (its only target is the signed-in person): it is
        // walked by SecondFactorIntegrationTest and decided for every pair by AccountOperationTest
        walked.add("REPLACE_OWN_SECOND_FACTOR");
        assertThat(walked).isEqualTo(inCode);
    }

    @Test
    void accountsAndServiceAccountsAreCreatedByUserAdministratorsWithinTheirScope() throws Exception {
        long county = org("wenchuan").id();
        Map<String, String> expected =
                Map.of("system", "YY", "county", "YY", "security", "--", "auditor", "--", "clerk", "--");
        List<String> mismatches = new ArrayList<>();
        for (var e : expected.entrySet()) {
            Account actor = actor(e.getKey());
            for (int i = 0; i < 2; i++) {
                String name = unique("mx.new.");
                var request = post("/admin/users")
                        .param("username", name)
                        .param("displayName", "新账号")
                        .param("organisationId", String.valueOf(county))
                        .param("serviceAccount", String.valueOf(i == 1));
                char actual = outcome(actor, request);
                if (actual != e.getValue().charAt(i)) {
                    mismatches.add(e.getKey() + " CREATE " + (i == 1 ? "service" : "person") + ": " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
        // outside its county, the county's administrator creates no one
        Account countyAdmin = actor("county");
        var outside = post("/admin/users")
                .param("username", unique("mx.out."))
                .param("displayName", "县外账号")
                .param("organisationId", String.valueOf(org("lixian").id()));
        assertThat(outcome(countyAdmin, outside)).isEqualTo('-');
    }

    @Test
    void rolesAreComposedByTheSecurityAdministratorExceptARoleItHolds() throws Exception {
        Map<String, String> permissionsOfKind = Map.of(
                "ORDINARY",
                IdentityPermissions.ORGANISATION_READ,
                "SYSTEM",
                SITE_CREATE,
                "SECURITY",
                IdentityPermissions.POLICY_WRITE,
                "AUDIT",
                AuditPermissions.READ);
        List<String> mismatches = new ArrayList<>();
        for (String actorKind : List.of("system", "security", "auditor", "clerk")) {
            Account actor = actor(actorKind);
            boolean security = actorKind.equals("security");
            for (var kind : permissionsOfKind.entrySet()) {
                String code = "MX_" + run + "_" + actorKind.toUpperCase() + "_" + kind.getKey();
                char created = outcome(actor, roleForm(post("/admin/roles"), code, kind.getValue()));
                expect(mismatches, actorKind + " CREATE_ROLE " + kind.getKey(), security ? 'Y' : '-', created);
                long id = role(code, Set.of(kind.getValue()));
                char updated = outcome(actor, roleForm(post("/admin/roles/{id}", id), code, kind.getValue()));
                expect(mismatches, actorKind + " UPDATE_ROLE " + kind.getKey(), security ? 'Y' : '-', updated);
                char deleted = outcome(actor, post("/admin/roles/{id}/delete", id));
                expect(mismatches, actorKind + " DELETE_ROLE " + kind.getKey(), security ? 'Y' : '-', deleted);
            }
        }
        // whoever composes roles through a custom role they hold may neither change nor delete it
        String code = "MX_" + run + "_HELD";
        long held = role(code, Set.of(IdentityPermissions.ROLE_READ, IdentityPermissions.ROLE_WRITE));
        Account holder = account("mx.held.", "aba", false, code, DataScope.ALL, "aba");
        expect(
                mismatches,
                "UPDATE_ROLE SELF",
                '-',
                outcome(holder, roleForm(post("/admin/roles/{id}", held), code, IdentityPermissions.ROLE_READ)));
        expect(mismatches, "DELETE_ROLE SELF", '-', outcome(holder, post("/admin/roles/{id}/delete", held)));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theSecurityAdministratorSeesEveryWayIntoAnAccountAndActsOnlyThroughTheTable() throws Exception {
        Account person = target("ORDINARY");
        String subject = "CN=" + unique("mx.seen.") + ",O=Civitas Test";
        Account security = actor("security");
        assertThat(outcome(
                        security,
                        post("/admin/users/" + person.id() + "/sign-ins")
                                .param("method", "x509")
                                .param("subject", subject)))
                .isEqualTo('Y');
        enrol(person);
        var page = get("/admin/users/{id}", person.id());
        String seen = mvc.perform(page.with(as(security.username())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the password, the second factor's state, and each linked identity with its method
        assertThat(seen)
                .contains("登录方式", "密码", "身份验证器（动态口令）", "已设置", "数字证书", subject)
                .contains("重置双因素认证", "取消关联", "关联外部身份");
        // the system administrator reads the account, but is offered none of the security duty's actions
        String bySystem = mvc.perform(page.with(as(actor("system").username())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bySystem).contains("登录方式").doesNotContain("重置双因素认证", "取消关联", "关联外部身份");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where actor = ? and action = 'user:link-external'",
                        Long.class,
                        security.username()))
                .isOne();
    }

    private static void expect(List<String> mismatches, String what, char expected, char actual) {
        if (expected != actual) {
            mismatches.add(what + ": expected " + expected + " but was " + actual);
        }
    }

    private static MockHttpServletRequestBuilder roleForm(
            MockHttpServletRequestBuilder request, String code, String permission) {
        return request.param("code", code).param("name", "矩阵角色 " + code).param("permissions", permission);
    }

    /** Performs one operation through its endpoint and says how it ended. */
    private char perform(String operation, Account actor, Account target, boolean self) throws Exception {
        String user = "/admin/users/" + target.id();
        return switch (operation) {
            case "UPDATE" ->
                outcome(
                        actor,
                        post(user)
                                .param("username", target.username())
                                .param("displayName", "改名 " + target.username())
                                .param("organisationId", String.valueOf(target.organisationId())));
            case "SET_CLEARANCE" -> outcome(actor, post(user + "/clearance").param("clearance", "INTERNAL"));
            case "LINK_EXTERNAL" ->
                outcome(
                        actor,
                        post(user + "/sign-ins")
                                .param("method", "x509")
                                .param("subject", "CN=" + unique("mx.link.") + ",O=Civitas Test"));
            case "UNLINK_EXTERNAL" -> outcome(actor, post(user + "/sign-ins/" + externalLink(target) + "/unlink"));
            case "RESET_SECOND_FACTOR" -> {
                enrol(target);
                yield outcome(actor, post(user + "/second-factor/reset"));
            }
            case "ISSUE_TOKEN" ->
                outcome(
                        actor,
                        post(self ? "/admin/profile/tokens" : user + "/tokens")
                                .param("name", "矩阵")
                                .param("days", "5"));
            case "LIST_TOKENS" -> listTokens(actor, target);
            case "REVOKE_TOKEN" -> {
                long token = token(target);
                yield outcome(actor, post((self ? "/admin/profile" : user) + "/tokens/" + token + "/revoke"));
            }
            case "UNLOCK" -> outcome(actor, post(user + "/unlock"));
            case "DISABLE" -> outcome(actor, post(user + "/disable"));
            case "ENABLE" -> outcome(actor, post(user + "/enable"));
            case "RESET_PASSWORD" -> outcome(actor, post(user + "/reset-password"));
            case "GRANT_ROLE" ->
                outcome(
                        actor,
                        post(user + "/grants")
                                .param(
                                        "roleId",
                                        String.valueOf(role(
                                                "MX_" + run + "_MORE", Set.of(IdentityPermissions.ORGANISATION_READ))))
                                .param("scope", "OWN")
                                .param("organisationId", String.valueOf(target.organisationId())));
            case "REVOKE_GRANT" -> outcome(actor, post(user + "/grants/" + extraGrant(target) + "/revoke"));
            case "GRANT_DELEGATED_ROLE" ->
                outcome(
                        actor,
                        post(user + "/grants")
                                .param("roleId", String.valueOf(delegable("MX_" + run + "_DELEG2")))
                                .param("scope", "OWN")
                                .param("organisationId", String.valueOf(target.organisationId())));
            case "REVOKE_DELEGATED_GRANT" ->
                outcome(actor, post(user + "/grants/" + grantOf(target, "MX_" + run + "_DELEG") + "/revoke"));
            default -> throw new IllegalArgumentException(operation);
        };
    }

    /** Listing another's tokens has no endpoint of its own (the user page shows them): asked of the service. */
    private char listTokens(Account actor, Account target) {
        long before = denials(actor);
        try {
            runAs(actor.username(), () -> tokenService.ofUser(target.id()));
            return 'Y';
        } catch (NotFoundException e) {
            return 'n';
        } catch (AccessDeniedException e) {
            return denials(actor) > before ? '-' : '?';
        }
    }

    /** Y: redirected (done); -: 403 and recorded as DENIED; n: 404; anything else is shown as ?. */
    private char outcome(Account actor, MockHttpServletRequestBuilder request) throws Exception {
        long before = denials(actor);
        var response = mvc.perform(request.with(as(actor.username())).with(csrf()))
                .andReturn()
                .getResponse();
        int status = response.getStatus();
        if (status == 302) {
            return 'Y';
        }
        if (status == 403) {
            return denials(actor) > before ? '-' : '!';
        }
        return status == 404 ? 'n' : '?';
    }

    private long denials(Account actor) {
        return jdbc.queryForObject(
                "select count(*) from audit_record where actor = ? and outcome = 'DENIED'",
                Long.class,
                actor.username());
    }

    // --- arranging accounts: created by the demo system administrator, granted by the demo security administrator

    private Account actor(String kind) {
        return switch (kind) {
            case "system" -> account("mx.sys.", "aba", false, "SYSTEM_ADMIN", DataScope.ALL, "aba");
            case "county" -> account("mx.cty.", "wenchuan", false, "UNIT_ADMIN", DataScope.SUBTREE, "wenchuan");
            case "security" -> account("mx.sec.", "aba", false, "SECURITY_ADMIN", DataScope.ALL, "aba");
            case "auditor" -> account("mx.aud.", "aba", false, "AUDITOR", DataScope.ALL, "aba");
            case "clerk" -> account("mx.clk.", "wenchuan", false, base(), DataScope.OWN, "wenchuan");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private Account target(String kind) {
        return switch (kind) {
            case "ORDINARY" -> account("mx.ord.", "wenchuan", false, base(), DataScope.OWN, "wenchuan");
            case "BEYOND" -> account("mx.bey.", "wenchuan", false, base(), DataScope.ALL, "aba");
            case "SERVICE" -> account("mx.svc.", "wenchuan", true, base(), DataScope.OWN, "wenchuan");
            case "SYSTEM" -> account("mx.tsys.", "aba", false, "SYSTEM_ADMIN", DataScope.ALL, "aba");
            case "SYSTEM_PEER" -> account("mx.peer.", "wenchuan", false, "UNIT_ADMIN", DataScope.SUBTREE, "wenchuan");
            case "SYSTEM_BELOW" -> account("mx.below.", "yingxiu", false, "UNIT_ADMIN", DataScope.SUBTREE, "yingxiu");
            case "SECURITY" -> account("mx.tsec.", "aba", false, "SECURITY_ADMIN", DataScope.ALL, "aba");
            case "AUDIT" -> account("mx.taud.", "aba", false, "AUDITOR", DataScope.ALL, "aba");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private String base() {
        return "MX_" + run + "_BASE";
    }

    private Account account(
            String prefix, String orgCode, boolean service, String roleCode, DataScope scope, String grantOrgCode) {
        String username = unique(prefix);
        long organisationId = org(orgCode).id();
        var form = new UserDraft(username, "矩阵 " + username, organisationId, null, null, PASSWORD);
        long id = runAs(
                "admin",
                () -> service
                        ? userService.createServiceAccount(form).id()
                        : userService.create(form).user().id());
        // the actors work in the console at once: as if they had chosen their own password
        jdbc.update("update app_user set must_change_password = false where id = ?", id);
        long roleId = roleCode.startsWith("MX_")
                ? role(roleCode, Set.of(IdentityPermissions.ORGANISATION_READ))
                : builtIn(roleCode);
        var account = new Account(id, username, organisationId);
        // first a second, ordinary grant for REVOKE_GRANT to remove: given while the account holds no duty yet,
        // since nobody grants to a security administrator of their own level afterwards
        grant(
                account,
                role("MX_" + run + "_EXTRA", Set.of(IdentityPermissions.ORGANISATION_READ)),
                DataScope.OWN,
                organisationId);
        // and a grant of a role the security administrator made delegable, for REVOKE_DELEGATED_GRANT
        grant(account, delegable("MX_" + run + "_DELEG"), DataScope.OWN, organisationId);
        grant(account, roleId, scope, org(grantOrgCode).id());
        return account;
    }

    private void grant(Account account, long roleId, DataScope scope, long organisationId) {
        runAs("secadmin", () -> roleService.grant(account.id(), roleId, scope, organisationId));
    }

    private long builtIn(String code) {
        return runAs("secadmin", () -> roleService.roles()).stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .map(RoleView::id)
                .orElseThrow();
    }

    /** The role with this code, created with {@code permissions} the first time. */
    private long role(String code, Set<String> permissions) {
        return runAs(
                "secadmin",
                () -> roleService.roles().stream()
                        .filter(r -> r.code().equals(code))
                        .findFirst()
                        .map(RoleView::id)
                        .orElseGet(() -> roleService
                                .create(new RoleDraft(code, "矩阵角色 " + code, null, permissions))
                                .id()));
    }

    private long extraGrant(Account target) {
        return grantOf(target, "MX_" + run + "_EXTRA");
    }

    private long grantOf(Account target, String roleCode) {
        return jdbc.queryForObject(
                "select g.id from role_grant g join app_role r on r.id = g.role_id where g.user_id = ? and r.code = ?",
                Long.class,
                target.id(),
                roleCode);
    }

    /** A role without duty that the security administrator marked delegable (created the first time). */
    private long delegable(String code) {
        long id = role(code, Set.of(IdentityPermissions.ORGANISATION_READ));
        runAs("secadmin", () -> {
            delegation.delegate(id, true);
            return null;
        });
        return id;
    }

    /** An outside identity linked to the account, written directly: who may unlink it is what is tested. */
    private long externalLink(Account target) {
        String subject = "CN=" + unique("mx.unlink.") + ",O=Civitas Test";
        jdbc.update(
                "insert into external_account (user_id, method, subject, provisioned, created_at) values (?, 'x509', ?, false, ?)",
                target.id(),
                subject,
                Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select id from external_account where subject = ?", Long.class, subject);
    }

    /** An authenticator of the account, written directly (the secret is never read here): who may reset it is tested. */
    private void enrol(Account target) {
        jdbc.update("delete from second_factor where user_id = ?", target.id());
        jdbc.update(
                "insert into second_factor (user_id, secret, enrolled_at, last_used_step, version) values (?, 'matrix', ?, 0, 0)",
                target.id(),
                Timestamp.from(Instant.now()));
    }

    /** A token of the account, written directly: who may revoke it is what is tested. */
    private long token(Account owner) {
        String hash = UUID.randomUUID().toString().replace("-", "")
                + UUID.randomUUID().toString().replace("-", "");
        Instant now = Instant.now();
        jdbc.update(
                "insert into api_token (user_id, name, token_hash, prefix, created_at, expires_at) values (?, ?, ?, ?, ?, ?)",
                owner.id(),
                "矩阵",
                hash,
                "cvt_matrix",
                Timestamp.from(now),
                Timestamp.from(now.plusSeconds(86400)));
        return jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class, hash);
    }
}
