package org.civitas.support.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Signing in and out of the console (in Chinese, its default language) and following its links, for browser tests. */
public final class ConsoleSignIn {

    /** The password chosen at a forced change, for "origin username": later sign-ins in the same application use it. */
    private static final Map<String, String> CHOSEN = new ConcurrentHashMap<>();

    /** What {@link #passForcedPasswordChange} chooses: valid under the default policy, never a demo password. */
    static final String CHOSEN_PASSWORD = "Chosen#AtFirst-2026";

    private ConsoleSignIn() {}

    /**
     * Signs in and lands on a console page; a demo account (or any account) that must first change its password
     * is taken through that change, see {@link #passForcedPasswordChange}.
     */
    public static void signIn(Page page, String username, String password) {
        signInWithoutPasswordChange(page, username, password);
        passForcedPasswordChange(page, username, password);
    }

    /** Signs in and stays where the console sends the user, the forced password change page included. */
    public static void signInWithoutPasswordChange(Page page, String username, String password) {
        page.navigate("/login");
        String key = origin(page) + " " + username;
        String chosen = CHOSEN.get(key);
        submit(page, username, chosen != null ? chosen : password);
        if (chosen != null && page.url().contains("/login?error")) {
            // remembered from an earlier application that had the same port: this one still has the original
            CHOSEN.remove(key);
            page.navigate("/login");
            submit(page, username, password);
        }
        // administrators (and holders of roles so marked) pass a second factor
        AuthenticatorApp.passSecondStep(page, username);
        page.waitForURL(Pattern.compile("/admin"));
    }

    /**
     * When the console asks for a new password first (every demo account at its first sign-in), replaces
     * {@code currentPassword} with {@link #CHOSEN_PASSWORD} and remembers it for the next sign-ins of the same
     * user on the same application. Does nothing on any other page.
     */
    public static void passForcedPasswordChange(Page page, String username, String currentPassword) {
        if (!URI.create(page.url()).getPath().endsWith("/admin/profile/password")) {
            return;
        }
        page.locator("#currentPassword").fill(currentPassword);
        page.locator("#newPassword").fill(CHOSEN_PASSWORD);
        page.locator("#confirmPassword").fill(CHOSEN_PASSWORD);
        page.locator("main button[type=submit]").click();
        page.waitForURL(url -> !URI.create(url).getPath().endsWith("/admin/profile/password"));
        CHOSEN.put(origin(page) + " " + username, CHOSEN_PASSWORD);
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

    private static void submit(Page page, String username, String password) {
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                .click();
        page.waitForURL(Pattern.compile("/admin|/login\\?error|/login/(enrol|second-factor)"));
    }

    private static String origin(Page page) {
        URI uri = URI.create(page.url());
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
