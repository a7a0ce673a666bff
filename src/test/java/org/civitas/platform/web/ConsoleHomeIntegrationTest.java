package org.civitas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;
import java.util.Set;
import org.civitas.support.CivitasIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The console home as the demo's jobs see it: each module's part appears for the people whose job it is
 * (administrators get where to start, the desk its pending work), and nobody gets a way into another's duty.
 * And the system administrator's statistics say why their figures are zero.
 */
@CivitasIntegrationTest
class ConsoleHomeIntegrationTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    MessageSource messages;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void eachAdministratorIsShownWhereTheirDutyStartsAndNothingOfTheOthers() throws Exception {
        assertThat(homeLinks("admin"))
                .contains("/admin/organisations", "/admin/users", "/admin/sites")
                .doesNotContain("/admin/roles", "/admin/password-policy", "/admin/audit");
        assertThat(homeLinks("secadmin"))
                .contains("/admin/roles", "/admin/password-policy")
                .doesNotContain("/admin/audit", "/admin/blueprints");
        assertThat(homeLinks("auditor"))
                .contains("/admin/audit")
                .doesNotContain("/admin/users", "/admin/roles", "/admin/sites", "/admin/reporting/inbox");
        assertThat(homeLinks("wenchuan.admin"))
                .contains("/admin/users", "/admin/sites")
                .doesNotContain("/admin/roles", "/admin/audit", "/admin/blueprints");
    }

    @Test
    void theDeskSeesItsPendingWorkAndWhereItStarts() throws Exception {
        assertThat(homeLinks("desk.editor"))
                .contains(
                        "/admin/reporting/inbox?state=SUBMITTED",
                        "/admin/reporting/instructions?status=OPEN",
                        "/admin/editions?state=DRAFT",
                        "/admin/reporting/inbox")
                .doesNotContain("/admin/reporting/submissions/new", "/admin/users");
        assertThat(homeLinks("desk.wenchuan"))
                .contains("/admin/reporting/submissions?state=DRAFT", "/admin/reporting/submissions/new")
                .doesNotContain("/admin/reporting/inbox?state=SUBMITTED", "/admin/editions");
        assertThat(homeLinks("desk.wenchuan.head")).contains("/admin/tasks").doesNotContain("/admin/reporting/inbox");
    }

    @Test
    void theSystemAdministratorsStatisticsSayWhyTheyAreZero() throws Exception {
        String why = messages.getMessage("reporting.statistics.noRole", null, ZH);
        assertThat(page("admin", "/admin/statistics")).contains(why);
        assertThat(page("desk.editor", "/admin/statistics")).doesNotContain(why);
    }

    private Set<String> homeLinks(String username) throws Exception {
        Set<String> links = new java.util.LinkedHashSet<>();
        Jsoup.parse(page(username, "/admin")).select("main a[href]").forEach(a -> links.add(a.attr("href")));
        return links;
    }

    private String page(String username, String path) throws Exception {
        var response = mvc.perform(get(path).locale(ZH).with(user(userDetails.loadUserByUsername(username))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(username + " " + path).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }
}
