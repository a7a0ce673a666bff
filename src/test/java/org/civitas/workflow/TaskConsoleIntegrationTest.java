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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class TaskConsoleIntegrationTest extends WorkflowIntegrationTest {

    private static final String CHAIN = "console-two-steps";

    @Autowired
    MockMvc mvc;

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewChainService chains;

    private ReviewSubject subject;
    private String taskId;

    @BeforeEach
    void anItemAwaitsStepOne() {
        WorkflowTestUsers.signIn("admin", WorkflowPermissions.CHAIN_READ, WorkflowPermissions.CHAIN_WRITE);
        if (chains.find(CHAIN).isEmpty()) {
            chains.define(new ReviewChainDefinition(
                    CHAIN,
                    "栏目审核",
                    List.of(
                            ReviewChainStep.anywhere("编辑初审", "editor"),
                            ReviewChainStep.inOrganisation("领导签发", "chief", WorkflowTestUsers.ORG))));
        }
        subject = new ReviewSubject(
                "test.document", UUID.randomUUID().toString(), "关于开展安全检查的通知", "author", WorkflowTestUsers.ORG);
        WorkflowTestUsers.signIn("author");
        reviews.start(CHAIN, subject);
        WorkflowTestUsers.signIn("editor1");
        taskId = reviews.inbox(PageRequest.of(0, 1000)).stream()
                .filter(t -> t.subject().equals(subject))
                .findFirst()
                .orElseThrow()
                .taskId();
        WorkflowTestUsers.signOut();
        events.clear();
    }

    @Test
    void theInboxListsTheCandidatesTasksOnly() throws Exception {
        assertThat(page(get("/admin/tasks"), "editor1"))
                .contains("待办任务", subject.title(), "第 1/2 步：编辑初审", "角色 editor", "/admin/tasks/" + taskId);
        assertThat(page(get("/admin/tasks"), "outsider")).doesNotContain(subject.title());
    }

    @Test
    void theTaskPageShowsTheItemTheDecisionsAndTheHistory() throws Exception {
        assertThat(page(get("/admin/tasks/" + taskId), "editor1"))
                .contains(subject.title(), "栏目审核", "审核意见", "退回上一步", "退回作者", "这是第一步", "等待 角色 editor 办理");
        mvc.perform(get("/admin/tasks/" + taskId).with(as("outsider")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/tasks"))
                .andExpect(flash().attribute("flashError", "任务不存在或已办结。"));
    }

    @Test
    void claimingThenApprovingMovesTheItemToTheNextStep() throws Exception {
        mvc.perform(post("/admin/tasks/" + taskId + "/claim")
                        .with(as("editor1"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/tasks/" + taskId))
                .andExpect(flash().attribute("flash", "workflow.flash.claimed"));
        assertThat(page(get("/admin/tasks/" + taskId), "editor1")).contains("放弃认领");

        mvc.perform(post("/admin/tasks/" + taskId + "/approve")
                        .param("comment", "同意")
                        .with(as("editor1"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/tasks"))
                .andExpect(flash().attribute("flash", "workflow.flash.approved"));

        assertThat(page(get("/admin/tasks"), "chief")).contains(subject.title(), "第 2/2 步：领导签发", "角色 chief（Org 5）");
        assertThat(events.stream(AuditableEvent.class).map(Object::getClass).toList())
                .containsExactly(ReviewTaskClaimed.class, ReviewStepApproved.class);
    }

    @Test
    void aReturnWithoutReasonIsRefusedInPlaceKeepingWhatWasTyped() throws Exception {
        String html = page(
                post("/admin/tasks/" + taskId + "/return-author")
                        .param("reason", "   ")
                        .with(csrf()),
                "editor1");
        assertThat(html).contains("退回时请填写原因。", "is-invalid", subject.title());

        String tooLong = "长".repeat(2001);
        assertThat(page(
                        post("/admin/tasks/" + taskId + "/approve")
                                .param("comment", tooLong)
                                .with(csrf()),
                        "editor1"))
                .contains("不能超过 2000 个字符。", tooLong);
        assertThat(events.stream(AuditableEvent.class)).isEmpty();
        WorkflowTestUsers.signIn("editor1");
        assertThat(reviews.task(taskId)).map(ReviewTask::claimed).contains(false);
    }

    @Test
    void returningToTheAuthorFinishesTheReview() throws Exception {
        mvc.perform(post("/admin/tasks/" + taskId + "/return-author")
                        .param("reason", "请补充附件")
                        .with(as("editor2"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/tasks"))
                .andExpect(flash().attribute("flash", "workflow.flash.returned"));
        assertThat(events.stream(ReviewCompleted.class)
                        .findFirst()
                        .orElseThrow()
                        .outcome())
                .isEqualTo(ReviewOutcome.RETURNED);

        String history =
                page(get("/admin/tasks/history").param("type", subject.type()).param("id", subject.id()), "author");
        assertThat(history).contains("审核记录：" + subject.title(), "已退回", "退回作者", "editor2", "请补充附件");
    }

    @Test
    void nonCandidatesAreRefusedAndTheHistoryIsForParticipants() throws Exception {
        mvc.perform(post("/admin/tasks/" + taskId + "/approve")
                        .with(as("outsider"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/tasks"))
                .andExpect(flash().attribute("flashError", "您不是此任务的办理人。"));
        mvc.perform(post("/admin/tasks/" + taskId + "/claim")
                        .with(as("outsider"))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "您不是此任务的办理人。"));
        assertThat(events.stream(AuditableEvent.class)).isEmpty();

        var history = get("/admin/tasks/history").param("type", subject.type()).param("id", subject.id());
        mvc.perform(history.with(as("outsider"))).andExpect(status().isForbidden());
        mvc.perform(history.with(as("reader"))).andExpect(status().isOk());
        mvc.perform(history.with(as("author"))).andExpect(status().isOk());
    }

    private String page(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username)
            throws Exception {
        return mvc.perform(request.with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
