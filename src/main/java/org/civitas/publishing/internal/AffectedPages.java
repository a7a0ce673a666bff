package org.civitas.publishing.internal;

import java.util.function.Predicate;
import org.civitas.content.PublicContentChanged;
import org.civitas.site.ChannelView;

/**
 * The pages of one site that a content change can alter: the article itself, the home page, every
 * page of the channels listing it and of their ancestors (lists include sub-channels, and paging
 * shifts), their feeds, the site feeds, the disclosure catalogue and the sitemap.
 */
final class AffectedPages implements Predicate<String> {

    private final long articleId;
    private final java.util.Set<String> channelCodes;

    private AffectedPages(long articleId, java.util.Set<String> channelCodes) {
        this.articleId = articleId;
        this.channelCodes = channelCodes;
    }

    static AffectedPages of(PublicContentChanged event, SiteClusterSnapshot.SiteChannels channels) {
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (long channelId : event.channelIds()) {
            channels.byId(channelId).ifPresent(channel -> {
                for (ChannelView c : channels.path(channel)) {
                    codes.add(c.code());
                }
            });
        }
        return new AffectedPages(event.articleId(), codes);
    }

    /** Whether the page at this canonical path may show the changed article. */
    public boolean contains(String path) {
        if (path.equals(PagePaths.HOME)
                || path.equals(PagePaths.SITEMAP)
                || path.startsWith("/feed.")
                || path.startsWith("/disclosure/")
                || path.equals(PagePaths.article(articleId))) {
            return true;
        }
        if (path.startsWith("/c/")) {
            int slash = path.indexOf('/', 3);
            return slash > 0 && channelCodes.contains(path.substring(3, slash));
        }
        return false;
    }

    @Override
    public boolean test(String path) {
        return contains(path);
    }

    /** The channel codes whose pages are affected. */
    java.util.Set<String> channelCodes() {
        return channelCodes;
    }
}
