package org.civitas.site.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.function.Supplier;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.platform.RunningAs;
import org.civitas.site.ChannelView;
import org.civitas.site.SitePermissions;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The site console as real accounts meet it: the demo {@code admin} is given a cluster administrator
 * role (site:create, site:manage), {@code wenchuan.admin} a site administrator role (site:manage),
 * both through identity's services by the security administrator.
 */
@DatabaseTest
@CivitasIntegrationTest
class SiteConsoleIntegrationTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    RoleService roles;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    SiteDirectory directory;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        grantOnce("admin", "SITE_CLUSTER_TEST", SitePermissions.SITE_CREATE, SitePermissions.SITE_MANAGE);
        grantOnce("wenchuan.admin", "SITE_MANAGER_TEST", SitePermissions.SITE_MANAGE);
    }

    private void grantOnce(String username, String roleCode, String... permissions) {
        long userId = ((CivitasUser) userDetails.loadUserByUsername(username)).id();
        if (((CivitasUser) userDetails.loadUserByUsername(username)).has(permissions[0])) {
            return;
        }
        long root = organisations.all().getFirst().id();
        runAs("secadmin", () -> {
            var role = roles.roles().stream()
                    .filter(r -> r.code().equals(roleCode))
                    .findFirst()
                    .orElseGet(() -> roles.create(new RoleDraft(roleCode, roleCode, null, Set.of(permissions))));
            return roles.grant(userId, role.id(), DataScope.ALL, root);
        });
    }

    private <T> T runAs(String username, Supplier<T> action) {
        return RunningAs.account(userDetails.loadUserByUsername(username), action);
    }

    private RequestPostProcessor as(String username) {
        return user(userDetails.loadUserByUsername(username));
    }

    private SiteView wenchuan() {
        return directory.findByCode("5132210001").orElseThrow();
    }

    private SiteView jiuzhaigou() {
        return directory.findByCode("5132250001").orElseThrow();
    }

    private MockHttpServletRequestBuilder createSite(String name, String code, String domain) {
        return post("/admin/sites")
                .param("name", name)
                .param("kind", "COUNTY")
                .param(
                        "parentId",
                        String.valueOf(
                                directory.findByCode("5132000001").orElseThrow().id()))
                .param(
                        "organisationId",
                        String.valueOf(organisations.all().getFirst().id()))
                .param("domains", domain)
                .param("siteCode", code)
                .param("blueprintCode", "county")
                .param("theme", "default")
                .param("administrators", "wenchuan.admin");
    }

    @Test
    void theClusterAdministratorSeesTheSiteTreeBlueprintsAndCompliance() throws Exception {
        String page = mvc.perform(get("/admin/sites").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("中国阿坝州")))
                .andExpect(content().string(containsString("/admin/sites/new")))
                .andExpect(content().string(containsString("网站群")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("中国阿坝州")).isLessThan(page.indexOf("汶川县"));
        mvc.perform(get("/admin/sites/new").with(as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/sites/" + wenchuan().id()).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("走进汶川县")))
                .andExpect(content().string(containsString("www.wenchuan.gov.cn")))
                .andExpect(content().string(containsString("wenchuan.admin")));
        mvc.perform(get("/admin/sites/" + wenchuan().id() + "/edit").with(as("admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/blueprints").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("县（市）政府网站统一栏目")));
        mvc.perform(get("/admin/blueprints/county").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("公开年报")));
        mvc.perform(get("/admin/sites/compliance").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("九寨沟县")));
    }

    @Test
    void createsASiteInOneStepFromTheForm() throws Exception {
        mvc.perform(createSite("壤塘县", "5132300001", "www.rangtang.example.cn")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/admin/sites/*"))
                .andExpect(flash().attribute("flash", "site.created"));
        SiteView created = directory.findByDomain("www.rangtang.example.cn").orElseThrow();
        assertThat(directory.channels(created.id()))
                .extracting(ChannelView::name)
                .contains("走进壤塘县");
        assertThat(created.administrators())
                .extracting(SiteView.SiteAdministrator::username)
                .containsExactly("wenchuan.admin");
    }

    @Test
    void aRefusedSiteIsShownOnTheFormWithWhatWasTypedAndNothingIsCreated() throws Exception {
        int before = directory.all().size();
        mvc.perform(createSite("阿坝县", "5132310001", "WWW.JZG.gov.cn")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已被其他站点使用")))
                .andExpect(content().string(containsString("阿坝县")))
                .andExpect(content().string(containsString("5132310001")));
        mvc.perform(createSite("阿坝县", "12345", "www.abaxian.example.cn")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("应为 10 位")));
        var typo = createSite("阿坝县", "5132310001", "www.abaxian.example.cn");
        typo.with(request -> {
            request.setParameter("theme", "gov-bleu"); // a typo: refused, not shown in the default theme
            return request;
        });
        mvc.perform(typo.with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("主题“gov-bleu”未安装。已安装的主题：default")));
        assertThat(directory.all()).hasSize(before);
    }

    @Test
    void theThemeIsChosenAmongTheInstalledThemes() throws Exception {
        mvc.perform(get("/admin/sites/new").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<select id=\"theme\"")))
                .andExpect(content()
                        .string(containsString("<option value=\"default\" selected=\"selected\">default</option>")));
    }

    @Test
    void aConsolePostWithoutCsrfTokenIsRefused() throws Exception {
        int before = directory.all().size();
        mvc.perform(createSite("无令牌", "5132320001", "nocsrf.example.cn").with(as("admin")))
                .andExpect(status().isForbidden());
        assertThat(directory.all()).hasSize(before);
    }

    @Test
    void aSiteAdministratorManagesTheirSiteButCannotTouchAnother() throws Exception {
        mvc.perform(get("/admin/sites").with(as("wenchuan.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("汶川县")))
                .andExpect(content().string(not(containsString("九寨沟县"))))
                .andExpect(content().string(not(containsString("/admin/sites/new"))));
        mvc.perform(get("/admin/sites/" + wenchuan().id()).with(as("wenchuan.admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/sites/" + jiuzhaigou().id()).with(as("wenchuan.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/sites/" + jiuzhaigou().id() + "/channels")
                        .param("code", "intrusion")
                        .param("name", "越权栏目")
                        .param("type", "LIST")
                        .with(as("wenchuan.admin"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/sites/" + jiuzhaigou().id() + "/status")
                        .param("status", "OFFLINE")
                        .with(as("wenchuan.admin"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/sites/new").with(as("wenchuan.admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/blueprints").with(as("wenchuan.admin"))).andExpect(status().isForbidden());
        assertThat(directory.channels(jiuzhaigou().id()))
                .extracting(ChannelView::name)
                .doesNotContain("越权栏目");
        mvc.perform(get("/admin/sites").with(as("auditor"))).andExpect(status().isForbidden());
    }

    @Test
    void aSiteAdministratorAddsRenamesAndRemovesLocalChannelsButNotBlueprintOnes() throws Exception {
        long site = wenchuan().id();
        mvc.perform(post("/admin/sites/" + site + "/channels")
                        .param("code", "tourism")
                        .param("name", "汶川旅游")
                        .param("type", "LIST")
                        .with(as("wenchuan.admin"))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/admin/sites/*"))
                .andExpect(flash().attribute("flash", "site.channel.added"));
        ChannelView tourism = channel(site, "tourism");
        mvc.perform(get("/admin/sites/" + site + "/channels/" + tourism.id() + "/rename")
                        .with(as("wenchuan.admin")))
                .andExpect(status().isOk());
        mvc.perform(post("/admin/sites/" + site + "/channels/" + tourism.id() + "/rename")
                        .param("name", "文旅汶川")
                        .with(as("wenchuan.admin"))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/admin/sites/*"));
        assertThat(channel(site, "tourism").name()).isEqualTo("文旅汶川");

        ChannelView about = channel(site, "about");
        mvc.perform(post("/admin/sites/" + site + "/channels/" + about.id() + "/rename")
                        .param("name", "改名")
                        .with(as("wenchuan.admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("来自统一栏目规划，不能改名")));
        mvc.perform(post("/admin/sites/" + site + "/channels/" + about.id() + "/delete")
                        .with(as("wenchuan.admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("来自统一栏目规划，不能删除")));
        assertThat(channel(site, "about").name()).isEqualTo("走进汶川县");

        mvc.perform(post("/admin/sites/" + site + "/channels/" + tourism.id() + "/delete")
                        .with(as("wenchuan.admin"))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/admin/sites/*"))
                .andExpect(flash().attribute("flash", "common.deleted"));
        assertThat(flatten(directory.channels(site)))
                .extracting(ChannelView::code)
                .doesNotContain("tourism");
    }

    @Test
    void theClusterAdministratorAddsABlueprintEntryAndAppliesIt() throws Exception {
        mvc.perform(post("/admin/blueprints/department/entries")
                        .param("parentCode", "news")
                        .param("code", "news-policy")
                        .param("name", "政策解读")
                        .param("type", "LIST")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/blueprints/department"));
        mvc.perform(post("/admin/blueprints/department/apply").with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("阿坝州教育局")))
                .andExpect(content().string(containsString("news-policy")));
        long edu = directory.findByCode("5132000002").orElseThrow().id();
        assertThat(flatten(directory.channels(edu)))
                .extracting(ChannelView::name)
                .contains("政策解读");
    }

    @Test
    void theClusterAdministratorCreatesABlueprintAndUnlocksItsChannels() throws Exception {
        String code = "bp-console-" + System.nanoTime() % 1_000_000;
        mvc.perform(post("/admin/blueprints")
                        .param("name", "专题规划")
                        .param("code", code)
                        .param("kind", "TOPIC")
                        .param("locked", "true")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/blueprints/" + code));
        mvc.perform(post("/admin/blueprints")
                        .param("name", "坏代码")
                        .param("code", "坏 代码")
                        .param("kind", "TOPIC")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("坏 代码")));
        mvc.perform(get("/admin/blueprints/" + code).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-describedby=\"locked-help\" checked")));

        mvc.perform(post("/admin/blueprints/" + code + "/settings")
                        .param("allowLocal", "true")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/blueprints/" + code))
                .andExpect(flash().attribute("flash", "site.blueprint.settings.saved"));
        mvc.perform(get("/admin/blueprints/" + code).with(as("admin")))
                .andExpect(content().string(containsString("aria-describedby=\"locked-help\">")))
                .andExpect(content()
                        .string(containsString("id=\"allowLocal\" name=\"allowLocal\" value=\"true\" checked")));
        mvc.perform(get("/admin/blueprints").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("专题规划")));
        mvc.perform(post("/admin/blueprints/" + code + "/settings")
                        .param("locked", "true")
                        .with(as("wenchuan.admin"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private ChannelView channel(long siteId, String code) {
        return flatten(directory.channels(siteId)).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static java.util.List<ChannelView> flatten(java.util.List<ChannelView> tree) {
        var all = new java.util.ArrayList<ChannelView>();
        for (ChannelView c : tree) {
            all.add(c);
            all.addAll(flatten(c.children()));
        }
        return all;
    }

    @Test
    void theApiCreatesASiteFromItsBlueprintAndListsItsChannels() throws Exception {
        String code = "5132279001";
        String body = """
                {"name":"API 测试县","kind":"COUNTY","parentCode":"5132000001","organisationId":%d,
                 "domains":["api-test.example.gov.cn"],"siteCode":"%s","blueprintCode":"county"}""".formatted(organisations.all().getFirst().id(), code);

        mvc.perform(post("/api/v1/sites")
                        .with(as("admin"))
                        .with(csrf())
                        .contentType("application/json")
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/sites/" + code))
                .andExpect(jsonPath("$.siteCode").value(code));

        mvc.perform(get("/api/v1/sites/" + code + "/channels").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].siteId")
                        .value(directory.findByCode(code).orElseThrow().id()));
    }

    @Test
    void theApiRefusesBadSitesWithAReasonAndHidesOtherSitesChannels() throws Exception {
        String badCode = """
                {"name":"坏站点","kind":"COUNTY","parentCode":"5132000001","organisationId":%d,
                 "domains":["bad-code.example.gov.cn"],"siteCode":"12345","blueprintCode":"county"}""".formatted(organisations.all().getFirst().id());
        mvc.perform(post("/api/v1/sites")
                        .with(as("admin"))
                        .with(csrf())
                        .contentType("application/json")
                        .content(badCode))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        String unknownParent = badCode.replace("5132000001", "9999999999").replace("12345", "5132279002");
        mvc.perform(post("/api/v1/sites")
                        .with(as("admin"))
                        .with(csrf())
                        .contentType("application/json")
                        .content(unknownParent))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("9999999999")));
        mvc.perform(post("/api/v1/sites")
                        .with(as("admin"))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{not json"))
                .andExpect(status().isBadRequest());
        assertThat(directory.findByCode("5132279002")).isEmpty();

        mvc.perform(post("/api/v1/sites")
                        .with(as("wenchuan.admin"))
                        .with(csrf())
                        .contentType("application/json")
                        .content(unknownParent.replace("9999999999", "5132000001")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sites/" + jiuzhaigou().siteCode() + "/channels")
                        .with(as("wenchuan.admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/sites").with(as("wenchuan.admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[*].siteCode",
                        not(org.hamcrest.Matchers.hasItem(jiuzhaigou().siteCode()))));
    }

    private SiteView maerkang() {
        return directory.findByCode("5132010001").orElseThrow(); // the demo site still being built
    }

    @Test
    void aSiteStillBeingBuiltIsPreviewedByItsAdministratorsOnlyAndNeverByThePublic() throws Exception {
        long id = maerkang().id();
        mvc.perform(get("/admin/sites/" + id).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/sites/" + id + "/preview/")))
                .andExpect(content().string(containsString("尚未对公众开放")));
        mvc.perform(get("/admin/sites/" + id + "/preview/").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Robots-Tag", containsString("noindex")))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("<title>马尔康市</title>")))
                // its links stay in the preview, so that every page can be looked at before launch
                .andExpect(
                        content().string(containsString("href=\"/admin/sites/" + id + "/preview/c/news-headlines/\"")));
        mvc.perform(get("/admin/sites/" + id + "/preview/c/news-headlines/").with(as("admin")))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/sites/" + id + "/preview/c/no-such-channel/").with(as("admin")))
                .andExpect(status().isNotFound());
        // another site's administrator and the public do not see it
        mvc.perform(get("/admin/sites/" + id + "/preview/").with(as("wenchuan.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/sites/" + id + "/preview/"))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
        mvc.perform(get("/").header("Host", "www.maerkang.gov.cn"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("<title>马尔康市</title>"))))
                .andExpect(content().string(not(containsString("<title>中国阿坝州</title>"))));
        mvc.perform(get("/s/5132010001/")).andExpect(status().isNotFound());
        mvc.perform(get("/s/5132010001/feed.atom")).andExpect(status().isNotFound());
        mvc.perform(get("/s/5132010001/sitemap.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/s/5132010001/search").param("q", "马尔康")).andExpect(status().isNotFound());
        // nor is it in the portal's list of the cluster's sites, while the launched ones are
        mvc.perform(get("/").header("Host", "localhost"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/s/5132210001/")))
                .andExpect(content().string(not(containsString("/s/5132010001/"))));
        mvc.perform(get("/").header("Host", "www.abazhou.gov.cn"))
                .andExpect(content().string(containsString("//www.wenchuan.gov.cn/")))
                .andExpect(content().string(not(containsString("//www.maerkang.gov.cn/"))));
    }

    @Test
    void theClusterAdministratorCorrectsASiteCodeAndASiteAdministratorCannot() throws Exception {
        mvc.perform(createSite("若尔盖县", "5132320007", "www.ruoergai.example.cn")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "site.created"));
        long id = directory.findByCode("5132320007").orElseThrow().id();
        mvc.perform(get("/admin/sites/" + id).with(as("admin")))
                .andExpect(content().string(containsString("/admin/sites/" + id + "/site-code")));
        mvc.perform(post("/admin/sites/" + id + "/site-code")
                        .param("siteCode", "1234567890")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/sites/" + id + "#site-code"))
                .andExpect(flash().attribute("flashError", containsString("天津市")))
                .andExpect(flash().attribute("typedSiteCode", "1234567890"));
        mvc.perform(post("/admin/sites/" + id + "/site-code")
                        .param("siteCode", "5132329001")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "site.code.corrected"));
        assertThat(directory.findById(id).orElseThrow().siteCode()).isEqualTo("5132329001");
        mvc.perform(get("/admin/sites/" + id).with(as("wenchuan.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/site-code"))));
        mvc.perform(post("/admin/sites/" + id + "/site-code")
                        .param("siteCode", "5132329002")
                        .with(as("wenchuan.admin"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(directory.findById(id).orElseThrow().siteCode()).isEqualTo("5132329001");
    }

    @Test
    void thePrimaryDomainIsChosenOnTheEditForm() throws Exception {
        mvc.perform(createSite("红原县", "5132330009", "www.hongyuan.example.cn a.hongyuan.example.cn")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "site.created"));
        SiteView site = directory.findByCode("5132330009").orElseThrow();
        assertThat(site.primaryDomain()).isEqualTo("www.hongyuan.example.cn"); // the first typed, not "a."
        mvc.perform(get("/admin/sites/" + site.id() + "/edit").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"primaryDomain\"")));
        mvc.perform(post("/admin/sites/" + site.id())
                        .param("name", "红原县")
                        .param("domains", "www.hongyuan.example.cn\na.hongyuan.example.cn")
                        .param("primaryDomain", "a.hongyuan.example.cn")
                        .param("theme", "default")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "common.saved"));
        assertThat(directory.findById(site.id()).orElseThrow().primaryDomain()).isEqualTo("a.hongyuan.example.cn");
        // a primary domain that is no longer listed is refused on the form, with what was typed
        mvc.perform(post("/admin/sites/" + site.id())
                        .param("name", "红原县人民政府")
                        .param("domains", "www.hongyuan.example.cn")
                        .param("primaryDomain", "a.hongyuan.example.cn")
                        .param("theme", "default")
                        .with(as("admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不在站点的域名中")))
                .andExpect(content().string(containsString("红原县人民政府")));
    }

    @Test
    void aLinkChannelIsPointedAtItsAddressAndABadAddressIsShownAgainWithTheReason() throws Exception {
        SiteView site = wenchuan();
        ChannelView services = directory.channels(site.id()).stream()
                .filter(c -> c.code().equals("services"))
                .findFirst()
                .orElseThrow();
        mvc.perform(get("/admin/sites/" + site.id()).with(as("wenchuan.admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/channels/" + services.id() + "/link")));
        mvc.perform(post("/admin/sites/" + site.id() + "/channels/" + services.id() + "/link")
                        .param("linkUrl", "javascript:alert(1)")
                        .with(as("wenchuan.admin"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("链接地址“javascript:alert(1)”无效")))
                .andExpect(content().string(containsString("value=\"javascript:alert(1)\"")));
        mvc.perform(post("/admin/sites/" + site.id() + "/channels/" + services.id() + "/link")
                        .param("linkUrl", "https://www.sczwfw.gov.cn/col/wenchuan/")
                        .with(as("wenchuan.admin"))
                        .with(csrf()))
                .andExpect(flash().attribute("flash", "common.saved"));
        assertThat(directory.channels(site.id()).stream()
                        .filter(c -> c.code().equals("services"))
                        .findFirst()
                        .orElseThrow()
                        .linkUrl())
                .isEqualTo("https://www.sczwfw.gov.cn/col/wenchuan/");
    }
}
