package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.TokenService;
import org.civitas.platform.RunningAs;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@DatabaseTest
class SubmissionApiIntegrationTest extends ReportingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TokenService tokens;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    SubmissionService submissions;

    @Autowired
    DeskService desk;

    @Autowired
    CommissionService commissions;

    @BeforeEach
    void accounts() {
        ensureAccounts();
    }

    /** A token its owner issues for themselves, with every permission they may put into one. */
    String bearer(String username) {
        var owner = (CivitasUser) userDetails.loadUserByUsername(username);
        return RunningAs.account(
                owner,
                () -> "Bearer "
                        + tokens.issueForSelf("接口测试", 1, tokens.grantableScope(owner.id()))
                                .secret());
    }

    static String json(String title, String signer, String label) {
        return """
                {"title": "%s", "body": "<p>县里今天召开了防汛工作会议。</p>", "category": "GOVERNMENT_AFFAIRS",
                 "urgency": "ROUTINE", "signer": %s, "label": %s, "contact": "0837-6621234"}
                """.formatted(
                title, signer == null ? "null" : "\"" + signer + "\"", label == null ? "null" : "\"" + label + "\"");
    }

    long send(String token, String body) throws Exception {
        var result = mvc.perform(post("/api/v1/submissions")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/submissions/")))
                .andExpect(jsonPath("$.state").value("SIGNING"))
                .andExpect(jsonPath("$.unitName").value("理县人民政府"))
                .andReturn();
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void aUnitsSystemAnswersACommissionAndIsRefusedOnceItClosed() throws Exception {
        long lixian = org("lixian");
        CommissionView c = accounts.runAs(
                "t.editor",
                () -> commissions.issue(new CommissionDraft(
                        "接口约稿秋粮收购", "请报送秋粮收购情况。", LocalDate.now().plusDays(3), false, Set.of(), Set.of(lixian))));
        String lixianSystem = bearer("t.lx.writer");
        String answer = json("理县秋粮收购进展", "李县长", null).replace("}", ", \"commissionId\": " + c.id() + "}");
        long id = send(lixianSystem, answer);
        mvc.perform(get("/api/v1/submissions/" + id).header("Authorization", lixianSystem))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.commissionId").value(c.id()));
        signOff("t.lx.head", id);
        assertThat(accounts.runAs("t.editor", () -> commissions.get(c.id())).targets())
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.status()).isEqualTo(AnswerStatus.ON_TIME);
                    assertThat(t.submissionId()).isEqualTo(id);
                });

        accounts.runAs("t.editor", () -> commissions.close(c.id()));
        long before = accounts.runAs("t.lx.writer", () -> submissions.count(SubmissionQuery.none()));
        refused(
                lixianSystem,
                json("理县秋粮收购补报", "李县长", null).replace("}", ", \"commissionId\": " + c.id() + "}"),
                422,
                "reporting.commission.closed");
        assertThat(accounts.runAs("t.lx.writer", () -> submissions.count(SubmissionQuery.none())))
                .isEqualTo(before);
    }

    @Test
    void aUnitsSystemSendsASubmissionAndFollowsItsState() throws Exception {
        String lixian = bearer("t.lx.writer");
        long id = send(lixian, json("理县召开防汛工作会议", "李县长", null));
        mvc.perform(get("/api/v1/submissions/" + id).header("Authorization", lixian))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("理县召开防汛工作会议"))
                .andExpect(jsonPath("$.signer").value("李县长"))
                .andExpect(jsonPath("$.label").value("PUBLIC"));
        var signing = mvc.perform(
                        get("/api/v1/submissions").param("state", "SIGNING").header("Authorization", lixian))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> waiting = JsonPath.read(signing, "$.items[*].id");
        List<String> states = JsonPath.read(signing, "$.items[*].state");
        assertThat(waiting).contains((int) id);
        assertThat(states).containsOnly("SIGNING");

        String maoxian = bearer("t.mx.writer");
        mvc.perform(get("/api/v1/submissions/" + id).header("Authorization", maoxian))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        var list = mvc.perform(get("/api/v1/submissions").param("size", "100").header("Authorization", maoxian))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ids = JsonPath.read(list, "$.items[*].id");
        assertThat(ids).doesNotContain((int) id);
        mvc.perform(get("/api/v1/submissions")).andExpect(status().isUnauthorized());
    }

    @Test
    void anItemAboveTheCallersClearanceIsNeitherListedNorCountedNorRead() throws Exception {
        long secret = send(bearer("t.lx.writer"), json("理县敏感情况报告", "李县长", "SENSITIVE"));
        // signed off by the head, so that the office's editors would see it
        signOff("t.lx.head", secret);
        String low = bearer("t.editor.low");
        String high = bearer("t.editor");
        String orgParam = String.valueOf(org("lixian"));
        var lowList = mvc.perform(get("/api/v1/submissions")
                        .param("organisationId", orgParam)
                        .param("size", "100")
                        .header("Authorization", low))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var highList = mvc.perform(get("/api/v1/submissions")
                        .param("organisationId", orgParam)
                        .param("size", "100")
                        .header("Authorization", high))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> lowIds = JsonPath.read(lowList, "$.items[*].id");
        List<Integer> highIds = JsonPath.read(highList, "$.items[*].id");
        assertThat(lowIds).doesNotContain((int) secret);
        assertThat(highIds).contains((int) secret);
        assertThat(((Number) JsonPath.read(lowList, "$.total")).longValue()).isEqualTo(lowIds.size());
        assertThat(((Number) JsonPath.read(highList, "$.total")).longValue()).isGreaterThan(lowIds.size());
        mvc.perform(get("/api/v1/submissions/" + secret).header("Authorization", low))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputIsRefusedWithAReasonAndNothingIsWritten() throws Exception {
        String lixian = bearer("t.lx.writer");
        long before = accounts.runAs("t.lx.writer", () -> submissions.count(SubmissionQuery.none()));
        events.clear();
        refused(lixian, json("没有签发人", null, null), 422, "reporting.signer.required");
        refused(lixian, json("未知密级", "李县长", "TOP_SECRET"), 422, "reporting.label.unknown");
        refused(lixian, json("长".repeat(201), "李县长", null), 422, "reporting.title.tooLong");
        mvc.perform(post("/api/v1/submissions")
                        .header("Authorization", lixian)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"断开的 JSON"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400));
        mvc.perform(post("/api/v1/submissions")
                        .header("Authorization", lixian)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("未知紧急程度", "李县长", null).replace("ROUTINE", "SOMEDAY")))
                .andExpect(status().isBadRequest());
        assertThat(auditable()).isZero();
        assertThat(accounts.runAs("t.lx.writer", () -> submissions.count(SubmissionQuery.none())))
                .isEqualTo(before);
        // an office editor without reporting:submit may not send
        mvc.perform(post("/api/v1/submissions")
                        .header("Authorization", bearer("t.editor.low"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("编辑", "某", null)))
                .andExpect(status().isForbidden());
    }

    void refused(String token, String body, int status, String code) throws Exception {
        mvc.perform(post("/api/v1/submissions")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
