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

import org.civitas.identity.OrganisationView;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@DatabaseTest
class OrganisationPagesIntegrationTest extends ConsoleTestSupport {

    private MockHttpServletRequestBuilder createOrganisation(String name, String code, long parentId) {
        return post("/admin/organisations")
                .param("name", name)
                .param("code", code)
                .param("kind", "DEPARTMENT")
                .param("parentId", String.valueOf(parentId))
                .param("sortOrder", "50");
    }

    @Test
    void theTreeListsChildrenDepthFirstWithActionsForTheSystemAdministrator() throws Exception {
        String page = mvc.perform(get("/admin/organisations").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "/admin/organisations/" + org("wenchuan").id() + "/edit")))
                .andExpect(content().string(containsString("县（市）")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // depth first: 汶川's own units come right after it, before the next county
        assertThat(page.indexOf("汶川县人民政府")).isLessThan(page.indexOf("映秀镇人民政府")).isPositive();
        assertThat(page.indexOf("映秀镇人民政府")).isLessThan(page.indexOf("理县人民政府"));
    }

    @Test
    void aUnitAdministratorSeesOnlyTheirSubtreeAndNoWriteActions() throws Exception {
        mvc.perform(get("/admin/organisations").with(as("wenchuan.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("汶川县人民政府")))
                .andExpect(content().string(containsString("映秀镇人民政府")))
                .andExpect(content().string(not(containsString("理县人民政府"))))
                .andExpect(content().string(not(containsString("阿坝州教育局"))))
                .andExpect(content().string(not(containsString("/edit"))));
        mvc.perform(get("/admin/organisations/new").with(as("wenchuan.admin"))).andExpect(status().isForbidden());
    }

    @Test
    void aConsolePostWithoutCsrfTokenIsRefused() throws Exception {
        int before = directory.all().size();
        mvc.perform(createOrganisation("无令牌单位", unique("nocsrf-"), org("aba").id())
                        .with(as("admin")))
                .andExpect(status().isForbidden());
        assertThat(directory.all()).hasSize(before);
    }

    @Test
    void createsAChildOrganisation() throws Exception {
        String code = unique("child-");
        mvc.perform(createOrganisation("汶川县测试局", code, org("wenchuan").id())
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/organisations"))
                .andExpect(flash().attribute("flash", "common.saved"));
        assertThat(org(code).parentId()).isEqualTo(org("wenchuan").id());
    }

    @Test
    void aDuplicateCodeIsShownOnTheFieldWithWhatWasTypedAndNothingIsCreated() throws Exception {
        int before = directory.all().size();
        mvc.perform(createOrganisation("重复编码测试局", "aba-edu", org("aba").id())
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("编码“aba-edu”已被使用。")))
                .andExpect(content().string(containsString("aria-describedby=\"code-help code-error\"")))
                .andExpect(content().string(containsString("value=\"重复编码测试局\"")))
                .andExpect(content().string(containsString("value=\"50\"")));
        assertThat(directory.all()).hasSize(before);
    }

    @Test
    void invalidInputIsShownOnItsFields() throws Exception {
        mvc.perform(post("/admin/organisations")
                        .with(as("admin"))
                        .with(csrf())
                        .param("name", "")
                        .param("code", "has spaces")
                        .param("kind", "UNIT")
                        .param("parentId", String.valueOf(org("aba").id()))
                        .param("sortOrder", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("编码只能包含字母、数字、点、下划线和连字符。")))
                .andExpect(content().string(containsString("请输入整数。")))
                .andExpect(content().string(containsString("value=\"has spaces\"")));
    }

    @Test
    void aMoveBelowItsOwnDescendantIsRefusedWithTheReason() throws Exception {
        OrganisationView wenchuan = org("wenchuan");
        mvc.perform(post("/admin/organisations/{id}/move", wenchuan.id())
                        .with(as("admin"))
                        .with(csrf())
                        .param("parentId", String.valueOf(org("yingxiu").id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能把“汶川县人民政府”移到它自己或它的下级“映秀镇人民政府”之下。")))
                .andExpect(content().string(containsString("aria-describedby=\"parentId-error\"")));
        assertThat(org("wenchuan").parentId()).isEqualTo(wenchuan.parentId());
        assertThat(org("wenchuan").path()).isEqualTo(wenchuan.path());
    }

    @Test
    void movesAnOrganisationWithItsSubtree() throws Exception {
        String parent = unique("mv-a-");
        String child = unique("mv-b-");
        mvc.perform(createOrganisation("移动测试甲", parent, org("aba").id())
                .with(as("admin"))
                .with(csrf()));
        mvc.perform(createOrganisation("移动测试乙", child, org(parent).id())
                .with(as("admin"))
                .with(csrf()));
        mvc.perform(post("/admin/organisations/{id}/move", org(parent).id())
                        .with(as("admin"))
                        .with(csrf())
                        .param("parentId", String.valueOf(org("maoxian").id())))
                .andExpect(redirectedUrl("/admin/organisations"))
                .andExpect(flash().attribute("flash", "organisation.moved"));
        assertThat(org(child).path()).startsWith(org("maoxian").path());
    }

    @Test
    void deletingAnOrganisationThatStillHasUsersIsRefusedWithTheReason() throws Exception {
        String code = unique("del-");
        mvc.perform(createOrganisation("有用户的单位", code, org("aba").id())
                .with(as("admin"))
                .with(csrf()));
        createUser(unique("member."), code);
        mvc.perform(get("/admin/organisations/{id}/delete", org(code).id()).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("确定要删除单位“有用户的单位”")));
        mvc.perform(post("/admin/organisations/{id}/delete", org(code).id())
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("“有用户的单位”还有用户，不能删除。")));
        assertThat(directory.find(org(code).id())).isPresent();
    }

    @Test
    void deletesAnEmptyOrganisation() throws Exception {
        String code = unique("empty-");
        mvc.perform(createOrganisation("空单位", code, org("aba").id())
                .with(as("admin"))
                .with(csrf()));
        long id = org(code).id();
        mvc.perform(post("/admin/organisations/{id}/delete", id)
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/organisations"))
                .andExpect(flash().attribute("flash", "common.deleted"));
        assertThat(directory.find(id)).isEmpty();
    }

    @Test
    void writePagesNeedThePermissionAndMissingOrganisationsAreNotFound() throws Exception {
        mvc.perform(get("/admin/organisations/{id}/move", org("lixian").id()).with(as("wenchuan.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/organisations/{id}/edit", 999_999L).with(as("admin")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("页面不存在")));
    }
}
