package org.civitas.support.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.regex.Pattern;

/** Signing in and out of the console (in Chinese, its default language) and following its links, for browser tests. */
public final class ConsoleSignIn {

    private ConsoleSignIn() {}

    public static void signIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                .click();
        page.waitForURL(Pattern.compile("/admin|/login/(enrol|second-factor)"));
        // administrators (and holders of roles so marked) pass a second factor
        AuthenticatorApp.passSecondStep(page, username);
        page.waitForURL(Pattern.compile("/admin"));
    }

    public static void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退出"))
                .click();
        page.waitForURL(Pattern.compile("/login"));
    }

    /** Follows a link and waits until the new page has loaded its styles, so that contrast is measured on it. */
    public static void follow(Page page, Locator link) {
        String href = link.getAttribute("href");
        link.click();
        page.waitForURL("**" + href);
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }
}
