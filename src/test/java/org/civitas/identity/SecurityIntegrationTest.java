package org.civitas.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.civitas.identity.trusted.OperatorCommands;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
@CivitasIntegrationTest
class SecurityIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    OperatorCommands operator;

    @Autowired
    UserDetailsService principals;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unauthenticatedConsoleRequestsGoToTheLoginPageAndApiRequestsGet401() throws Exception {
        mvc.perform(get("/admin/users").accept("text/html"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void theConsoleHomeAndTheLoginPageRender() throws Exception {
        for (String name : new String[] {"admin", "secadmin", "auditor"}) {
            mvc.perform(get("/admin").with(user(principals.loadUserByUsername(name))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("阿坝州人民政府")));
        }
        mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Sign in")));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("用户名或密码错误")));
    }

    @Test
    void theOpenApiDescriptionListsTheApiForSignedInCallers() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").with(user(principals.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/me")))
                .andExpect(content().string(containsString("Civitas API")))
                .andExpect(content().string(containsString("bearer")))
                .andExpect(content().string(containsString("WithdrawalEntry")));
    }

    @Test
    void csrfIsEnforcedOnConsoleWrites() throws Exception {
        var admin = principals.loadUserByUsername("admin");
        mvc.perform(post("/logout").with(user(admin))).andExpect(status().isForbidden());
        mvc.perform(post("/login").param("username", "admin").param("password", IdentityTestSupport.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user(admin)).with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void aLoginWithTheRightPasswordSucceedsAndAWrongOneFails() throws Exception {
        // the password is right: the auditor, an administrator, goes on to set up the second factor
        mvc.perform(formLogin().user("auditor").password(IdentityTestSupport.PASSWORD))
                .andExpect(redirectedUrl("/login/enrol"));
        mvc.perform(formLogin().user("auditor").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("nobody-at-all").password("wrong")).andExpect(unauthenticated());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        operator.createAdmin("lock.me", "锁定测试", "Lock#Me-Passw0rd");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user("lock.me").password("wrong-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin().user("lock.me").password("Lock#Me-Passw0rd")).andExpect(unauthenticated());
        assertThat(jdbc.queryForObject(
                        "select locked_until is not null from app_user where username = 'lock.me'", Boolean.class))
                .isTrue();
        operator.resetPassword("lock.me", "Lock#Me-Passw0rd2");
        mvc.perform(formLogin().user("lock.me").password("Lock#Me-Passw0rd2")).andExpect(redirectedUrl("/login/enrol"));
    }

    @Test
    void aUserWhoMustChangeThePasswordIsSentToThePasswordPage() throws Exception {
        operator.createAdmin("must.change", "改密测试", "Must#Change-2026");
        // an administrator passes the second factor first (SecondFactorIntegrationTest), then changes the password
        mvc.perform(formLogin().user("must.change").password("Must#Change-2026"))
                .andExpect(redirectedUrl("/login/enrol"));
        var principal = principals.loadUserByUsername("must.change");
        mvc.perform(get("/admin/users").with(user(principal)))
                .andDo(org.springframework.test.web.servlet.result.MockMvcResultHandlers.print())
                .andExpect(redirectedUrl("/admin/profile/password"));
    }

    @Test
    void theAdministratorCannotReadTheAuditTrailAndTheAuditorCannotChangeUsers() throws Exception {
        mvc.perform(get("/admin/audit").with(user(principals.loadUserByUsername("admin"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(principals.loadUserByUsername("auditor"))))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/users")
                        .with(user(principals.loadUserByUsername("auditor")))
                        .with(csrf())
                        .param("username", "sneaky")
                        .param("displayName", "x")
                        .param("organisationId", "1"))
                .andExpect(status().isForbidden());
        org.assertj.core.api.Assertions.assertThat(
                        jdbc.queryForObject("select count(*) from app_user where username = 'sneaky'", Integer.class))
                .isZero();
    }
}
