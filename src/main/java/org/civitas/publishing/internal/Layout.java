package org.civitas.publishing.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civitas.content.ArticleSummary;
import org.civitas.platform.TibetanScript;
import org.civitas.publishing.Appearance;
import org.civitas.publishing.PublishingSettings;
import org.civitas.publishing.view.ArticleItem;
import org.civitas.publishing.view.Link;
import org.civitas.publishing.view.PageLayout;
import org.civitas.site.ChannelView;
import org.civitas.site.ContentLanguage;
import org.civitas.site.SiteView;

/**
 * The view data every page of a site shares (site, navigation, other sites of the cluster, footer,
 * theme messages), as the read-only view models of {@code publishing.view}: templates can reach nothing else.
 */
final class Layout {

    private final Address address;
    private final SiteClusterSnapshot cluster;
    private final Theme theme;
    private final Appearance appearance;
    private final PublishingSettings settings;
    private final PublicFileKeys fileKeys;

    Layout(
            Address address,
            SiteClusterSnapshot cluster,
            Theme theme,
            Appearance appearance,
            PublishingSettings settings,
            PublicFileKeys fileKeys) {
        this.fileKeys = fileKeys;
        this.address = address;
        this.cluster = cluster;
        this.theme = theme;
        this.appearance = appearance;
        this.settings = settings;
    }

    SiteView site() {
        return address.site();
    }

    Address address() {
        return address;
    }

    Theme theme() {
        return theme;
    }

    java.util.Locale locale() {
        return settings.locale();
    }

    /**
     * The page's language tag: a Tibetan site's pages are Tibetan; Chinese and bilingual sites' pages have
     * the installation's language (their Tibetan parts are marked where they stand).
     */
    String language() {
        return address.site().language() == ContentLanguage.TIBETAN
                ? ContentLanguage.TIBETAN.tag()
                : settings.locale().toLanguageTag();
    }

    /**
     * The language to mark {@code text} with where its script is not the page's (a Tibetan title on a Chinese
     * page, a Chinese one on a Tibetan page), or {@code null} where it needs no mark.
     */
    String markedLanguage(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        boolean tibetanPage = TibetanScript.TAG.equals(language());
        boolean tibetan = TibetanScript.mostly(text);
        if (tibetan && !tibetanPage) {
            return TibetanScript.TAG;
        }
        return !tibetan && tibetanPage ? settings.locale().toLanguageTag() : null;
    }

    String message(String key) {
        return theme.message(settings.locale(), key);
    }

