package org.civitas.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.civitas.identity.RoleService;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/**
 * A new colleague end to end, with the separated duties: the system administrator creates the account,
 * the security administrator grants a role limited to the colleague's unit, the colleague signs in with
 * the handed-over password, must choose their own, and then works within that unit only.
 */
@DatabaseTest
class OnboardingFlowIntegrationTest extends ConsoleTestSupport {

    @Autowired
    RoleService roles;

    @Test
    void aNewUserIsCreatedGrantedSignsInChangesThePasswordAndWorksWithinTheirUnit() throws Exception {
        String username = unique("zhang.");
        long yingxiu = org("yingxiu").id();

        var created = mvc.perform(post("/admin/users")
                        .with(as("admin"))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "张三")
                        .param("organisationId", String.valueOf(yingxiu)))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String initial = (String) created.getFlashMap().get("initialPassword");
        long id = userId(username);

        long unitAdmin = runAs(
                "secadmin",
                () -> roles.roles().stream()
                        .filter(r -> r.code().equals("UNIT_ADMIN"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        mvc.perform(post("/admin/users/{id}/grants", id)
                        .with(as("secadmin"))
                        .with(csrf())
                        .param("roleId", String.valueOf(unitAdmin))
                        .param("scope", "OWN")
                        .param("organisationId", String.valueOf(yingxiu)))
                .andExpect(redirectedUrl("/admin/users/" + id))
                .andExpect(flash().attribute("flash", "grant.added"));

        var login = mvc.perform(formLogin().user(username).password(initial))
                .andExpect(redirectedUrl("/admin/profile/password"))
                .andReturn();
        var session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(session).isNotNull();

        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/admin/profile/password"));
        mvc.perform(get("/admin/profile/password").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请先设置一个新密码")));

        String chosen = "Yingxiu#Rebuild-2008";
        mvc.perform(post("/admin/profile/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", initial)
                        .param("newPassword", chosen)
                        .param("confirmPassword", chosen))
                .andExpect(redirectedUrl("/admin"))
                .andExpect(flash().attribute("flash", "password.changed"));

        mvc.perform(get("/admin").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("张三")));
        mvc.perform(get("/admin/users").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(not(containsString("wenchuan.admin"))));
    }
}
