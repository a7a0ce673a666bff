package org.civitas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.civitas.support.DemoFirstSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 10, the sign-in repros: parallel wrong passwords each count, the login page says the same whatever
 * the account, guessing the current password on the change form counts toward the lockout and ends the
 * session, and every demo account (also other modules' ones) must change the shared password first.
 */
@DatabaseTest
@DemoFirstSignIn
@CivitasIntegrationTest
class SignInHardeningIntegrationTest {

    private static final String OWN = "Own#Chosen-2026";
    private static final String REFUSED = "登录失败：用户名或密码错误，或账号已停用或被临时锁定。";

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @Autowired
    UserDetailsService principals;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    /** Sessions as MockMvc keeps them (not in the database), so that a test can hold one and see it end. */
    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyDemoAccountMustChooseItsOwnPasswordAtTheFirstSignIn() throws Exception {
        for (String demo : List.of("wenchuan.admin", "desk.editor")) {
            mvc.perform(formLogin().user(demo).password(IdentityTestSupport.PASSWORD))
                    .andExpect(redirectedUrl("/admin/profile/password"));
        }
        // the administrators enrol their second factor first (SecondFactorIntegrationTest), then change it too
        for (String administrator : List.of("secadmin", "auditor")) {
            mvc.perform(formLogin().user(administrator).password(IdentityTestSupport.PASSWORD))
                    .andExpect(redirectedUrl("/login/enrol"));
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_user where must_change_password = false and username <> 'admin'"
                                + " and username not like 'hard.%'",
                        Long.class))
                .as("demo accounts that could skip the change")
                .isZero();
        // the operator chose admin's password, which the policy accepted: admin keeps it (and enrols a second factor)
        assertThat(jdbc.queryForObject(
                        "select must_change_password from app_user where username = 'admin'", Boolean.class))
                .isFalse();
        mvc.perform(formLogin().user("admin").password(IdentityTestSupport.PASSWORD))
                .andExpect(redirectedUrl("/login/enrol"));
    }

    @Test
    void parallelWrongPasswordsEachCountAndNoneFails() throws Exception {
        String username = activeUser();
        int attempts = 4; // one fewer than the default policy's lockout
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    var result = mvc.perform(formLogin().user(username).password("Wrong#Guess-2026"))
                            .andReturn()
                            .getResponse();
                    return result.getStatus() + " " + result.getRedirectedUrl();
                }));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo("302 /login?error");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failedAttempts(username)).isEqualTo(attempts);
        assertThat(auditCount(username, "auth:login", "FAILURE")).isEqualTo(attempts);

        // the next one locks the account, and is audited as doing so once
        mvc.perform(formLogin().user(username).password("Wrong#Guess-2026")).andExpect(redirectedUrl("/login?error"));
        assertThat(lockedNow(username)).isTrue();
        assertThat(auditCount("%" + username + "%", "user:lock", null)).isEqualTo(1);
    }

    @Test
    void theLoginPageSaysTheSameForAWrongPasswordAnUnknownALockedAndADisabledAccount() throws Exception {
        String wrong = activeUser();
        String locked = activeUser();
        jdbc.update(
                "update app_user set locked_until = ? where username = ?",
                java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(600)),
                locked);
        String disabled = activeUser();
        jdbc.update("update app_user set enabled = false where username = ?", disabled);

        List<String> pages = new ArrayList<>();
        for (String[] attempt : new String[][] {
            {wrong, "Wrong#Guess-2026"}, {"nobody-" + UUID.randomUUID(), OWN}, {locked, OWN}, {disabled, OWN}
        }) {
            var login = mvc.perform(formLogin().user(attempt[0]).password(attempt[1]))
                    .andExpect(redirectedUrl("/login?error"))
                    .andReturn();
            var session = (MockHttpSession) login.getRequest().getSession(false);
            String page = mvc.perform(get("/login?error").session(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(REFUSED)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            pages.add(page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
        }
        assertThat(pages).as("the same page whatever the account").containsOnly(pages.getFirst());
    }

    @Test
    void guessingTheCurrentPasswordOnTheChangeFormLocksTheAccountAndEndsTheSession() throws Exception {
        String username = activeUser();
        var login = mvc.perform(formLogin().user(username).password(OWN))
                .andExpect(redirectedUrl("/admin"))
                .andReturn();
        var session = (MockHttpSession) login.getRequest().getSession(false);

        for (int i = 1; i <= 4; i++) {
            mvc.perform(changePassword(session, "Wrong#Guess-" + i))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("当前密码不正确。")));
            assertThat(failedAttempts(username)).isEqualTo(i);
        }
        mvc.perform(changePassword(session, "Wrong#Guess-5")).andExpect(redirectedUrl("/login?locked"));

        assertThat(lockedNow(username)).isTrue();
        assertThat(auditCount(username, "auth:login", "FAILURE")).isEqualTo(5);
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/login?locked")).andExpect(content().string(containsString("当前密码输错次数过多，账号已被临时锁定，您已退出登录。")));
        // the right password does not open a locked account either
        mvc.perform(formLogin().user(username).password(OWN)).andExpect(redirectedUrl("/login?error"));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder changePassword(
            MockHttpSession session, String current) {
        return post("/admin/profile/password")
                .session(session)
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", "Brand#NewPass-2026")
                .param("confirmPassword", "Brand#NewPass-2026");
    }

    /** A user of 阿坝州公安局 who has replaced the initial password with {@link #OWN}. */
    private String activeUser() {
        String username = "hard." + UUID.randomUUID().toString().substring(0, 8);
        IdentityTestSupport.signIn(principals, "admin");
        long org = jdbc.queryForObject("select id from organisation where code = 'aba-police'", Long.class);
        users.create(new UserDraft(username, "测试 " + username, org, null, null, IdentityTestSupport.PASSWORD));
        IdentityTestSupport.signIn(principals, username);
        users.changeOwnPassword(IdentityTestSupport.PASSWORD, OWN);
        SecurityContextHolder.clearContext();
        return username;
    }

    private int failedAttempts(String username) {
        return jdbc.queryForObject("select failed_attempts from app_user where username = ?", Integer.class, username);
    }

    private boolean lockedNow(String username) {
        var until = jdbc.queryForObject(
                "select locked_until from app_user where username = ?", java.sql.Timestamp.class, username);
        return until != null && until.toInstant().isAfter(java.time.Instant.now());
    }

    private long auditCount(String actorOrObject, String action, String outcome) {
        return outcome == null
                ? jdbc.queryForObject(
                        "select count(*) from audit_record where action = ? and (summary like ? or object_id like ?)",
                        Long.class,
                        action,
                        actorOrObject,
                        actorOrObject)
                : jdbc.queryForObject(
                        "select count(*) from audit_record where actor = ? and action = ? and outcome = ?",
                        Long.class,
                        actorOrObject,
                        action,
                        outcome);
    }
}
