package org.civitas.publishing.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civitas.content.ArticleSummary;
import org.civitas.platform.TibetanScript;
import org.civitas.publishing.Appearance;
import org.civitas.publishing.PublishingSettings;
import org.civitas.site.ChannelView;
import org.civitas.site.ContentLanguage;
import org.civitas.site.SiteView;

/**
 * The view data every page of a site shares (site, navigation, other sites of the cluster, footer,
 * theme messages), as plain maps, lists and strings only: templates can reach nothing else.
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

    /** The page's view data with the shared parts filled in; {@code current} is the channel the page belongs to. */
    Map<String, Object> page(String pageTitle, ChannelView current, List<Map<String, Object>> breadcrumbs) {
        SiteView site = address.site();
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language());
        model.put("msg", theme.messages(settings.locale()));
        model.put("pageTitle", pageTitle == null ? site.name() : pageTitle + " - " + site.name());
        model.put("assets", "/assets/" + theme.name());
        model.put("v", theme.version());
        Map<String, Object> siteData = new HashMap<>();
        siteData.put("name", site.name());
        siteData.put("code", site.siteCode());
        siteData.put("home", channelBase(site) + "/");
        if (appearance.logoBlobId() != null) {
            siteData.put("logo", fileUrl(appearance.logoBlobId(), "logo"));
            siteData.put("hasLogo", true);
        }
        put(siteData, "primaryColour", appearance.primaryColour());
        put(siteData, "footerText", appearance.footerText());
        put(siteData, "partyLabel", site.registration().partyLabel());
        put(siteData, "icpNumber", site.registration().icpNumber());
        put(siteData, "policeNumber", site.registration().policeNumber());
        model.put("site", siteData);
        model.put("nav", navigation(current));
        List<Map<String, Object>> crumbs = new ArrayList<>();
        crumbs.add(link(message("home"), address.link("/")));
        crumbs.addAll(breadcrumbs);
        if (!crumbs.isEmpty()) {
            crumbs.getLast().put("last", true);
        }
        model.put("breadcrumbs", crumbs);
        List<Map<String, Object>> others = new ArrayList<>();
        for (SiteView other : cluster.publicSites()) {
            if (other.id() != site.id()) {
                Map<String, Object> entry = link(other.name(), address.base(other) + "/");
                others.add(entry);
            }
        }
        model.put("otherSites", others);
        Map<String, Object> links = new HashMap<>();
        links.put("home", address.link("/"));
        links.put("disclosure", address.link("/disclosure/"));
        links.put("feedAtom", address.link(PagePaths.feed(null, "atom")));
        links.put("feedRss", address.link(PagePaths.feed(null, "rss")));
        links.put("sitemap", address.link(PagePaths.SITEMAP));
        links.put("search", address.link("/search"));
        model.put("links", links);
        return model;
    }

    private String channelBase(SiteView site) {
        return address.base(site);
    }

    List<Map<String, Object>> navigation(ChannelView current) {
        List<ChannelView> path =
                current == null ? List.of() : cluster.channels(site().id()).path(current);
        List<Map<String, Object>> nav = new ArrayList<>();
        for (ChannelView channel : cluster.channels(site().id()).roots()) {
            if (!shown(channel)) {
                continue;
            }
            Map<String, Object> item = channelLink(channel);
            if (!path.isEmpty() && path.getFirst().id() == channel.id()) {
                item.put("current", true);
            }
            List<Map<String, Object>> children = new ArrayList<>();
            channel.children().stream().filter(Layout::shown).forEach(child -> children.add(channelLink(child)));
            item.put("children", children);
            item.put("hasChildren", !children.isEmpty());
            nav.add(item);
        }
        return nav;
    }

    List<Map<String, Object>> channelCrumbs(ChannelView channel) {
        List<Map<String, Object>> crumbs = new ArrayList<>();
        for (ChannelView c : cluster.channels(site().id()).path(channel)) {
            crumbs.add(link(c.name(), channelUrl(c)));
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
    Map<String, Object> channelLink(ChannelView channel) {
        Map<String, Object> link = link(channel.name(), channelUrl(channel));
        if (channel.external()) {
            link.put("external", true);
        }
        return link;
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

    Map<String, Object> item(ArticleSummary article) {
        Map<String, Object> item = new HashMap<>();
        item.put("title", article.title());
        item.put("url", articleUrl(article));
        item.put("date", date(article.publishedAt()));
        put(item, "summary", article.summary());
        put(item, "subtitle", article.subtitle());
        put(item, "titleLanguage", markedLanguage(article.title()));
        put(item, "subtitleLanguage", markedLanguage(article.subtitle()));
        put(item, "indexNumber", article.indexNumber());
        if (article.pinned()) {
            item.put("pinned", true);
        }
        if (article.externalUrl() != null) {
            item.put("external", true);
        }
        if (article.coverBlobId() != null) {
            item.put("cover", fileUrl(article.coverBlobId(), "cover"));
        }
        return item;
    }

    String date(Instant instant) {
        return instant == null
                ? ""
                : LocalDate.ofInstant(instant, settings.zone()).toString();
    }

    static Map<String, Object> link(String name, String url) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("name", name);
        link.put("url", url);
        return link;
    }

    static void put(Map<String, Object> map, String key, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            map.put(key, value);
        }
    }
}
