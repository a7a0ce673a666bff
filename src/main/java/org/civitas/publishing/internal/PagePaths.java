package org.civitas.publishing.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public URL scheme of a site, chosen so that every page is also a static file: paths ending in
 * {@code /} stand for their {@code index.html}. {@link #parse} turns a site-relative path into the
 * page it names, in canonical form (the cache key and the export file name).
 */
public final class PagePaths {

    public static final String HOME = "/index.html";
    public static final String DISCLOSURE = "/disclosure/index.html";
    public static final String SITEMAP = "/sitemap.xml";

    private static final Pattern CHANNEL =
            Pattern.compile("/c/([A-Za-z0-9_-]{1,64})/(?:index\\.html|(\\d{1,5})\\.html)?");
    private static final Pattern CHANNEL_FEED = Pattern.compile("/c/([A-Za-z0-9_-]{1,64})/feed\\.(atom|rss)");
    private static final Pattern ARTICLE = Pattern.compile("/a/(\\d{1,18})\\.html");
    private static final Pattern DISCLOSURE_PAGE = Pattern.compile("/disclosure/(?:index\\.html|(\\d{1,5})\\.html)?");
    private static final Pattern SITE_FEED = Pattern.compile("/feed\\.(atom|rss)");

    public enum Kind {
        HOME,
        CHANNEL,
        ARTICLE,
        DISCLOSURE,
        FEED,
        SITEMAP
    }

    /**
     * A page of a site.
     *
     * @param channelCode the channel of channel pages and channel feeds, else {@code null}
     * @param number the page number of lists, the article id of articles
     * @param format {@code atom} or {@code rss} for feeds
     */
    public record Page(Kind kind, String channelCode, long number, String format) {

        public String path() {
            return switch (kind) {
                case HOME -> HOME;
                case CHANNEL -> channel(channelCode, (int) number);
                case ARTICLE -> article(number);
                case DISCLOSURE -> disclosure((int) number);
                case FEED -> feed(channelCode, format);
                case SITEMAP -> SITEMAP;
            };
        }

        public boolean html() {
            return kind != Kind.FEED && kind != Kind.SITEMAP;
        }
    }

    private PagePaths() {}

    public static Optional<Page> parse(String path) {
        if (path.isEmpty() || path.equals("/") || path.equals(HOME)) {
            return Optional.of(new Page(Kind.HOME, null, 1, null));
        }
        if (path.equals(SITEMAP)) {
            return Optional.of(new Page(Kind.SITEMAP, null, 1, null));
        }
        Matcher m = CHANNEL.matcher(path);
        if (m.matches()) {
            int number = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            return number < 1 || (m.group(2) != null && number == 1)
                    ? Optional.empty()
                    : Optional.of(new Page(Kind.CHANNEL, m.group(1), number, null));
        }
        m = ARTICLE.matcher(path);
        if (m.matches()) {
            return Optional.of(new Page(Kind.ARTICLE, null, Long.parseLong(m.group(1)), null));
        }
        m = DISCLOSURE_PAGE.matcher(path);
        if (m.matches()) {
            int number = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            return number < 1 || (m.group(1) != null && number == 1)
                    ? Optional.empty()
                    : Optional.of(new Page(Kind.DISCLOSURE, null, number, null));
        }
        m = CHANNEL_FEED.matcher(path);
        if (m.matches()) {
            return Optional.of(new Page(Kind.FEED, m.group(1), 1, m.group(2)));
        }
        m = SITE_FEED.matcher(path);
        if (m.matches()) {
            return Optional.of(new Page(Kind.FEED, null, 1, m.group(1)));
        }
        return Optional.empty();
    }

    public static String channel(String code, int page) {
        return "/c/" + code + "/" + (page <= 1 ? "index.html" : page + ".html");
    }

    public static String article(long id) {
        return "/a/" + id + ".html";
    }

    public static String disclosure(int page) {
        return page <= 1 ? DISCLOSURE : "/disclosure/" + page + ".html";
    }

    public static String feed(String channelCode, String format) {
        return (channelCode == null ? "" : "/c/" + channelCode) + "/feed." + format;
    }
}
