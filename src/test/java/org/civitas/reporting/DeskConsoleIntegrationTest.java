package org.civitas.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The console pages of commissions, instructions and scoring, as the office and a unit use them. */
@DatabaseTest
class DeskConsoleIntegrationTest extends ReportingIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ScoringService scoring;

    @Autowired
    WebApplicationContext context;

    RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    @Test
    void theOfficeIssuesACommissionAndTheUnitAnswersItFromItsList() throws Exception {
        ensureAccounts();
        accounts.ensureOffice();
        mvc.perform(get("/admin/reporting/commissions/new").with(as("t.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"dueDate\"")));
        mvc.perform(post("/admin/reporting/commissions")
                        .with(as("t.office"))
                        .with(csrf())
                        .param("title", "春季防火")
                        .param("description", "请报送防火措施。")
                        .param("dueDate", LocalDate.now().minusDays(2).toString())
                        .param("organisationIds", String.valueOf(org("lixian"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("截止日期不能早于今天")));
        var issued = mvc.perform(post("/admin/reporting/commissions")
                        .with(as("t.office"))
                        .with(csrf())
                        .param("title", "春季防火")
                        .param("description", "请报送防火措施。")
                        .param("dueDate", LocalDate.now().plusDays(2).toString())
                        .param("organisationIds", String.valueOf(org("lixian"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/reporting/commissions/*"))
                .andReturn();
        String page = issued.getResponse().getRedirectedUrl();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        mvc.perform(get(page).with(as("t.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("待报送")));
        mvc.perform(get("/admin/reporting/commissions").with(as("t.lx.writer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本单位待报约稿")))
                .andExpect(content().string(containsString("春季防火")));
        mvc.perform(get("/admin/reporting/submissions/new")
                        .param("commission", String.valueOf(id))
                        .with(as("t.lx.writer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"commissionId\"")));
        mvc.perform(post("/admin/reporting/commissions/" + id + "/close")
                        .with(as("t.office"))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "reporting.commission.closedDone"));
        mvc.perform(get(page).with(as("t.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("缺报")));
    }

    @Test
    void theRegisterRankingAndRuleTableRender() throws Exception {
        ensureAccounts();
        accounts.ensureOffice();
        mvc.perform(get("/admin/reporting/instructions").with(as("t.office"))).andExpect(status().isOk());
        mvc.perform(get("/admin/reporting/scores").param("type", "COUNTY").with(as("t.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("理县")));
        mvc.perform(get("/admin/reporting/scores")
                        .param("year", String.valueOf(LocalDate.now().getYear()))
                        .with(as("t.office")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/reporting/scores/rules").with(as("t.office")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"points[PUBLICATION.MUNICIPAL.FULL_TEXT]\"")));
        mvc.perform(post("/admin/reporting/scores/rules")
                        .with(as("t.office"))
                        .with(csrf())
                        .param("points[QUOTA_SHORTFALL]", "abc"))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(get("/admin/reporting/scores/rules").with(as("t.lx.writer")))
                .andExpect(status().isForbidden());
    }

    Map<String, BigDecimal> ruleTable() {
        return accounts.runAs("t.office", () -> scoring.rules()).stream()
                .collect(Collectors.toMap(ScoreRuleView::code, ScoreRuleView::points));
    }

    /** The editor shows what the table holds, and saving one changed field leaves every other rule alone. */
    @Test
    void theRuleEditorShowsTheStoredPointsAndSavingOneFieldKeepsTheOthers() throws Exception {
        ensureAccounts();
        accounts.ensureOffice();
        Map<String, BigDecimal> before = ruleTable();
        String page = mvc.perform(get("/admin/reporting/scores/rules").with(as("t.office")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        before.forEach((code, points) -> assertThat(page)
                .as(code)
                .contains("name=\"points[" + code + "]\" value=\"" + points.toPlainString() + "\""));
        String code = ScoreRules.COMMISSION_LATE;
        BigDecimal changed = before.get(code).add(BigDecimal.ONE);
        try {
            mvc.perform(post("/admin/reporting/scores/rules")
                            .with(as("t.office"))
                            .with(csrf())
                            .param("points[" + code + "]", changed.toPlainString()))
                    .andExpect(flash().attribute("flash", "reporting.score.rules.saved"));
            Map<String, BigDecimal> after = ruleTable();
            assertThat(after.get(code)).isEqualByComparingTo(changed);
            before.keySet().stream()
                    .filter(c -> !c.equals(code))
                    .forEach(c -> assertThat(after.get(c)).as(c).isEqualByComparingTo(before.get(c)));
            // a field posted empty is refused, never read as 0
            mvc.perform(post("/admin/reporting/scores/rules")
                            .with(as("t.office"))
                            .with(csrf())
                            .param("points[" + code + "]", before.get(code).toPlainString())
                            .param("points[" + ScoreRules.COMMISSION_ON_TIME + "]", ""))
                    .andExpect(flash().attributeExists("flashError"));
            assertThat(ruleTable()).isEqualTo(after);
        } finally {
            accounts.runAs(
                    "t.office",
                    () -> scoring.change(Map.of(code, before.get(code).toPlainString())));
        }
    }

    /** A desk form whose refusal comes back as a redirect hands what was typed to the next page, to be put back. */
    @Test
    void aRefusedRuleTableKeepsWhatWasTypedAndAnOversizedPostGetsTheConsolesOwnPage() throws Exception {
        ensureAccounts();
        accounts.ensureOffice();
        var refused = mvc.perform(post("/admin/reporting/scores/rules")
                        .with(as("t.office"))
                        .with(csrf())
                        .param("points[" + ScoreRules.COMMISSION_LATE + "]", "2.5")
                        .param("points[" + ScoreRules.QUOTA_SHORTFALL + "]", "abc"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"))
                .andExpect(flash().attributeExists("typedForm"))
                .andReturn();
        // the next page, given the flash as the browser's session gives it (the full filter chain's session
        // repository does not see a test's flash map, so this request goes through security only)
        MockMvc plain = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        plain.perform(get("/admin/reporting/scores/rules").with(as("t.office")).flashAttrs(refused.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-action=\"/admin/reporting/scores/rules\"")))
                .andExpect(content()
                        .string(containsString(
                                "data-name=\"points[" + ScoreRules.QUOTA_SHORTFALL + "]\" value=\"abc\"")))
                .andExpect(content()
                        .string(containsString(
                                "data-name=\"points[" + ScoreRules.COMMISSION_LATE + "]\" value=\"2.5\"")))
                .andExpect(content().string(not(containsString("data-name=\"_csrf\""))));

        // 3 MB of title: the console's page in the user's language, not the server's English one
        String huge = "title=" + "a".repeat(3 * 1024 * 1024);
        for (var lang : new String[] {"zh-CN", "en"}) {
            mvc.perform(post("/admin/reporting/submissions")
                            .with(as("t.lx.writer"))
                            .with(csrf())
                            .cookie(new jakarta.servlet.http.Cookie("civitas-lang", lang))
                            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                            .content(huge))
                    .andExpect(status().is(413))
                    .andExpect(content().string(containsString(lang.equals("en") ? "too large" : "提交的内容过大")))
                    .andExpect(content().string(containsString("2 MB")))
                    .andExpect(content().string(not(containsString("Exception"))));
        }
    }
}
