package org.civitas.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import org.civitas.site.SiteDetailsDraft;
import org.civitas.site.SitePermissions;
import org.civitas.site.SiteView;
import org.civitas.support.CivitasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a single host (no console host configured, the embedded default), theme packages with script or
 * SVG wait for the security administrator; their assets are sandboxed; refusals read well. The same
 * Spring configuration as {@link PublishingConsoleIntegrationTest}, so the context is shared.
 */
@CivitasIntegrationTest
class ThemeApprovalIntegrationTest extends PublishingConsoleTestSupport {

    private static final String SITE = "5132000002";

    @BeforeEach
    void setUp() {
        grantOnce("admin", "PUB_CLUSTER_TEST", SitePermissions.SITE_CREATE, SitePermissions.SITE_MANAGE);
    }

    @Test
    void aThemeWithScriptOrSvgWaitsForTheSecurityAdministratorAndSitesKeepTheirTheme() throws Exception {
        // a package without script or SVG goes live at once
        Map<String, String> plain = Map.of("assets/css/site.css", "body{color:#111}");
        mvc.perform(upload("pub-pending", themePackage(plain, Set.of("assets/js/site.js")))
                        .with(as("admin")))
                .andExpect(redirectedUrl("/admin/publishing"))
                .andExpect(flash().attribute("flash", "publishing.theme.installed"));
        String first = themes.theme("pub-pending").version();
        SiteView site = directory.findByCode(SITE).orElseThrow();
        asUser(
                "admin",
                () -> siteService.change(
                        site.id(),
                        new SiteDetailsDraft(site.name(), site.domains(), site.registration(), "pub-pending")));
        mvc.perform(get("/s/" + SITE + "/")).andExpect(content().string(containsString("v=" + first)));

        // with an SVG that loads the theme's script: kept aside, the site still shows the first package
        Map<String, String> risky = Map.of(
                "assets/css/site.css", "body{color:#222}",
                "assets/img/logo.svg",
                        "<svg xmlns='http://www.w3.org/2000/svg'><script href='/assets/pub-pending/js/site.js'/></svg>");
        mvc.perform(upload("pub-pending", themePackage(risky, Set.of())).with(as("admin")))
                .andExpect(redirectedUrl("/admin/publishing"))
                .andExpect(flash().attribute("flash", "publishing.theme.pending"));
        assertThat(themes.theme("pub-pending").version()).isEqualTo(first);
        mvc.perform(get("/s/" + SITE + "/")).andExpect(content().string(containsString("v=" + first)));
        mvc.perform(get("/assets/pub-pending/img/logo.svg")).andExpect(status().isNotFound());

        // the security administrator sees it with the files that made it wait; nobody else does
        mvc.perform(get("/admin/theme-approvals").with(as("secadmin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pub-pending")))
                .andExpect(content().string(containsString("assets/img/logo.svg")))
                .andExpect(content().string(containsString("assets/js/site.js")));
        mvc.perform(get("/admin/theme-approvals").with(as("admin"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/theme-approvals/pub-pending/approve")
                        .with(csrf())
                        .with(as("admin")))
                .andExpect(status().isForbidden());
        assertThat(themes.theme("pub-pending").version()).isEqualTo(first);

        mvc.perform(post("/admin/theme-approvals/pub-pending/approve")
                        .with(csrf())
                        .with(as("secadmin")))
                .andExpect(redirectedUrl("/admin/theme-approvals"));
        String second = themes.theme("pub-pending").version();
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/s/" + SITE + "/")).andExpect(content().string(containsString("v=" + second)));
        mvc.perform(get("/admin/theme-approvals").with(as("secadmin")))
                .andExpect(content().string(not(containsString("assets/img/logo.svg"))));

        // its SVG, opened on its own, runs in a sandbox that allows no script
        mvc.perform(get("/assets/pub-pending/img/logo.svg"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/svg+xml"))
                .andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));

        assertThat(audit("pub-pending"))
                .containsSubsequence("theme:install admin", "theme:submit admin", "theme:approve secadmin");
    }

    @Test
    void aRejectedPackageIsDiscarded() throws Exception {
        mvc.perform(upload("pub-rejected", themePackage(Map.of(), Set.of())).with(as("admin")))
                .andExpect(flash().attribute("flash", "publishing.theme.pending"));
        mvc.perform(post("/admin/theme-approvals/pub-rejected/reject")
                        .with(csrf())
                        .with(as("secadmin")))
                .andExpect(redirectedUrl("/admin/theme-approvals"));
        assertThat(themes.names()).doesNotContain("pub-rejected");
        mvc.perform(post("/admin/theme-approvals/pub-rejected/approve")
                        .with(csrf())
                        .with(as("secadmin")))
                .andExpect(status().isNotFound());
        assertThat(audit("pub-rejected")).containsExactly("theme:submit admin", "theme:reject secadmin");
    }

    @Test
    void refusalsNameTheFileAndTheReason() throws Exception {
        mvc.perform(upload("evil", zip("../templates/home.mustache", "x")).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("主题包中的“../templates/home.mustache”指向主题目录之外")))
                .andExpect(content().string(not(containsString("[Ljava"))));
        mvc.perform(upload("evil", zip("templates/home.mustache", "x")).with(as("admin")))
                .andExpect(content().string(containsString("主题缺少必需的模板 templates/")))
                .andExpect(content().string(not(containsString("[Ljava"))));
    }

    @Test
    void aTemplateIncludingItselfIsRefusedAtInstall() throws Exception {
        Map<String, String> loop = Map.of(
                "templates/footer-note.mustache", "<p>{{>footer-link}}</p>",
                "templates/footer-link.mustache", "{{#site}}{{>footer-note}}{{/site}}");
        mvc.perform(upload("pub-loop", themePackage(loop, Set.of("assets/js/site.js")))
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("循环引用自身")))
                .andExpect(content().string(containsString("footer-link → footer-note → footer-link")));
        assertThat(themes.names()).doesNotContain("pub-loop");
    }

    @Test
    void everyPageCarriesTheSecurityHeadersCachedOrNot() throws Exception {
        for (int i = 0; i < 2; i++) { // the first request renders (or the filter serves), the second is a cache hit
            mvc.perform(get("https://localhost/s/5132000001/").secure(true))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")))
                    .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors")));
        }
        // over plain HTTP (or from a proxy that is not trusted) there is no HSTS
        mvc.perform(get("/s/5132000001/"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
        mvc.perform(get("/s/5132000001/c/no-such-channel/").secure(true))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")))
                .andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
    }

    @Test
    void aForeignHostIsNeverWhereARedirectLeads() throws Exception {
        mvc.perform(get("http://evil.example.com/admin/users")
                        .accept(org.springframework.http.MediaType.TEXT_HTML)
                        .header("X-Forwarded-Host", "evil2.example.com"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", not(containsString("evil"))))
                .andExpect(header().string("Location", containsString("/login")));
        // pages reached by path on a foreign host do not carry it into their absolute links
        mvc.perform(get("http://evil.example.com/s/5132000001/feed.atom"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("evil.example.com"))));
        mvc.perform(get("/s/5132000001/").header("X-Forwarded-Host", "evil.example.com"))
                .andExpect(header().string("Location", nullValue()))
                .andExpect(content().string(not(containsString("evil.example.com"))));
    }

    private java.util.List<String> audit(String theme) {
        return jdbc.sql("select action || ' ' || actor from audit_record where object_type = 'Theme' and object_id = ?"
                        + " order by id")
                .param(theme)
                .query(String.class)
                .list();
    }
}
