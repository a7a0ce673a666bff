package org.civitas.publishing.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.RunningAs;
import org.civitas.publishing.Appearance;
import org.civitas.publishing.AppearanceService;
import org.civitas.publishing.internal.ThemeRegistry;
import org.civitas.site.SiteDetailsDraft;
import org.civitas.site.SitePermissions;
import org.civitas.site.SiteService;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.civitas.support.CivitasIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Appearance settings, theme uploads and export in the console, with their refusals. */
@CivitasIntegrationTest
class PublishingConsoleIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    RoleService roles;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    SiteDirectory directory;

    @Autowired
    AppearanceService appearances;

    @Autowired
    SiteService siteService;

    @Autowired
    ThemeRegistry themes;

    @Autowired
    JdbcClient jdbc;

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
        mvc.perform(theme("evil", zip("../templates/home.mustache", "x")).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("指向主题目录之外")));
        mvc.perform(theme("evil", zip("templates/home.mustache", "{{site.getClass}}"))
                        .with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("缺少必需的模板")));
        mvc.perform(theme("evil", zip("templates/home.mustache", "x")).with(as("wenchuan.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/publishing").with(as("admin")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<code>evil</code>"))));
    }

    @Test
    void installingAThemeIsAuditedAndEvictsTheCachedPagesOfTheSitesUsingIt() throws Exception {
        mvc.perform(theme("pub-replace", themePackage("body{color:#111}")).with(as("admin")))
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
        mvc.perform(theme("pub-replace", themePackage("body{color:#222}")).with(as("admin")))
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

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder theme(
            String name, byte[] zip) {
        return multipart("/admin/publishing/themes")
                .file(new MockMultipartFile("file", "theme.zip", "application/zip", zip))
                .param("name", name)
                .with(csrf());
    }

    /** The default theme's files with another style sheet and no script, as a package. */
    private static byte[] themePackage(String css) throws Exception {
        Path root = Path.of(PublishingConsoleIntegrationTest.class
                .getClassLoader()
                .getResource("themes/default")
                .toURI());
        var files = new TreeMap<String, byte[]>();
        try (var walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        files.put("assets/css/site.css", css.getBytes(StandardCharsets.UTF_8));
        // without script: on a single host a package with script waits for approval (ThemeApprovalIntegrationTest)
        files.remove("assets/js/site.js");
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private void asUser(String username, Runnable action) {
        RunningAs.account(userDetails.loadUserByUsername(username), () -> {
            action.run();
            return null;
        });
    }

    private static byte[] zip(String name, String content) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private void grantOnce(String username, String roleCode, String... permissions) {
        var user = (CivitasUser) userDetails.loadUserByUsername(username);
        if (user.has(permissions[0])) {
            return;
        }
        long root = organisations.all().getFirst().id();
        asUser("secadmin", () -> {
            var role = roles.roles().stream()
                    .filter(r -> r.code().equals(roleCode))
                    .findFirst()
                    .orElseGet(() -> roles.create(new RoleDraft(roleCode, roleCode, null, Set.of(permissions))));
            roles.grant(user.id(), role.id(), DataScope.ALL, root);
        });
    }
}
