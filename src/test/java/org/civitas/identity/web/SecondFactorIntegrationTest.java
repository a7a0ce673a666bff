package org.civitas.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.civitas.identity.DataScope;
import org.civitas.identity.PasswordPolicyService;
import org.civitas.identity.RoleForm;
import org.civitas.identity.RoleService;
import org.civitas.identity.trusted.OperatorCommands;
import org.civitas.support.DatabaseTest;
import org.civitas.support.TotpCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;

/**
 * The TOTP second factor through the real sign-in form: enrolment, codes, recovery codes, replay, lockout,
 * the role mark, the security administrator's reset, and that nothing opens before the second step.
 */
@DatabaseTest
class SecondFactorIntegrationTest extends ConsoleTestSupport {

    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile(">([2-9a-z]{5}-[2-9a-z]{5})<");
    private static final String ADMIN_PASSWORD = "Second#Factor-2026";

    @Autowired
    OperatorCommands operator;

    @Autowired
    RoleService roles;

    @Autowired
    PasswordPolicyService policies;

    @Autowired
    JdbcTemplate jdbc;

    /** An enrolled account: its secret, the last step it used, its recovery codes. */
    record Enrolled(String username, String secret, long usedStep, List<String> recoveryCodes) {}

    @Test
    void anAdministratorMustEnrolAndThenSignsInWithACode() throws Exception {
        String username = admin("tf.enrol.");
        MockHttpSession session = password(username, "/login/enrol");

        String page = mvc.perform(get("/login/enrol").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data:image/svg+xml;base64,")))
                .andExpect(content().string(containsString("设置身份验证器")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String secret = group(SECRET, page).replace(" ", "");
        // a reload shows the same secret: the app may already have scanned it
        assertThat(mvc.perform(get("/login/enrol").session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains(group(SECRET, page));

        mvc.perform(post("/login/enrol").session(session).with(csrf()).param("code", "000000x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("验证码不正确")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        long step = TotpCodes.step(Instant.now());
        String codes = mvc.perform(
                        post("/login/enrol").session(session).with(csrf()).param("code", TotpCodes.code(secret, step)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("恢复码")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(all(RECOVERY, codes)).hasSize(10);
        mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
        assertThat(audit("user:enrol-second-factor", username)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select secret from second_factor f join app_user u on u.id = f.user_id where u.username = ?",
                        String.class,
                        username))
                .doesNotContain(secret);

        MockHttpSession next = password(username, "/login/second-factor");
        mvc.perform(post("/login/second-factor")
                        .session(next)
                        .with(csrf())
                        .param("code", TotpCodes.code(secret, step + 1)))
                .andExpect(redirectedUrl("/admin"))
                .andExpect(authenticated().withUsername(username));
        assertThat(audit("user:second-factor", username)).isEqualTo(1);
    }

    @Test
    void nothingOpensBeforeTheSecondStepAndNoTokenGoesAroundIt() throws Exception {
        Enrolled enrolled = enrolledAdmin("tf.gate.");
        // nor is a token a way around it: administrators hold none (docs/security.md, duties and tokens)
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> operator.createToken(enrolled.username(), "gate", 1))
                .isInstanceOf(org.civitas.platform.DomainException.class)
                .hasMessageContaining("token.serviceAccountsOnly");
        MockHttpSession session = password(enrolled.username(), "/login/second-factor");

        mvc.perform(get("/admin").session(session).accept("text/html")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users").session(session).accept("text/html")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/organisations")
                        .session(session)
                        .with(csrf())
                        .accept("text/html")
                        .param("name", "不应创建"))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").session(session)).andExpect(status().isUnauthorized());
        // the step's own pages do not open without a right password first
        mvc.perform(get("/login/second-factor")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login/second-factor").with(csrf()).param("code", "123456"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aCodeWorksOnceAndARecoveryCodeOnce() throws Exception {
        Enrolled enrolled = enrolledAdmin("tf.replay.");

        MockHttpSession replay = password(enrolled.username(), "/login/second-factor");
        mvc.perform(post("/login/second-factor")
                        .session(replay)
                        .with(csrf())
                        .param("code", TotpCodes.code(enrolled.secret(), enrolled.usedStep())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("验证码不正确或已使用过")))
                .andExpect(unauthenticated());

        String recovery = enrolled.recoveryCodes().getFirst();
        mvc.perform(post("/login/second-factor").session(replay).with(csrf()).param("code", recovery.toUpperCase()))
                .andExpect(redirectedUrl("/admin"))
                .andExpect(authenticated().withUsername(enrolled.username()));

        MockHttpSession again = password(enrolled.username(), "/login/second-factor");
        mvc.perform(post("/login/second-factor").session(again).with(csrf()).param("code", recovery))
                .andExpect(status().isOk())
                .andExpect(unauthenticated());
        assertThat(jdbc.queryForObject(
                        "select count(*) from recovery_code c join app_user u on u.id = c.user_id"
                                + " where u.username = ? and c.used_at is null",
                        Integer.class,
                        enrolled.username()))
                .isEqualTo(9);
    }

    @Test
    void aSignedInPersonReplacesTheirOwnAuthenticatorAfterProvingItIsThem() throws Exception {
        Enrolled enrolled = enrolledAdmin("tf.swap.");
        String username = enrolled.username();
        MockHttpSession session = password(username, "/login/second-factor");
        mvc.perform(post("/login/second-factor")
                        .session(session)
                        .with(csrf())
                        .param("code", TotpCodes.code(enrolled.secret(), enrolled.usedStep() + 1)))
                .andExpect(redirectedUrl("/admin"));
        mvc.perform(get("/admin/profile").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/profile/second-factor")));
        // no step two without step one
        mvc.perform(post("/admin/profile/second-factor/new")
                        .session(session)
                        .with(csrf())
                        .param("code", "123456"))
                .andExpect(redirectedUrl("/admin/profile/second-factor"));

        // a wrong password: refused on its field and counted as a failed sign-in; nothing else is shown
        mvc.perform(post("/admin/profile/second-factor")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", "not-my-password")
                        .param("code", enrolled.recoveryCodes().get(1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当前密码不正确")))
                .andExpect(content().string(not(containsString("id=\"secret\""))));
        assertThat(audit("auth:login", username, "FAILURE")).isEqualTo(1);
        // a wrong code likewise
        mvc.perform(post("/admin/profile/second-factor")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", ADMIN_PASSWORD)
                        .param("code", "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("验证码不正确")))
                .andExpect(content().string(not(containsString("id=\"secret\""))));
        assertThat(audit("auth:login", username, "FAILURE")).isEqualTo(2);

        // the phone is gone: the password and a recovery code prove it is them
        String offered = mvc.perform(post("/admin/profile/second-factor")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", ADMIN_PASSWORD)
                        .param("code", enrolled.recoveryCodes().getFirst()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data:image/svg+xml;base64,")))
                .andExpect(content().string(containsString("设置新的身份验证器")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String secret = group(SECRET, offered).replace(" ", "");
        assertThat(secret).isNotEqualTo(enrolled.secret());
        mvc.perform(post("/admin/profile/second-factor/new")
                        .session(session)
                        .with(csrf())
                        .param("code", "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("验证码不正确")))
                .andExpect(content().string(containsString(group(SECRET, offered))));
        long step = TotpCodes.step(Instant.now());
        String done = mvc.perform(post("/admin/profile/second-factor/new")
                        .session(session)
                        .with(csrf())
                        .param("code", TotpCodes.code(secret, step)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("身份验证器已更换")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> fresh = all(RECOVERY, done);
        assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
        assertThat(audit("user:replace-second-factor", username)).isEqualTo(1);
        // the offer was used up: the step cannot be repeated with it
        mvc.perform(post("/admin/profile/second-factor/new")
                        .session(session)
                        .with(csrf())
                        .param("code", TotpCodes.code(secret, step + 1)))
                .andExpect(redirectedUrl("/admin/profile/second-factor"));

        // the old authenticator and recovery codes no longer open the account; the new ones do
        MockHttpSession next = password(username, "/login/second-factor");
        mvc.perform(post("/login/second-factor")
                        .session(next)
                        .with(csrf())
                        .param("code", enrolled.recoveryCodes().get(2)))
                .andExpect(status().isOk())
                .andExpect(unauthenticated());
        mvc.perform(post("/login/second-factor")
                        .session(next)
                        .with(csrf())
                        .param("code", TotpCodes.code(secret, step + 1)))
                .andExpect(redirectedUrl("/admin"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void someoneWithoutAnAuthenticatorHasNothingToReplace() throws Exception {
        String username = unique("tf.none.");
        createActiveUser(username, "wenchuan");
        mvc.perform(get("/admin/profile/second-factor").with(as(username))).andExpect(redirectedUrl("/admin/profile"));
        mvc.perform(get("/admin/profile").with(as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/admin/profile/second-factor"))));
        mvc.perform(post("/admin/profile/second-factor")
                        .with(as(username))
                        .with(csrf())
                        .param("currentPassword", "whatever")
                        .param("code", "123456"))
                .andExpect(redirectedUrl("/admin/profile"));
    }

    @Test
    void wrongCodesCountTowardTheSameLockoutAsWrongPasswords() throws Exception {
        Enrolled enrolled = enrolledAdmin("tf.lock.");
        int max = policies.current().maxFailures();
        mvc.perform(formLogin().user(enrolled.username()).password("wrong-password"))
                .andExpect(unauthenticated());

        MockHttpSession session = password(enrolled.username(), "/login/second-factor");
        // the right password did not clear the failure before it: one wrong password + (max - 1) wrong codes lock
        for (int i = 1; i < max - 1; i++) {
            mvc.perform(post("/login/second-factor")
                            .session(session)
                            .with(csrf())
                            .param("code", "000000"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/login/second-factor").session(session).with(csrf()).param("code", "000000"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.queryForObject(
                        "select locked_until is not null from app_user where username = ?",
                        Boolean.class,
                        enrolled.username()))
                .isTrue();
        assertThat(audit("auth:login", enrolled.username(), "FAILURE")).isEqualTo(max);
        // locked: neither the password step nor a right code gets through
        mvc.perform(formLogin().user(enrolled.username()).password(ADMIN_PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(post("/login/second-factor")
                        .session(session)
                        .with(csrf())
                        .param("code", enrolled.recoveryCodes().getFirst()))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aLockedAccountCannotPassTheSecondStepItStarted() throws Exception {
        Enrolled enrolled = enrolledAdmin("tf.locked.");
        MockHttpSession session = password(enrolled.username(), "/login/second-factor");
        jdbc.update(
                "update app_user set locked_until = ? where username = ?",
                java.sql.Timestamp.from(Instant.now().plusSeconds(600)),
                enrolled.username());

        mvc.perform(post("/login/second-factor")
                        .session(session)
                        .with(csrf())
                        .param("code", enrolled.recoveryCodes().getFirst()))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void theSecurityAdministratorMarksARoleAndItsHoldersMustEnrol() throws Exception {
        String username = unique("tf.role.");
        long userId = createActiveUser(username, "aba-transport");
        mvc.perform(formLogin().user(username).password(OWN_PASSWORD)).andExpect(authenticated());
        long roleId = runAs("secadmin", () -> {
            var role = roles.create(
                    new RoleForm(unique("TF_").toUpperCase(), "需要双因素的角色", "", Set.of("organisation:read")));
            roles.grant(userId, role.id(), DataScope.OWN, org("aba-transport").id());
            return role.id();
        });

        mvc.perform(get("/admin/roles/new").with(as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("持有此角色的用户必须使用身份验证器登录"))));
        mvc.perform(get("/admin/roles/{id}/edit", roleId).with(as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("持有此角色的用户必须使用身份验证器登录")));
        mvc.perform(post("/admin/roles/{id}/second-factor", roleId)
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/roles/{id}/second-factor", roleId)
                        .with(as("secadmin"))
                        .with(csrf())
                        .param("required", "true"))
                .andExpect(redirectedUrl("/admin/roles/" + roleId + "/edit"));

        password(username, OWN_PASSWORD, "/login/enrol");
        assertThat(audit("role:second-factor", "secadmin")).isEqualTo(1);
        mvc.perform(get("/admin/users/{id}", userId).with(as("secadmin")))
                .andExpect(content().string(containsString("登录方式")))
                .andExpect(content().string(containsString("必须使用")))
                .andExpect(content().string(containsString("未设置")));

        mvc.perform(post("/admin/roles/{id}/second-factor", roleId)
                        .with(as("secadmin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/roles/" + roleId + "/edit"));
        mvc.perform(formLogin().user(username).password(OWN_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void theSecurityAdministratorResetsASecondFactorAndTheUserEnrolsAgain() throws Exception {
        Enrolled enrolled = enrolledAdmin("tf.reset.");
        long id = userId(enrolled.username());
        mvc.perform(get("/admin/users/{id}", id).with(as("secadmin")))
                .andExpect(content().string(containsString("剩余恢复码 10 个")))
                .andExpect(content().string(containsString("重置双因素认证")));
        mvc.perform(get("/admin/users/{id}", id).with(as("admin")))
                .andExpect(content().string(containsString("登录方式")))
                .andExpect(content().string(not(containsString("重置双因素认证"))));

        mvc.perform(post("/admin/users/{id}/second-factor/reset", id)
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // nobody resets their own second factor: a row of the table of duties, refused and audited
        mvc.perform(post("/admin/users/{id}/second-factor/reset", userId("secadmin"))
                        .with(as("secadmin"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where actor = 'secadmin' and action = 'account:reset-second-factor'"
                                + " and outcome = 'DENIED'",
                        Integer.class))
                .isPositive();
        mvc.perform(post("/admin/users/{id}/second-factor/reset", id)
                        .with(as("secadmin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id + "#sign-in"))
                .andExpect(flash().attribute("flash", "secondFactor.reset.done"));

        assertThat(audit("user:reset-second-factor", "secadmin")).isEqualTo(1);
        password(enrolled.username(), "/login/enrol");
        assertThat(jdbc.queryForObject("select count(*) from recovery_code where user_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void anAdministratorWhoMustChangeThePasswordEnrolsFirstThenChangesIt() throws Exception {
        Enrolled enrolled = enrolledAdmin("tf.change.");
        operator.resetPassword(enrolled.username(), ADMIN_PASSWORD);

        MockHttpSession session = password(enrolled.username(), "/login/second-factor");
        mvc.perform(post("/login/second-factor")
                        .session(session)
                        .with(csrf())
                        .param("code", enrolled.recoveryCodes().get(1)))
                .andExpect(redirectedUrl("/admin/profile/password"));
        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/admin/profile/password"));
    }

    @Test
    void anAccountThatNeedsNoSecondFactorSignsInWithItsPasswordAsBefore() throws Exception {
        String username = unique("tf.plain.");
        createActiveUser(username, "aba-transport");

        mvc.perform(formLogin().user(username).password(OWN_PASSWORD))
                .andExpect(redirectedUrl("/admin"))
                .andExpect(authenticated().withUsername(username));
    }

    private String admin(String prefix) {
        String username = unique(prefix);
        operator.createAdmin(username, "双因素测试", ADMIN_PASSWORD);
        // as if the administrator had already chosen this password: the password page is another test's subject
        jdbc.update("update app_user set must_change_password = false where username = ?", username);
        return username;
    }

    private Enrolled enrolledAdmin(String prefix) throws Exception {
        String username = admin(prefix);
        MockHttpSession session = password(username, "/login/enrol");
        String page = mvc.perform(get("/login/enrol").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String secret = group(SECRET, page).replace(" ", "");
        long step = TotpCodes.step(Instant.now());
        String codes = mvc.perform(
                        post("/login/enrol").session(session).with(csrf()).param("code", TotpCodes.code(secret, step)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return new Enrolled(username, secret, step, all(RECOVERY, codes));
    }

    private MockHttpSession password(String username, String expectedRedirect) throws Exception {
        return password(username, ADMIN_PASSWORD, expectedRedirect);
    }

    /** The password step: lands on {@code expectedRedirect} with a session that is not signed in yet. */
    private MockHttpSession password(String username, String password, String expectedRedirect) throws Exception {
        var result = mvc.perform(formLogin().user(username).password(password))
                .andExpect(redirectedUrl(expectedRedirect))
                .andExpect(unauthenticated())
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private int audit(String action, String actor) {
        return audit(action, actor, "SUCCESS");
    }

    private int audit(String action, String actor, String outcome) {
        return jdbc.queryForObject(
                "select count(*) from audit_record where action = ? and actor = ? and outcome = ?",
                Integer.class,
                action,
                actor,
                outcome);
    }

    private static String group(Pattern pattern, String text) {
        var m = pattern.matcher(text);
        assertThat(m.find()).as("%s in the page", pattern).isTrue();
        return m.group(1);
    }

    private static List<String> all(Pattern pattern, String text) {
        var m = pattern.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
