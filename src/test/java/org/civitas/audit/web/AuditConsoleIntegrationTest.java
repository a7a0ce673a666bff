package org.civitas.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.civitas.audit.AuditPermissions;
import org.civitas.content.ContentPermissions;
import org.civitas.platform.AuditSummary;
import org.civitas.platform.AuditableEvent;
import org.civitas.platform.Audited;
import org.civitas.reporting.SubmissionState;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/** The auditor's console: readable with audit:read only, filterable, exportable, verifiable. */
@DatabaseTest
@CivitasIntegrationTest
class AuditConsoleIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Audited(action = "auth:login", object = "Article", id = "objectId")
    record Published(String objectId, String summary) implements AuditableEvent {}

    @Audited(action = "reporting:sign-off", object = "Submission", id = "objectId")
    record SignedOff(String objectId, String summary) implements AuditableEvent {}

    @Test
    void anAuditorSeesTheTrailWithReadableActionNames() throws Exception {
        String id = write("发布《地震灾后重建》");

        String html = asAuditor(get("/admin/audit").param("objectId", id).param("lang", "zh_CN"));

        assertThat(html).contains("审计记录", "发布《地震灾后重建》", "登录", "auth:login", "成功");
        assertThat(html).contains("href=\"/admin/audit/export.csv?objectId=" + id + "&amp;\"");
    }

    @Test
    void summariesActionsAndStatesAreShownInTheReadersLanguage() throws Exception {
        long submission = 900_000_000L + (System.nanoTime() % 1_000_000L);
        // the summary SubmissionStateChanged writes, without the listeners that expect a real submission
        transactions.executeWithoutResult(s -> events.publishEvent(new SignedOff(
                String.valueOf(submission),
                AuditSummary.of(
                        "SubmissionStateChanged",
                        "灾后重建进展",
                        AuditSummary.label("reporting.state.", SubmissionState.SIGNING),
                        AuditSummary.label("reporting.state.", SubmissionState.SUBMITTED),
                        ""))));

        String chinese = trail(submission, "zh_CN");
        String english = trail(submission, "en");

        assertThat(chinese).contains("签发来稿", "“灾后重建进展”：待签发 → 已报送", "来稿");
        assertThat(chinese).doesNotContain("SIGNING", "Awaiting sign-off");
        assertThat(english).contains("Sign off submission", "&quot;灾后重建进展&quot;: Awaiting sign-off → Submitted");
        assertThat(english).doesNotContain("SIGNING", "待签发", "签发来稿");

        String csv = asAuditor(get("/admin/audit/export.csv")
                .param("objectId", String.valueOf(submission))
                .param("lang", "en"));
        assertThat(csv).contains("Awaiting sign-off → Submitted").doesNotContain("待签发");
    }

    record UnitCreated(String objectId, String summary) implements AuditableEvent {
        public String action() {
            return "organisation:create";
        }

        public String objectType() {
            return "Organisation";
        }
    }

    @Test
    void theActorIsNamedByDisplayNameAndUnitIdsByTheUnitsNames() throws Exception {
        // any account whose display name differs from it (the demo's wenchuan.admin on H2; PostgreSQL has fewer)
        String account = jdbc.queryForList(
                        "select username from app_user where display_name <> username and organisation_id is not null order by id",
                        String.class)
                .getFirst();
        String person =
                jdbc.queryForObject("select display_name from app_user where username = ?", String.class, account);
        long county =
                jdbc.queryForObject("select organisation_id from app_user where username = ?", Long.class, account);
        String countyName = jdbc.queryForObject("select name from organisation where id = ?", String.class, county);
        long unit = 800_000_000L + (System.nanoTime() % 1_000_000L);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            transactions.executeWithoutResult(s -> events.publishEvent(new UnitCreated(
                    String.valueOf(unit), AuditSummary.of("OrganisationCreated", "水磨镇便民服务中心", county))));
        } finally {
            SecurityContextHolder.setContext(previous);
        }

        String chinese = trail(unit, "zh_CN");

        assertThat(person).isNotBlank().isNotEqualTo(account);
        assertThat(chinese).contains(person, "新建单位“水磨镇便民服务中心”，上级单位：" + countyName);
        assertThat(chinese).doesNotContain("上级单位编号");
        // the account stays readable beside the name, and filtering by it still finds the record
        assertThat(chinese).contains(account);
        String filtered = asAuditor(get("/admin/audit")
                .param("actor", account)
                .param("objectType", "Organisation")
                .param("lang", "en"));
        assertThat(filtered).contains(person, "&quot;水磨镇便民服务中心&quot; created under " + countyName);
    }

    private String trail(long objectId, String lang) throws Exception {
        return asAuditor(
                get("/admin/audit").param("objectId", String.valueOf(objectId)).param("lang", lang));
    }

    @Test
    void anyoneElseIsRefusedAndTheDenialIsRecorded() throws Exception {
        assertThat(deniedToAClerk("/admin/audit", "action || ' ' || outcome || ' ' || address || ' ' || object_type"))
                .containsExactly("audit:read DENIED 127.0.0.1 Method");
    }

    @Test
    void aDenialByAUrlRuleIsRecordedWithTheRequest() throws Exception {
        assertThat(deniedToAClerk(
                        "/actuator/prometheus", "action || ' ' || outcome || ' ' || object_type || ' ' || object_id"))
                .containsExactly("operations:metrics DENIED Request GET /actuator/prometheus");
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/audit").accept("text/html")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/audit")).andExpect(status().isUnauthorized());
    }

    @Test
    void aBackwardsTimeRangeIsExplainedNotSearched() throws Exception {
        String html = asAuditor(get("/admin/audit")
                .param("from", "2026-05-02T00:00")
                .param("to", "2026-05-01T00:00")
                .param("lang", "en"));

        assertThat(html).contains("The end must not be before the start.", "value=\"2026-05-02T00:00:00\"");
    }

    @Test
    void exportIsCsvWithByteOrderMarkAndOnlyTheFilteredRecords() throws Exception {
        String id = write("=HYPERLINK(\"http://evil\") 标题, \"引号\"");
        write("not this one");

        byte[] body = mvc.perform(get("/admin/audit/export.csv")
                        .param("objectId", id)
                        .param("lang", "zh_CN")
                        .with(user("auditor").authorities(() -> AuditPermissions.READ)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("序号,时间 (").endsWith(",操作人,来源地址,操作代码,操作,对象类型,对象标识,摘要,结果");
        assertThat(lines[1])
                .contains(",auth:login,登录,Article," + id + ",")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\") 标题, \"\"引号\"\"\"")
                .endsWith(",成功");
    }

    @Test
    void exportNeedsTheAuditorPermission() throws Exception {
        mvc.perform(get("/admin/audit/export.csv").with(user("clerk").authorities(() -> ContentPermissions.WRITE)))
                .andExpect(status().isForbidden());
    }

    @Test
    void verifyingTheChainShowsTheResult() throws Exception {
        write("something");

        String html = asAuditor(post("/admin/audit/verify").param("lang", "en").with(csrf()));

        assertThat(html).contains("The chain is intact");
    }

    @Test
    void aRealFailedLoginIsRecordedUnderTheAttemptedName() throws Exception {
        String attempted = "nobody-" + UUID.randomUUID();

        mvc.perform(post("/login")
                        .param("username", attempted)
                        .param("password", "wrong")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForList(
                        "select action || ' ' || outcome || ' ' || summary from audit_record where actor = ?",
                        String.class,
                        attempted))
                .containsExactly("auth:login FAILURE bad-credentials");
    }

    @Test
    void aRealLogoutIsRecorded() throws Exception {
        String leaving = "leaving-" + UUID.randomUUID();

        mvc.perform(post("/logout").with(csrf()).with(user(leaving))).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForList("select action from audit_record where actor = ?", String.class, leaving))
                .containsExactly("auth:logout");
    }

    /** The page {@code request} gives an auditor (who may read the trail), expecting it to answer. */
    private String asAuditor(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("auditor").authorities(() -> AuditPermissions.READ)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Has a clerk of its own (who may only write content) refused {@code url}; returns the audit's {@code columns} of it. */
    private List<String> deniedToAClerk(String url, String columns) throws Exception {
        String clerk = "clerk-" + UUID.randomUUID();
        mvc.perform(get(url).with(user(clerk).authorities(() -> ContentPermissions.WRITE)))
                .andExpect(status().isForbidden());
        return jdbc.queryForList("select " + columns + " from audit_record where actor = ?", String.class, clerk);
    }

    private String write(String summary) {
        String id = UUID.randomUUID().toString();
        transactions.executeWithoutResult(s -> events.publishEvent(new Published(id, summary)));
        return id;
    }
}
