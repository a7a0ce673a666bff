package org.civitas.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.RoleService;
import org.civitas.identity.RoleView;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class RolePagesIntegrationTest extends ConsoleTestSupport {

    @Autowired
    RoleService roles;

    private RoleView role(String code) {
        return runAs(
                "secadmin",
                () -> roles.roles().stream()
                        .filter(r -> r.code().equals(code))
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void listsRolesWithReadablePermissionsAndNoDeleteForBuiltInRoles() throws Exception {
        long builtin = role("SYSTEM_ADMIN").id();
        mvc.perform(get("/admin/roles").with(as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("系统管理员")))
                .andExpect(content().string(containsString("内置")))
                .andExpect(content().string(containsString("管理组织机构")))
                .andExpect(content().string(containsString("/admin/roles/" + builtin + "/edit")))
                .andExpect(content().string(not(containsString("/admin/roles/" + builtin + "/delete"))));
        mvc.perform(get("/admin/roles").with(as("admin"))).andExpect(status().isForbidden());
    }

    @Test
    void builtInRolesHaveOneNameAndDescriptionPerLanguage() throws Exception {
        String chinese = mvc.perform(get("/admin/roles").param("lang", "zh_CN").with(as("secadmin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String english = mvc.perform(get("/admin/roles").param("lang", "en").with(as("secadmin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(chinese).contains("安全审计员", "只读审计记录").doesNotContain("Reads the audit trail");
        assertThat(english)
                .contains("Auditor", "Reads the audit trail only", "Security administrator")
                .doesNotContain("安全审计员", "只读审计记录", "系统管理员");
    }

    @Test
    void theFormGroupsTheCatalogueByDuty() throws Exception {
        mvc.perform(get("/admin/roles/new").with(as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend")))
                .andExpect(content().string(containsString("日常业务")))
                .andExpect(content().string(containsString("系统管理")))
                .andExpect(content().string(containsString("安全管理")))
                .andExpect(content().string(containsString("value=\"grant:write\"")));
    }

    @Test
    void createsEditsAndDeletesARoleAndRefusesMixedDuties() throws Exception {
        String code = "TEST_" + unique("").toUpperCase(Locale.ROOT).replace('-', '_');
        mvc.perform(post("/admin/roles")
                        .with(as("secadmin"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "混合角色")
                        .param("permissions", IdentityPermissions.USER_WRITE, IdentityPermissions.ROLE_WRITE))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("三员分立")))
                .andExpect(content().string(containsString("value=\"混合角色\"")));

        mvc.perform(post("/admin/roles")
                        .with(as("secadmin"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "信息员")
                        .param("description", "看用户")
                        .param("permissions", IdentityPermissions.USER_READ, IdentityPermissions.ORGANISATION_READ))
                .andExpect(redirectedUrl("/admin/roles"));
        RoleView created = role(code);
        assertThat(created.permissions())
                .containsExactlyInAnyOrder(IdentityPermissions.USER_READ, IdentityPermissions.ORGANISATION_READ);

        mvc.perform(post("/admin/roles/{id}", created.id())
                        .with(as("secadmin"))
                        .with(csrf())
                        .param("code", code)
                        .param("name", "信息员（改）")
                        .param("permissions", IdentityPermissions.USER_READ))
                .andExpect(redirectedUrl("/admin/roles"));
        assertThat(role(code).permissions()).containsExactly(IdentityPermissions.USER_READ);

        mvc.perform(post("/admin/roles/{id}/delete", created.id())
                        .with(as("secadmin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/roles"));
        assertThat(runAs(
                        "secadmin",
                        () -> roles.roles().stream().noneMatch(r -> r.code().equals(code))))
                .isTrue();
    }

    @Test
    void aBuiltInRoleKeepsItsPermissionsWhenRenamed() throws Exception {
        // one the security administrator does not hold: nobody changes a role they hold (the duty table)
        RoleView builtin = role("AUDITOR");
        mvc.perform(get("/admin/roles/{id}/edit", builtin.id()).with(as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("disabled")))
                .andExpect(content().string(containsString("readonly")));
        mvc.perform(post("/admin/roles/{id}", builtin.id())
                        .with(as("secadmin"))
                        .with(csrf())
                        .param("code", "AUDITOR")
                        .param("name", builtin.name())
                        .param("description", "安全审计员（说明已改）"))
                .andExpect(redirectedUrl("/admin/roles"));
        assertThat(role("AUDITOR").permissions()).isEqualTo(builtin.permissions());
        assertThat(role("AUDITOR").description()).isEqualTo("安全审计员（说明已改）");
        mvc.perform(post("/admin/roles/{id}/delete", builtin.id())
                        .with(as("secadmin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("内置角色“AUDITOR”不能删除。")));
    }
}
