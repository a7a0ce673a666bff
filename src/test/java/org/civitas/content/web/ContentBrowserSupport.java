package org.civitas.content.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.civitas.content.ChannelReviewSettings;
import org.civitas.content.ContentTestUsers;
import org.civitas.identity.RoleService;
import org.civitas.identity.UserService;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.site.ChannelView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the content browser tests share: accounts of their own ({@link ContentTestUsers}), the demo sites and
 * their channels by code, and signing such an account in to the console. Each test class still carries
 * {@code @BrowserTesting} itself (this adds no configuration: the browser tests keep sharing one application).
 */
abstract class ContentBrowserSupport {

    static final String WENCHUAN = "5132210001";
    static final String PORTAL = "5132000001";

    @Autowired
    UserDetailsService details;

    @Autowired
    UserService users;

    @Autowired
    RoleService roles;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    SiteDirectory sites;

    @Autowired
    ChannelReviewSettings channelReview;

    /** Makes the test's own accounts (with their own passwords already chosen). */
    ContentTestUsers people() {
        return new ContentTestUsers(details, users, roles, organisations);
    }

    long site(String siteCode) {
        return sites.findByCode(siteCode).orElseThrow().id();
    }

    /** The channel with this code anywhere in the site's channel tree. */
    ChannelView channel(long siteId, String code) {
        return find(sites.channels(siteId), code);
    }

    private static ChannelView find(List<ChannelView> tree, String code) {
        for (ChannelView c : tree) {
            if (c.code().equals(code)) {
                return c;
            }
            try {
                return find(c.children(), code);
            } catch (IllegalStateException e) {
                // not below this one
            }
        }
        throw new IllegalStateException("no channel " + code);
    }

    /** Signs in an account made by {@link #people()} and waits for the console. */
    static void signIn(Page page, String username) {
        page.navigate("/login");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("密码").fill(ContentTestUsers.OWN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登录"))
                .click();
        page.waitForURL(Pattern.compile("/admin"));
    }
}
