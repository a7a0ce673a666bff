package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The unit head reviews what they sign off: the task shows the submission's text in the head's words (kind,
 * names, role by name), the head may sign off from the submission's page too, and a head whose clearance does
 * not reach the item's label sees no text.
 */
@DatabaseTest
class SubmissionReviewTaskIntegrationTest extends ReportingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SubmissionService submissions;

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private long send(String title, String body, String label) {
        return accounts.runAs(
                        "t.lx.writer",
                        () -> submissions.submit(new SubmissionDraft(
                                null,
                                title,
                                body,
                                Category.SAFETY,
                                Urgency.ROUTINE,
                                label,
                                "李县长",
                                "0837-6822110",
                                List.of(),
                                null)))
                .id();
    }

    private String taskOf(long id) {
        return accounts.runAs(
                "t.lx.head",
                () -> reviewService
                        .openTask("reporting.submission", String.valueOf(id))
                        .orElseThrow()
                        .taskId());
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theHeadReadsTheSubmissionOnTheTaskAndListsNameItInWords() throws Exception {
        ensureAccounts();
        long id = send("理县开展汛前安全大检查", "<p>理县组织排查地质灾害隐患点<strong>126处</strong>。</p>", "PUBLIC");
        String taskId = taskOf(id);

        String inbox = page(get("/admin/tasks"), "t.lx.head");
        assertThat(inbox)
                .contains("报送信息", "理县开展汛前安全大检查", "测试 t.lx.writer", "T_REPORTING_HEAD（理县人民政府）")
                .doesNotContain("reporting.submission", "role:T_REPORTING_HEAD", "@org:");

        String task = page(get("/admin/tasks/" + taskId), "t.lx.head");
        assertThat(task)
                .contains("送审报送信息", "排查地质灾害隐患点<strong>126处</strong>", "李县长", "测试 t.lx.writer")
                .contains("/admin/reporting/submissions/" + id)
                .doesNotContain("reporting.submission", "role:T_REPORTING_HEAD", ">t.lx.writer<");

        String history = page(
                get("/admin/tasks/history")
                        .param("type", "reporting.submission")
                        .param("id", "" + id),
                "t.lx.writer");
        assertThat(history)
                .contains("报送信息", "测试 t.lx.writer", "T_REPORTING_HEAD（理县人民政府）")
                .doesNotContain("role:T_REPORTING_HEAD", "@org:");
    }

    @Test
    void aHeadWhoseClearanceDoesNotReachTheLabelSeesNoText() throws Exception {
        ensureAccounts();
        long id = send("理县内部情况通报", "<p>此为内部信息，不应被未获知悉范围的人看到。</p>", "SENSITIVE");
        String taskId = taskOf(id);

        String task = page(get("/admin/tasks/" + taskId), "t.lx.head");
        assertThat(task).contains("您无权阅读此事项").doesNotContain("不应被未获知悉范围的人看到");
        // the head of another unit is no candidate of its task
        mvc.perform(get("/admin/tasks/" + taskId).with(as("t.mx.head")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/tasks"));
    }

    @Test
    void theHeadSignsOffFromTheSubmissionsOwnPage() throws Exception {
        ensureAccounts();
        long id = send("理县春耕备耕有序推进", "<p>全县储备化肥3200吨。</p>", "PUBLIC");

        String shown = page(get("/admin/reporting/submissions/" + id), "t.lx.head");
        assertThat(shown).contains("单位负责人签发", "签发意见（可选）", "退回撰稿人");
        assertThat(page(get("/admin/reporting/submissions/" + id), "t.lx.writer"))
                .doesNotContain("签发意见（可选）");

        // a return without a reason is refused in place, keeping the comment typed and the page
        String refused = page(
                post("/admin/reporting/submissions/" + id + "/sign-off")
                        .with(csrf())
                        .param("decision", "return")
                        .param("reason", "  "),
                "t.lx.head");
        assertThat(refused).contains("退回时请填写原因。", "理县春耕备耕有序推进");
        assertThat(accounts.runAs("t.lx.head", () -> submissions.get(id)).state())
                .isEqualTo(SubmissionState.SIGNING);

        // the writer cannot sign off their own item from the page
        mvc.perform(post("/admin/reporting/submissions/" + id + "/sign-off")
                        .with(as("t.lx.writer"))
                        .with(csrf())
                        .param("decision", "approve"))
                .andExpect(status().isOk());
        assertThat(accounts.runAs("t.lx.head", () -> submissions.get(id)).state())
                .isEqualTo(SubmissionState.SIGNING);

        mvc.perform(post("/admin/reporting/submissions/" + id + "/sign-off")
                        .with(as("t.lx.head"))
                        .with(csrf())
                        .param("decision", "approve")
                        .param("comment", "同意报送"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/reporting/submissions/" + id))
                .andExpect(flash().attribute("flash", "reporting.signoff.approved"));
        assertThat(accounts.runAs("t.lx.head", () -> submissions.get(id)).state())
                .isEqualTo(SubmissionState.SUBMITTED);
        assertThat(accounts.runAs(
                        "t.lx.head",
                        () -> reviewService.inbox("reporting.submission", PageRequest.of(0, 200)).stream()
                                .noneMatch(t -> t.subject().id().equals(String.valueOf(id)))))
                .isTrue();
    }
}
