package org.civitas.publishing.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import org.civitas.publishing.Appearance;
import org.civitas.publishing.AppearanceService;
import org.civitas.site.SiteDetailsDraft;
import org.civitas.site.SitePermissions;
import org.civitas.site.SiteView;
import org.civitas.support.CivitasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Appearance settings, theme uploads and export in the console, with their refusals. */
@CivitasIntegrationTest
class PublishingConsoleIntegrationTest extends PublishingConsoleTestSupport {

    @Autowired
    AppearanceService appearances;

    long portal;
    long wenchuan;

    @BeforeEach
    void setUp() {
        grantOnce("admin", "PUB_CLUSTER_TEST", SitePermissions.SITE_CREATE, SitePermissions.SITE_MANAGE);
        grantOnce("wenchuan.admin", "PUB_MANAGER_TEST", SitePermissions.SITE_MANAGE);
        portal = directory.findByCode("5132000001").orElseThrow().id();
        wenchuan = directory.findByCode("5132210001").orElseThrow().id();
    }

    @Test
    void aSiteAdministratorSetsTheAppearanceOfTheirSiteOnly() throws Exception {
        mvc.perform(get("/admin/publishing").with(as("wenchuan.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("汶川县")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("publishing/themes"))));
        mvc.perform(get("/admin/publishing/sites/" + wenchuan).with(as("wenchuan.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("primaryColour")));
        mvc.perform(get("/admin/publishing/sites/" + portal).with(as("wenchuan.admin")))
                .andExpect(status().isForbidden());

        // too light for white text: refused with the reason, nothing saved
        mvc.perform(appearance(wenchuan, "#ffdd00", "").with(as("wenchuan.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("主色过浅")));
        mvc.perform(appearance(wenchuan, "red", "").with(as("wenchuan.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("#rrggbb")));
        org.assertj.core.api.Assertions.assertThat(appearances.get(wenchuan)).isEqualTo(Appearance.none());

        mvc.perform(get("/s/5132210001/")).andExpect(status().isOk()); // cached before the change
        mvc.perform(appearance(wenchuan, "#8B0000", "地址：汶川县威州镇").with(as("wenchuan.admin")))
                .andExpect(redirectedUrl("/admin/publishing/sites/" + wenchuan));
        mvc.perform(get("/s/5132210001/"))
                .andExpect(content().string(containsString("--primary:#8b0000")))
                .andExpect(content().string(containsString("地址：汶川县威州镇")));
        mvc.perform(appearance(portal, "#8b0000", "").with(as("wenchuan.admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void clusterAdministratorsUploadThemesAndBadPackagesAreRefused() throws Exception {
        mvc.perform(upload("evil", zip("../templates/home.mustache", "x")).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("指向主题目录之外")));
        mvc.perform(upload("evil", zip("templates/home.mustache", "{{site.getClass}}"))
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("缺少必需的模板")));
        mvc.perform(upload("evil", zip("templates/home.mustache", "x")).with(as("wenchuan.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/publishing").with(as("admin")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<code>evil</code>"))));
    }

    @Test
    void installingAThemeIsAuditedAndEvictsTheCachedPagesOfTheSitesUsingIt() throws Exception {
        mvc.perform(upload("pub-replace", themePackage("body{color:#111}")).with(as("admin")))
                .andExpect(redirectedUrl("/admin/publishing"));
        String first = themes.theme("pub-replace").version();
        SiteView jiuzhaigou = directory.findByCode("5132250001").orElseThrow();
        asUser(
                "admin",
                () -> siteService.change(
                        jiuzhaigou.id(),
                        new SiteDetailsDraft(
                                jiuzhaigou.name(), jiuzhaigou.domains(), jiuzhaigou.registration(), "pub-replace")));
        String etag = mvc.perform(get("/s/5132250001/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/assets/pub-replace/")))
                .andExpect(content().string(containsString("v=" + first)))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(get("/s/5132250001/").header("If-None-Match", etag)).andExpect(status().isNotModified());

        // replaced: the cached pages of the site naming it go, with their ETags
        mvc.perform(upload("pub-replace", themePackage("body{color:#222}")).with(as("admin")))
                .andExpect(redirectedUrl("/admin/publishing"));
        String second = themes.theme("pub-replace").version();
        org.assertj.core.api.Assertions.assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/s/5132250001/").header("If-None-Match", etag))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", org.hamcrest.Matchers.not(etag)))
                .andExpect(content().string(containsString("v=" + second)));

        org.assertj.core.api.Assertions.assertThat(
                        jdbc.sql("select summary from audit_record where action = 'theme:install' and object_id = ?"
                                        + " order by id")
                                .param("pub-replace")
                                .query(String.class)
                                .list())
                .containsExactly(
                        org.civitas.platform.AuditSummary.of("ThemeInstalled", "pub-replace", first),
                        org.civitas.platform.AuditSummary.of("ThemeReplaced", "pub-replace", second));
    }

    @Test
    void exportNeedsAConfiguredDirectory() throws Exception {
        mvc.perform(post("/admin/publishing/sites/" + wenchuan + "/export")
                        .with(csrf())
                        .with(as("wenchuan.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未配置静态发布目录")));
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder appearance(
            long site, String colour, String footer) {
        return multipart("/admin/publishing/sites/" + site + "/appearance")
                .param("primaryColour", colour)
                .param("footerText", footer)
                .with(csrf());
    }

    /** The default theme's files with another style sheet and no script, as a package. */
    private static byte[] themePackage(String css) throws Exception {
        // without script: on a single host a package with script waits for approval (ThemeApprovalIntegrationTest)
        return themePackage(Map.of("assets/css/site.css", css), Set.of("assets/js/site.js"));
    }
}
