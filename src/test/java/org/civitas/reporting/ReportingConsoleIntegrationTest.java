package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The desk's console pages as a unit writer, a unit head and an office editor use them. */
@DatabaseTest
class ReportingConsoleIntegrationTest extends ReportingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SubmissionService submissions;

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    @Test
    void aWriterSendsAnEditorEditsSeesTheDiffAndAdopts() throws Exception {
        ensureAccounts();
        mvc.perform(get("/admin/reporting/submissions/new").with(as("t.lx.writer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"signer\"")));
        // no signer: the form comes back with the reason, nothing is written
        mvc.perform(post("/admin/reporting/submissions")
                        .with(as("t.lx.writer"))
                        .with(csrf())
                        .param("title", "理县秋收进度")
                        .param("body", "<p>全县秋粮收获已完成八成。</p>")
                        .param("category", "ECONOMY")
                        .param("urgency", "ROUTINE")
                        .param("label", "PUBLIC")
                        .param("signer", "")
                        .param("action", "send"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写签发人")));
        var sent = mvc.perform(post("/admin/reporting/submissions")
                        .with(as("t.lx.writer"))
                        .with(csrf())
                        .param("title", "理县秋收进度")
                        .param("body", "<p>全县秋粮收获已完成八成。</p>")
                        .param("category", "ECONOMY")
                        .param("urgency", "ROUTINE")
                        .param("label", "PUBLIC")
                        .param("signer", "李县长")
                        .param("action", "send"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/reporting/submissions/*"))
                .andExpect(flash().attribute("flash", "reporting.sent"))
                .andReturn();
        long id = Long.parseLong(
                sent.getResponse().getRedirectedUrl().substring("/admin/reporting/submissions/".length()));
        mvc.perform(get("/admin/reporting/submissions").with(as("t.lx.writer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("理县秋收进度")))
                .andExpect(content().string(containsString("待签发")));
        mvc.perform(get("/admin/reporting/inbox").with(as("t.editor")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("理县秋收进度"))));

        signOff("t.lx.head", id);
        mvc.perform(get("/admin/reporting/inbox")
                        .param("state", "SUBMITTED")
                        .param("unitType", "COUNTY")
                        .with(as("t.editor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("理县秋收进度")));
        mvc.perform(get("/admin/reporting/submissions/" + id + "/office-edit").with(as("t.editor")))
                .andExpect(status().isOk());
        long version = accounts.runAs("t.editor", () -> submissions.get(id)).version();
        mvc.perform(post("/admin/reporting/submissions/" + id + "/office-edit")
                        .with(as("t.editor"))
                        .with(csrf())
                        .param("title", "理县秋粮收获过八成")
                        .param("body", "<p>全县秋粮收获已完成八成以上。</p>")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/reporting/submissions/" + id).with(as("t.editor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<ins>")))
                .andExpect(content().string(containsString("理县秋粮收获过八成")))
                .andExpect(content().string(containsString("其他单位的相似来稿")))
                // people by the names they are known by, not their account names
                .andExpect(content().string(containsString("测试 t.lx.writer")))
                .andExpect(content().string(containsString("测试 t.editor")));
        mvc.perform(post("/admin/reporting/submissions/" + id + "/adopt")
                        .with(as("t.editor"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "reporting.adopted"));
        mvc.perform(post("/admin/reporting/submissions/" + id + "/return")
                        .with(as("t.editor"))
                        .with(csrf())
                        .param("reason", "晚了"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", containsString("已采用")));
        assertThat(accounts.runAs("t.lx.writer", () -> submissions.get(id)).adoptionId())
                .isNotNull();
        mvc.perform(get("/admin/reporting/submissions/" + id).with(as("t.mx.writer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/reporting/units").with(as("t.editor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("茂县人民政府")));
        mvc.perform(get("/admin/reporting/inbox").with(as("t.lx.writer"))).andExpect(status().isForbidden());
    }
}
