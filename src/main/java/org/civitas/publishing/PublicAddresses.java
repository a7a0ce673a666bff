package org.civitas.publishing;

import org.civitas.publishing.internal.PagePaths;

/**
 * Public addresses as the console links them: {@code /s/<site code>/…}, served from the console's own host
 * whatever domains the site has. Publishing owns the public URL scheme; other modules (console search) ask here.
 */
public final class PublicAddresses {

    private PublicAddresses() {}

    /** The public page of an article on a site. */
    public static String article(String siteCode, long articleId) {
        return "/s/" + siteCode + PagePaths.article(articleId);
    }
}
