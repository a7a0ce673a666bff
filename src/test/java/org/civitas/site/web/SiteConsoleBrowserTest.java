package org.civitas.site.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.civitas.support.browser.ConsoleSignIn.signOut;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.DataScope;
import org.civitas.identity.RoleDraft;
import org.civitas.identity.RoleService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.site.SitePermissions;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.ConsoleSignIn;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The website cluster in a real browser: the cluster administrator creates a county site in one step
 * and finds its blueprint channels, the compliance page and the blueprints; the 汶川 site
 * administrator adds a channel of their own. Every page passes the accessibility rules.
 */
@BrowserTesting
class SiteConsoleBrowserTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    RoleService roles;

    @Autowired
    OrganisationDirectory organisations;

    @Test
    void theClusterAdministratorBuildsASiteAndASiteAdministratorAddsAChannel(Page page, Screenshots screenshots) {
        grant("admin", "SITE_CLUSTER", SitePermissions.SITE_CREATE, SitePermissions.SITE_MANAGE);
        grant("wenchuan.admin", "SITE_MANAGER", SitePermissions.SITE_MANAGE);

        signIn(page, "admin");
        page.navigate("/admin/sites");
        assertThat(page.locator("main")).containsText("中国阿坝州");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("1-site-tree");

        page.navigate("/admin/sites/new");
        page.locator("#name").fill("若尔盖县");
        page.locator("#kind").selectOption("COUNTY");
        page.locator("#parentId").selectOption(optionValue(page, "#parentId", "中国阿坝州"));
        page.locator("#organisationId").selectOption(optionValue(page, "#organisationId", "若尔盖县人民政府"));
        page.locator("#siteCode").fill("5132320001");
        page.locator("#blueprintCode").selectOption("county");
        page.locator("#domains").fill("www.ruoergai.gov.cn");
        page.locator("#administrators").fill("wenchuan.admin");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("2-new-site");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("main")).containsText("走进若尔盖县");
        assertThat(page.locator("main")).containsText("公开年报");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("3-site-with-blueprint-channels");

        page.navigate("/admin/sites/compliance");
        assertThat(page.locator("main")).containsText("若尔盖县");
        Accessibility.assertNoSeriousViolations(page);
        page.navigate("/admin/blueprints/county");
        assertThat(page.locator("main")).containsText("政务动态");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("4-blueprint");
        page.navigate("/admin/blueprints");
        assertThat(page.locator("#bp-locked")).isChecked();
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("4b-blueprints");
        signOut(page);

        signIn(page, "wenchuan.admin");
        assertThat(page.locator("nav.civitas-sidebar a[href='/admin/blueprints']"))
                .hasCount(0);
        page.locator("nav.civitas-sidebar a[href='/admin/sites']").click();
        page.locator("main")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName("汶川县").setExact(true))
                .click();
        page.locator("#code").fill("wenchuan-tourism");
        page.locator("#channelName").fill("汶川文旅");
        page.locator("#channels form button[type=submit]").click();
        assertThat(page.locator("#channels")).containsText("汶川文旅");
        Accessibility.assertNoSeriousViolations(page);
        screenshots.take("5-local-channel-added");
    }

    private void grant(String username, String roleCode, String... permissions) {
        long userId = ((CivitasUser) userDetails.loadUserByUsername(username)).id();
        long root = organisations.all().getFirst().id();
        var principal = userDetails.loadUserByUsername("secadmin");
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(security);
        try {
            var role = roles.create(new RoleDraft(roleCode, roleCode, null, Set.of(permissions)));
            roles.grant(userId, role.id(), DataScope.ALL, root);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void signIn(Page page, String username) {
        ConsoleSignIn.signIn(page, username, PASSWORD);
    }

    private static String optionValue(Page page, String select, String text) {
        return page.locator(select + " option")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first()
                .getAttribute("value");
    }
}
