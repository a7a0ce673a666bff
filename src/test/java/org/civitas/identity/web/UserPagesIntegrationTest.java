package org.civitas.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

@DatabaseTest
class UserPagesIntegrationTest extends ConsoleTestSupport {

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcForDelegation;

    @Test
    void aGeneratedInitialPasswordIsShownOnceOnTheNextPage() throws Exception {
        String username = unique("new.");
        MvcResult created = mvc.perform(post("/admin/users")
                        .with(as("admin"))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "新同事")
                        .param("organisationId", String.valueOf(org("aba-edu").id()))
                        .param("email", "")
                        .param("phone", "")
                        .param("initialPassword", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "user.created"))
                .andReturn();
        String password = (String) created.getFlashMap().get("initialPassword");
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        String userPage = created.getResponse().getRedirectedUrl();
        assertThat(userPage).isEqualTo("/admin/users/" + userId(username));

        mvc.perform(get(userPage).with(as("admin")).flashAttrs(created.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(password)))
                .andExpect(content().string(containsString("只显示这一次")))
                .andExpect(content().string(containsString("需修改密码")));
        mvc.perform(get(userPage).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(password))))
                .andExpect(content().string(not(containsString("只显示这一次"))));
    }

    @Test
    void aRefusedUserFormKeepsWhatWasTypedExceptThePassword() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(as("admin"))
                        .with(csrf())
                        .param("username", "secadmin")
                        .param("displayName", "重名的人")
                        .param("organisationId", String.valueOf(org("aba-edu").id()))
                        .param("email", "not-an-email")
                        .param("initialPassword", "Secret#Typed-123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("value=\"重名的人\"")))
                .andExpect(content().string(not(containsString("Secret#Typed-123"))));
        mvc.perform(post("/admin/users")
                        .with(as("admin"))
                        .with(csrf())
                        .param("username", "secadmin")
                        .param("displayName", "重名的人")
                        .param("organisationId", String.valueOf(org("aba-edu").id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("用户名“secadmin”已存在。")))
                .andExpect(content().string(containsString("aria-describedby=\"username-help username-error\"")));
    }

    @Test
    void searchFiltersByTextAndOrganisation() throws Exception {
        mvc.perform(get("/admin/users").with(as("admin")).param("q", "secad"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("secadmin")))
                .andExpect(content().string(not(containsString(">auditor<"))))
                .andExpect(content().string(containsString("<th scope=\"col\"")));
        mvc.perform(get("/admin/users")
                        .with(as("admin"))
                        .param("organisationId", String.valueOf(org("wenchuan").id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("wenchuan.admin")))
                .andExpect(content().string(not(containsString(">secadmin<"))));
    }

    @Test
    void aUnitAdministratorSeesOnlyTheUsersOfTheirSubtree() throws Exception {
        String inYingxiu = unique("yx.");
        createUser(inYingxiu, "yingxiu");
        mvc.perform(get("/admin/users").with(as("wenchuan.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("wenchuan.admin")))
                .andExpect(content().string(containsString(inYingxiu)))
                .andExpect(content().string(not(containsString(">secadmin<"))))
                .andExpect(content().string(not(containsString(">admin<"))));
        mvc.perform(get("/admin/users/{id}", userId(inYingxiu)).with(as("wenchuan.admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/users/{id}", userId("secadmin")).with(as("wenchuan.admin")))
                .andExpect(status().isNotFound())
                // the page says why, not only that the page does not exist
                .andExpect(content().string(containsString("未找到用户（" + userId("secadmin") + "），或您无权查看。")));
        mvc.perform(post("/admin/users/{id}/reset-password", userId("secadmin"))
                        .with(as("wenchuan.admin"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAuditorMayNotOpenTheUserPages() throws Exception {
        mvc.perform(get("/admin/users").with(as("auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/{id}", userId("admin")).with(as("auditor")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSystemAdministratorManagesAccountsButSeesNoGrantControls() throws Exception {
        long id = createUser(unique("sys."), "aba-finance");
        // no role delegable (RoleDelegationIntegrationTest covers the delegated grants): roles are the security
        // administrator's, and the page says so instead of offering a form
        List<Long> delegable = jdbcForDelegation.queryForList("select id from app_role where delegable", Long.class);
        jdbcForDelegation.update("update app_role set delegable = false");
        try {
            mvc.perform(get("/admin/users/{id}", id).with(as("admin")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("/admin/users/" + id + "/edit")))
                    .andExpect(content().string(containsString("重置密码")))
                    .andExpect(content().string(containsString("grants-delegated-none")))
                    .andExpect(content().string(not(containsString("授予角色"))))
                    .andExpect(content().string(not(containsString("API 令牌"))));
        } finally {
            delegable.forEach(r -> jdbcForDelegation.update("update app_role set delegable = true where id = ?", r));
        }
        mvc.perform(get("/admin/users/{id}", id).with(as("admin")))
                .andExpect(content().string(not(containsString("API 令牌"))));
        long roleId = runAs("secadmin", () -> roleId("AUDITOR"));
        mvc.perform(post("/admin/users/{id}/grants", id)
                        .with(as("admin"))
                        .with(csrf())
                        .param("roleId", String.valueOf(roleId))
                        .param("scope", "OWN")
                        .param(
                                "organisationId",
                                String.valueOf(org("aba-finance").id())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSecurityAdministratorManagesGrantsClearanceAndTokensButNotTheAccount() throws Exception {
        long id = createUser(unique("sec."), "aba-health");
        mvc.perform(get("/admin/users/{id}", id).with(as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("授予角色")))
                .andExpect(content().string(containsString("本单位及下级")))
                .andExpect(content().string(containsString("可知悉的最高密级")))
                .andExpect(content().string(containsString("安全管理员只为服务账号签发令牌")))
                .andExpect(content().string(not(containsString("签发新令牌"))))
                .andExpect(content().string(not(containsString("/edit"))))
                .andExpect(content().string(not(containsString("重置密码"))));
        mvc.perform(post("/admin/users/{id}/reset-password", id)
                        .with(as("secadmin"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        mvc.perform(post("/admin/users/{id}/clearance", id)
                        .with(as("secadmin"))
                        .with(csrf())
                        .param("clearance", "INTERNAL"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(runAs("admin", () -> userService.get(id).clearance())).isEqualTo("INTERNAL");

        // a person's tokens are theirs to issue: the security administrator issues for service accounts only
        mvc.perform(post("/admin/users/{id}/tokens", id)
                        .with(as("secadmin"))
                        .with(csrf())
                        .param("name", "冒用")
                        .param("days", "30"))
                .andExpect(status().isForbidden());
        long service = runAs(
                "admin",
                () -> userService
                        .createServiceAccount(new org.civitas.identity.UserDraft(
                                unique("svc."), "报送系统", org("aba-health").id(), null, null, null))
                        .id());
        MvcResult issued = mvc.perform(post("/admin/users/{id}/tokens", service)
                        .with(as("secadmin"))
                        .with(csrf())
                        .param("name", "报送接口")
                        .param("days", "30"))
                .andExpect(redirectedUrl("/admin/users/" + service))
                .andReturn();
        String secret = (String) issued.getFlashMap().get("issuedSecret");
        assertThat(secret).startsWith("cvt_");
        mvc.perform(get("/admin/users/{id}", service).with(as("secadmin")).flashAttrs(issued.getFlashMap()))
                .andExpect(content().string(containsString(secret)))
                .andExpect(content().string(containsString("报送接口")))
                .andExpect(content().string(containsString("签发新令牌")));
        mvc.perform(get("/admin/users/{id}", service).with(as("secadmin")))
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(content().string(not(containsString("只显示这一次"))));
    }

    @Test
    void aRefusedGrantIsShownOnTheForm() throws Exception {
        long id = createUser(unique("mix."), "aba-land");
        long system = runAs("secadmin", () -> roleId("SYSTEM_ADMIN"));
        long security = runAs("secadmin", () -> roleId("SECURITY_ADMIN"));
        mvc.perform(post("/admin/users/{id}/grants", id)
                        .with(as("secadmin"))
                        .with(csrf())
                        .param("roleId", String.valueOf(system))
                        .param("scope", "OWN")
                        .param("organisationId", String.valueOf(org("aba-land").id())))
                .andExpect(redirectedUrl("/admin/users/" + id))
                .andExpect(flash().attribute("flash", "grant.added"));
        mvc.perform(post("/admin/users/{id}/grants", id)
                        .with(as("secadmin"))
                        .with(csrf())
                        .param("roleId", String.valueOf(security))
                        .param("scope", "OWN")
                        .param("organisationId", String.valueOf(org("aba-land").id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("三员分立")));
        mvc.perform(post("/admin/users/{id}/grants", id)
                        .with(as("secadmin"))
                        .with(csrf())
                        .param("roleId", "")
                        .param("scope", "OWN")
                        .param("organisationId", String.valueOf(org("aba-land").id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-describedby=\"roleId-error\"")));
    }

    @Test
    void resettingAPasswordShowsTheTemporaryPasswordOnceAndDisablingOneselfIsRefused() throws Exception {
        long id = createUser(unique("reset."), "aba-env");
        MvcResult reset = mvc.perform(post("/admin/users/{id}/reset-password", id)
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id))
                .andReturn();
        String temporary = (String) reset.getFlashMap().get("temporaryPassword");
        mvc.perform(get("/admin/users/{id}", id).with(as("admin")).flashAttrs(reset.getFlashMap()))
                .andExpect(content().string(containsString(temporary)))
                .andExpect(content().string(containsString("临时密码")));

        mvc.perform(post("/admin/users/{id}/disable", id).with(as("admin")).with(csrf()))
                .andExpect(flash().attribute("flash", "user.disabled.done"));
        mvc.perform(get("/admin/users/{id}", id).with(as("admin")))
                .andExpect(content().string(containsString("已停用")));
        mvc.perform(post("/admin/users/{id}/enable", id).with(as("admin")).with(csrf()))
                .andExpect(flash().attribute("flash", "user.enabled.done"));

        // nobody acts on their own account: the table of duties refuses it (and the trail records it)
        mvc.perform(post("/admin/users/{id}/disable", userId("admin"))
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void editsAUser() throws Exception {
        String username = unique("edit.");
        long id = createUser(username, "aba-agri");
        mvc.perform(get("/admin/users/{id}/edit", id).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("readonly")));
        mvc.perform(post("/admin/users/{id}", id)
                        .with(as("admin"))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "改过的名字")
                        .param("organisationId", String.valueOf(org("aba-agri").id()))
                        .param("phone", "0837-1234567"))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(runAs("admin", () -> userService.get(id).displayName())).isEqualTo("改过的名字");
    }

    private long roleId(String code) {
        return context.getBean(org.civitas.identity.RoleService.class).roles().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
