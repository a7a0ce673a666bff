package org.civitas.identity.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.civitas.support.browser.ConsoleSignIn.signIn;
import static org.civitas.support.browser.ConsoleSignIn.signInWithoutPasswordChange;
import static org.civitas.support.browser.ConsoleSignIn.signOut;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.browser.Accessibility;
import org.civitas.support.browser.BrowserTesting;
import org.civitas.support.browser.Screenshots;
import org.junit.jupiter.api.Test;

/**
 * The foundation's acceptance flow in a real browser: the system administrator creates an
 * organisation and a user in it, the security administrator grants that user a role limited to
 * the organisation, and the user signs in, must change the password, and then sees only the
 * navigation and the data the role allows.
 */
@BrowserTesting
class OnboardingBrowserTest {

    static final String PASSWORD = CivitasIntegrationTest.ADMIN_PASSWORD;
    private static final String ORGANISATION = "阿坝州大数据中心";

    @Test
    void anAdministratorOnboardsAUserWhoThenSeesOnlyTheirOrganisation(Page page, Screenshots screenshots) {
        signIn(page, "admin", PASSWORD);
        page.navigate("/admin/organisations/new");
        page.locator("#name").fill(ORGANISATION);
        page.locator("#code").fill("aba-bigdata");
        page.locator("#kind").selectOption("UNIT");
        page.locator("#parentId").selectOption(optionValue(page, "#parentId", "阿坝州人民政府"));
        screenshots.take("1-new-organisation");
        page.locator("main button[type=submit]").click();
        assertThat(page.locator("main")).containsText(ORGANISATION);
        screenshots.take("2-organisation-tree");

        page.navigate("/admin/users/new");
        page.locator("#username").fill("data.clerk");
        page.locator("#displayName").fill("大数据中心信息员");
        page.locator("#organisationId").selectOption(optionValue(page, "#organisationId", ORGANISATION));
        page.locator("main button[type=submit]").click();
        Locator secret = page.locator(".secret-value");
        assertThat(secret).isVisible();
        String initialPassword = secret.innerText().strip();
        screenshots.take("3-user-created-password-shown-once");
        Accessibility.assertNoSeriousViolations(page);
        page.reload();
        assertThat(page.locator(".secret-value")).hasCount(0);
        signOut(page);

        signIn(page, "secadmin", PASSWORD);
        page.navigate("/admin/users?q=data.clerk");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("data.clerk"))
                .first()
                .click();
        page.locator("#roleId").selectOption(optionValue(page, "#roleId", "单位管理员"));
        page.locator("#scope").selectOption("OWN");
        page.locator("#grantOrganisationId").selectOption(optionValue(page, "#grantOrganisationId", ORGANISATION));
        page.locator("#grants form button[type=submit]").last().click();
        assertThat(page.locator("#grants table")).containsText("单位管理员");
        screenshots.take("4-role-granted");
        signOut(page);

        signInWithoutPasswordChange(page, "data.clerk", initialPassword);
        assertThat(page).hasURL(Pattern.compile("/admin/profile/password$"));
        page.navigate("/admin/users");
        assertThat(page).hasURL(Pattern.compile("/admin/profile/password$"));
        page.locator("#currentPassword").fill(initialPassword);
        page.locator("#newPassword").fill("Clerk#NewPass-2026");
        page.locator("#confirmPassword").fill("Clerk#NewPass-2026");
        screenshots.take("5-must-change-password");
        page.locator("main button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile("/admin$"));

        Locator nav = page.locator("nav.civitas-sidebar");
        assertThat(nav.locator("a[href='/admin/organisations']")).hasCount(1);
        assertThat(nav.locator("a[href='/admin/users']")).hasCount(1);
        assertThat(nav.locator("a[href='/admin/roles']")).hasCount(0);
        assertThat(nav.locator("a[href='/admin/audit']")).hasCount(0);
        assertThat(nav.locator("a[href='/admin/password-policy']")).hasCount(0);
        screenshots.take("6-user-home");

        page.navigate("/admin/organisations");
        assertThat(page.locator("main")).containsText(ORGANISATION);
        assertThat(page.locator("main")).not().containsText("汶川县人民政府");
        page.navigate("/admin/users");
        assertThat(page.locator("main")).containsText("data.clerk");
        assertThat(page.locator("main")).not().containsText("secadmin");
        screenshots.take("7-user-sees-own-organisation-only");
        Accessibility.assertNoSeriousViolations(page);

        var denied = page.navigate("/admin/audit");
        org.assertj.core.api.Assertions.assertThat(denied.status()).isEqualTo(403);
    }

    /** The value of the first option of a select whose text contains {@code text}. */
    private static String optionValue(Page page, String select, String text) {
        return page.locator(select + " option")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first()
                .getAttribute("value");
    }
}