    /**
     * The view data every page shares; {@code current} is the channel the page belongs to, {@code breadcrumbs}
     * the steps after the home page.
     */
    PageLayout page(String pageTitle, ChannelView current, List<Link> breadcrumbs) {
        SiteView site = address.site();
        Long logo = appearance.logoBlobId();
        var siteInfo = new PageLayout.SiteInfo(
                site.name(),
                site.siteCode(),
                channelBase(site) + "/",
                logo == null ? null : fileUrl(logo, "logo"),
                logo != null,
                text(appearance.primaryColour()),
                text(appearance.footerText()),
                text(site.registration().partyLabel()),
                text(site.registration().icpNumber()),
                text(site.registration().policeNumber()));
        List<Link> steps = new ArrayList<>();
        steps.add(new Link(message("home"), address.link("/")));
        steps.addAll(breadcrumbs);
        List<PageLayout.Crumb> crumbs = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            crumbs.add(new PageLayout.Crumb(steps.get(i).name(), steps.get(i).url(), i == steps.size() - 1));
        }
        List<Link> others = new ArrayList<>();
        for (SiteView other : cluster.publicSites()) {
            if (other.id() != site.id()) {
                others.add(new Link(other.name(), address.base(other) + "/"));
            }
        }
        var links = new PageLayout.SiteLinks(
                address.link("/"),
                address.link("/disclosure/"),
                address.link(PagePaths.feed(null, "atom")),
                address.link(PagePaths.feed(null, "rss")),
                address.link(PagePaths.SITEMAP),
                address.link("/search"));
        return new PageLayout(
                language(),
                theme.messages(settings.locale()),
                pageTitle == null ? site.name() : pageTitle + " - " + site.name(),
                "/assets/" + theme.name(),
                theme.version(),
                siteInfo,
                navigation(current),
                crumbs,
                others,
                links);
    }

    private String channelBase(SiteView site) {
        return address.base(site);
    }

    List<PageLayout.NavItem> navigation(ChannelView current) {
        List<ChannelView> path =
                current == null ? List.of() : cluster.channels(site().id()).path(current);
        List<PageLayout.NavItem> nav = new ArrayList<>();
        for (ChannelView channel : cluster.channels(site().id()).roots()) {
            if (!shown(channel)) {
                continue;
            }
            List<PageLayout.ChannelLink> children = channel.children().stream()
                    .filter(Layout::shown)
                    .map(child -> channelLink(child, false))
                    .toList();
            nav.add(new PageLayout.NavItem(
                    channel.name(),
                    channelUrl(channel),
                    !path.isEmpty() && path.getFirst().id() == channel.id(),
                    channel.external(),
                    children,
                    !children.isEmpty()));
        }
        return nav;
    }

    List<Link> channelCrumbs(ChannelView channel) {
        List<Link> crumbs = new ArrayList<>();
        for (ChannelView c : cluster.channels(site().id()).path(channel)) {
            crumbs.add(new Link(c.name(), channelUrl(c)));
        }
        return crumbs;
    }

    /** Every channel of the site, parents before children. */
    List<ChannelView> channels() {
        return cluster.channels(site().id()).all();
    }

    /**
     * The address a channel is reached at: its own page, or for a link channel (领导信箱, 政务服务) the
     * address it holds, a path of the site taking the page's prefix.
     */
    String channelUrl(ChannelView channel) {
        if (channel.link() && channel.linkUrl() != null) {
            return channel.external() ? channel.linkUrl() : address.link(channel.linkUrl());
        }
        return address.link("/c/" + channel.code() + "/");
    }

    /** A channel as a link in navigation and channel lists, marked {@code external} when it leaves the site. */
    PageLayout.ChannelLink channelLink(ChannelView channel, boolean current) {
        return new PageLayout.ChannelLink(channel.name(), channelUrl(channel), current, channel.external());
    }

    /** A link channel that leads nowhere yet is left out: it would only lead to an empty page. */
    static boolean shown(ChannelView channel) {
        return !channel.link() || channel.linkUrl() != null;
    }

    /** Whether the channel has a page of its own (a link channel has none: it is only a link). */
    static boolean hasPage(ChannelView channel) {
        return !channel.link();
    }

    String channelPageUrl(ChannelView channel, int page) {
        return page <= 1 ? channelUrl(channel) : address.link(PagePaths.channel(channel.code(), page));
    }

    String articleUrl(ArticleSummary article) {
        if (article.externalUrl() != null) {
            return article.externalUrl();
        }
        return address.link(PagePaths.article(article.id()));
    }

    /**
     * The absolute address of a page of another site as that site serves it (its own host, or its path
     * prefix on this host when the page was reached by path), for canonical links of shared articles.
     */
    String absoluteOn(SiteView other, String path) {
        if (!address.byPath() && other.primaryDomain() != null) {
            return settings.scheme() + "://" + other.primaryDomain() + path;
        }
        return address.origin() + Address.pathPrefix(other) + path;
    }

    String fileUrl(long blobId, String fileName) {
        return address.link("/files/" + fileKeys.key(blobId) + "/"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    ArticleItem item(ArticleSummary article) {
        return new ArticleItem(
                article.title(),
                articleUrl(article),
                date(article.publishedAt()),
                text(article.summary()),
                text(article.subtitle()),
                markedLanguage(article.title()),
                markedLanguage(article.subtitle()),
                text(article.indexNumber()),
                article.pinned(),
                article.externalUrl() != null,
                article.coverBlobId() == null ? null : fileUrl(article.coverBlobId(), "cover"));
    }

    String date(Instant instant) {
        return instant == null
                ? ""
                : LocalDate.ofInstant(instant, settings.zone()).toString();
    }

    /** Blank text is no text: a template's {@code {{#summary}}} shows nothing for it. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
