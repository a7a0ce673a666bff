package org.civitas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.civitas.support.CivitasIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * No dead ends (issue 11): every account of the demo installation, whatever accounts the demo has, opens its
 * console home and every link of its menu and of its home page, and none answers 403, 404 or 500. A menu entry
 * is shown by the same check as the page it leads to, so a person never follows one into a refusal.
 */
@CivitasIntegrationTest
class ConsoleMenuIntegrationTest {

    /** A page may redirect (to the first site one manages, to a list); more than this is a loop. */
    private static final int MAX_REDIRECTS = 5;

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    /** Demo accounts that must reach their home, whatever other tests left in the shared database. */
    private static final List<String> DEMO_JOBS =
            List.of("admin", "secadmin", "auditor", "wenchuan.admin", "desk.editor", "desk.wenchuan");

    @Test
    void everyMenuAndHomeLinkOfEveryAccountOpens() throws Exception {
        // service accounts are machine clients: they never sign in to the console
        List<String> accounts = jdbc.queryForList(
                "select username from app_user where enabled = true and service_account = false order by id",
                String.class);
        assertThat(accounts).contains("admin", "secadmin", "auditor", "wenchuan.admin", "desk.editor");
        List<String> deadEnds = new ArrayList<>();
        for (String username : accounts) {
            UserDetails principal = userDetails.loadUserByUsername(username);
            MockHttpServletResponse home = open(principal, "/admin");
            if (home.getStatus() / 100 == 3 && !DEMO_JOBS.contains(username)) {
                // an account another test left half signed in (a second factor to enrol, a lock): it is sent
                // to finish signing in, which is not a dead end of the menu
                continue;
            }
            if (home.getStatus() != 200) {
                deadEnds.add(username + ": /admin answered " + home.getStatus());
                continue;
            }
            for (String href : links(home.getContentAsString())) {
                MockHttpServletResponse page = open(principal, href);
                if (page.getStatus() != 200) {
                    deadEnds.add(username + ": " + href + " answered " + page.getStatus());
                }
            }
        }
        assertThat(deadEnds).as("menu and home links that lead nowhere").isEmpty();
    }

    /** The console links of the menu and of the home page's own content. */
    static Set<String> links(String html) {
        Document document = Jsoup.parse(html);
        Set<String> hrefs = new LinkedHashSet<>();
        for (Element a : document.select("nav.civitas-sidebar a[href], main a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("/admin")) {
                hrefs.add(href);
            }
        }
        return hrefs;
    }

    /** GET, following the console's redirects, as the given user; the final answer. */
    private MockHttpServletResponse open(UserDetails principal, String href) throws Exception {
        String target = href;
        MockHttpServletResponse response = null;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            response = mvc.perform(get(URI.create(target)).with(user(principal)))
                    .andReturn()
                    .getResponse();
            String location = response.getRedirectedUrl();
            if (response.getStatus() / 100 != 3 || location == null) {
                return response;
            }
            URI next = URI.create(location);
            target = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
        }
        return response;
    }
}
