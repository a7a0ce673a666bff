package org.civitas.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.civitas.platform.AuditableEvent;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@DatabaseTest
class ReviewChainConsoleIntegrationTest extends WorkflowIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ReviewChainService chains;

    @Test
    void createsAChainThroughTheFormWithRowsAddedAndBlankRowsIgnored() throws Exception {
        String code = code();
        String withTwoRows = page(post("/admin/review-chains/new")
                .param("code", code)
                .param("name", "信息采用审核")
                .param("steps[0].name", "科室初审")
                .param("steps[0].roleCode", "editor")
                .param("steps[0].scope", "ANYWHERE")
                .param("addStep", "1")
                .with(csrf()));
        assertThat(withTwoRows).contains("第 2 步", "科室初审", "steps[1].roleCode");

        mvc.perform(post("/admin/review-chains/new")
                        .param("code", code)
                        .param("name", "信息采用审核")
                        .param("steps[0].name", "科室初审")
                        .param("steps[0].roleCode", "editor")
                        .param("steps[0].scope", "ANYWHERE")
                        .param("steps[1].name", "")
                        .param("steps[1].roleCode", "")
                        .param("steps[1].scope", "ANYWHERE")
                        .param("steps[2].name", "主任签发")
                        .param("steps[2].roleCode", "chief")
                        .param("steps[2].scope", "ORGANISATION")
                        .param("steps[2].organisationId", "5")
                        .param("save", "1")
                        .with(admin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/review-chains"))
                .andExpect(flash().attribute("flash", "workflow.flash.chainSaved"));

        signInAdmin();
        assertThat(chains.find(code).orElseThrow().steps())
                .containsExactly(
                        ReviewChainStep.anywhere("科室初审", "editor"),
                        ReviewChainStep.inOrganisation("主任签发", "chief", 5L));
        assertThat(page(get("/admin/review-chains"))).contains(code, "信息采用审核", "科室初审", "主任签发", "：Org 5");
        assertThat(events.stream(AuditableEvent.class)).singleElement().isInstanceOf(ReviewChainDefined.class);
    }

    @Test
    void aRefusedSaveShowsTheReasonAtTheFieldAndKeepsTheInput() throws Exception {
        String code = code();
        String html = page(post("/admin/review-chains/new")
                .param("code", code)
                .param("name", "保留我输入的名称")
                .param("steps[0].name", "初审")
                .param("steps[0].roleCode", "has space")
                .param("steps[0].scope", "ANYWHERE")
                .param("save", "1")
                .with(csrf()));
        assertThat(html).contains("第 1 步的角色代码不能包含空白", "保留我输入的名称", "value=\"has space\"", "is-invalid");
        signInAdmin();
        assertThat(chains.find(code)).isEmpty();
        assertThat(events.stream(AuditableEvent.class)).isEmpty();
    }

    @Test
    void editsRearrangesAndDeletesAChain() throws Exception {
        String code = code();
        signInAdmin();
        var chain = chains.define(new ReviewChainDefinition(
                code, "原名", List.of(ReviewChainStep.anywhere("一", "a"), ReviewChainStep.anywhere("二", "b"))));
        WorkflowTestUsers.signOut();

        assertThat(page(get("/admin/review-chains/" + code + "/edit"))).contains("原名", "readonly");
        String moved = page(post("/admin/review-chains/" + code + "/edit")
                .param("name", "原名")
                .param("version", String.valueOf(chain.version()))
                .param("steps[0].name", "一")
                .param("steps[0].roleCode", "a")
                .param("steps[1].name", "二")
                .param("steps[1].roleCode", "b")
                .param("moveUp", "1")
                .with(csrf()));
        assertThat(moved.indexOf("value=\"二\"")).isLessThan(moved.indexOf("value=\"一\""));

        mvc.perform(post("/admin/review-chains/" + code + "/edit")
                        .param("name", "新名")
                        .param("version", String.valueOf(chain.version()))
                        .param("steps[0].name", "二")
                        .param("steps[0].roleCode", "b")
                        .param("save", "1")
                        .with(admin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/review-chains"));
        signInAdmin();
        assertThat(chains.find(code).orElseThrow().steps()).containsExactly(ReviewChainStep.anywhere("二", "b"));

        String stale = page(post("/admin/review-chains/" + code + "/edit")
                .param("name", "过期的编辑")
                .param("version", String.valueOf(chain.version()))
                .param("save", "1")
                .with(csrf()));
        assertThat(stale).contains("已被他人修改", "过期的编辑");

        mvc.perform(post("/admin/review-chains/" + code + "/delete")
                        .with(admin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/review-chains"))
                .andExpect(flash().attribute("flash", "workflow.flash.chainDeleted"));
        signInAdmin();
        assertThat(chains.find(code)).isEmpty();
        assertThat(events.stream(AuditableEvent.class).map(Object::getClass).toList())
                .containsExactly(ReviewChainDefined.class, ReviewChainChanged.class, ReviewChainDeleted.class);
    }

    @Test
    void readersSeeTheListButNotTheFormsAndOthersNeither() throws Exception {
        var reader = as("reader");
        String list = mvc.perform(get("/admin/review-chains").with(reader))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain("/admin/review-chains/new");
        mvc.perform(get("/admin/review-chains/new").with(reader)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/review-chains/new")
                        .param("code", code())
                        .param("name", "x")
                        .param("save", "1")
                        .with(reader)
                        .with(csrf()))
                .andExpect(status().isForbidden());

        var nobody = as("nobody");
        mvc.perform(get("/admin/review-chains").with(nobody)).andExpect(status().isForbidden());
        assertThat(events.stream(AuditableEvent.class)).isEmpty();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private RequestPostProcessor admin() {
        return as("admin");
    }

    private static void signInAdmin() {
        WorkflowTestUsers.signIn("admin", WorkflowPermissions.CHAIN_READ, WorkflowPermissions.CHAIN_WRITE);
    }

    private static String code() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
