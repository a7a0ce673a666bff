package org.civitas.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.RoleView;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The security administrator marks roles as delegable; a county's user administrator (the demo
 * {@code wenchuan.admin}) then grants and revokes exactly those roles, within its county, on the user page;
 * with none marked, the page says who grants roles and how to ask.
 */
@DatabaseTest
class RoleDelegationIntegrationTest extends ConsoleTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RoleService roles;

    @Test
    void aCountyAdministratorGrantsOnlyDelegableRolesAndOnlyWithinItsCounty() throws Exception {
        long person = createUser(unique("dl.person."), "wenchuan");
        String page = "/admin/users/" + person;
        List<Long> markedBefore = jdbc.queryForList("select id from app_role where delegable", Long.class);
        jdbc.update("update app_role set delegable = false");
        try {
            // nothing delegable: the page says who grants roles and how to ask, and offers no form
            mvc.perform(get(page).with(as("wenchuan.admin")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("角色由安全管理员授予")))
                    .andExpect(content().string(not(containsString("/grants\""))));

            String code = unique("DL_").toUpperCase().replace('.', '_');
            long role = runAs(
                    "secadmin",
                    () -> roles.create(new RoleDraft(
                                    code, "信息员 " + code, null, Set.of(IdentityPermissions.ORGANISATION_READ)))
                            .id());
            long other = runAs(
                    "secadmin",
                    () -> roles.create(new RoleDraft(
                                    code + "_NO", "未委派 " + code, null, Set.of(IdentityPermissions.ORGANISATION_READ)))
                            .id());
            // the security administrator marks it; a role with a duty cannot be marked; nobody else marks any
            mvc.perform(post("/admin/roles/{id}/delegable", role)
                            .param("delegable", "true")
                            .with(as("secadmin"))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(flash().attribute("flash", "common.saved"));
            long auditor = builtIn("AUDITOR");
            mvc.perform(post("/admin/roles/{id}/delegable", auditor)
                            .param("delegable", "true")
                            .with(as("secadmin"))
                            .with(csrf()))
                    .andExpect(flash().attribute("flashError", containsString("不能委派")));
            mvc.perform(post("/admin/roles/{id}/delegable", other)
                            .param("delegable", "true")
                            .with(as("wenchuan.admin"))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            assertThat(audits("role:delegable", "secadmin")).isOne();

            // the county's administrator is offered that role only
            mvc.perform(get(page).with(as("wenchuan.admin")))
                    .andExpect(content().string(containsString("信息员 " + code)))
                    .andExpect(content().string(not(containsString("未委派 " + code))))
                    .andExpect(content().string(not(containsString("grants-delegated-none"))));

            long wenchuan = org("wenchuan").id();
            mvc.perform(grant(person, role, "OWN", wenchuan)).andExpect(status().is3xxRedirection());
            assertThat(grants(person, role)).isOne();
            assertThat(audits("grant:create", "wenchuan.admin")).isPositive();

            // any other role: refused and audited, as every grant:write operation
            long denied = audits("grant:add", "wenchuan.admin");
            mvc.perform(grant(person, other, "OWN", wenchuan)).andExpect(status().isForbidden());
            assertThat(audits("grant:add", "wenchuan.admin")).isEqualTo(denied + 1);

            // never beyond the county: another county, or everything
            mvc.perform(grant(person, role, "OWN", org("lixian").id()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("超出您的授权范围")));
            mvc.perform(grant(person, role, "ALL", wenchuan))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("超出您的授权范围")));
            assertThat(grants(person, role)).isOne();

            // and not to an account that reaches beyond the county
            long wide = createUser(unique("dl.wide."), "wenchuan");
            runAs(
                    "secadmin",
                    () -> roles.grant(
                            wide,
                            other,
                            org.civitas.identity.DataScope.ALL,
                            org("aba").id()));
            mvc.perform(grant(wide, role, "OWN", wenchuan)).andExpect(status().isForbidden());

            long grantId = jdbc.queryForObject(
                    "select id from role_grant where user_id = ? and role_id = ?", Long.class, person, role);
            mvc.perform(post(page + "/grants/" + grantId + "/revoke")
                            .with(as("wenchuan.admin"))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
            assertThat(grants(person, role)).isZero();
        } finally {
            jdbc.update("update app_role set delegable = false");
            for (long id : markedBefore) {
                jdbc.update("update app_role set delegable = true where id = ?", id);
            }
        }
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder grant(
            long user, long role, String scope, long organisation) {
        return post("/admin/users/" + user + "/grants")
                .param("roleId", String.valueOf(role))
                .param("scope", scope)
                .param("organisationId", String.valueOf(organisation))
                .with(as("wenchuan.admin"))
                .with(csrf());
    }

    private long grants(long user, long role) {
        return jdbc.queryForObject(
                "select count(*) from role_grant where user_id = ? and role_id = ?", Long.class, user, role);
    }

    private long audits(String action, String actor) {
        return jdbc.queryForObject(
                "select count(*) from audit_record where action = ? and actor = ?", Long.class, action, actor);
    }

    private long builtIn(String code) {
        return runAs("secadmin", () -> roles.roles()).stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .map(RoleView::id)
                .orElseThrow();
    }
}
