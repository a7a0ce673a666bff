package org.civitas.publishing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.content.ArticleCatalogue;
import org.civitas.content.ArticleSummary;
import org.civitas.content.DisclosureFacets;
import org.civitas.content.DisclosureFilter;
import org.civitas.content.DisclosureMetadata;
import org.civitas.content.PublishedArticle;
import org.civitas.platform.TibetanScript;
import org.civitas.publishing.AppearanceService;
import org.civitas.publishing.PublishingSettings;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Renders the pages of a site from its theme: home, channel lists, articles, the disclosure catalogue,
 * feeds, the sitemap and the error page. The same bytes serve dynamic requests, the page cache and
 * static export.
 */
@Component
public class PageRenderer {

    private static final int HOME_BLOCKS = 8;
    private static final int BLOCK_SIZE = 7;
    private static final int HEADLINES = 6;
    private static final java.util.regex.Pattern BODY_BLOB =
            java.util.regex.Pattern.compile("/api/v1/blobs/(\\d{1,18})(?![\\d/])");
    static final String BODY_FILE = "image";

    private final SiteCluster cluster;
    private final ThemeRegistry themes;
    private final ArticleCatalogue catalogue;
    private final AppearanceService appearances;
    private final PublishingSettings settings;
    private final FeedWriter feeds;
    private final PublicFileKeys fileKeys;

    PageRenderer(
            SiteCluster cluster,
            ThemeRegistry themes,
            ArticleCatalogue catalogue,
            AppearanceService appearances,
            PublishingSettings settings,
            FeedWriter feeds,
            PublicFileKeys fileKeys) {
        this.fileKeys = fileKeys;
        this.cluster = cluster;
        this.themes = themes;
        this.catalogue = catalogue;
        this.appearances = appearances;
        this.settings = settings;
        this.feeds = feeds;
    }

    /** The page, or empty when the site has no such page (the caller answers with {@link #notFound}). */
    public Optional<RenderedPage> render(Address address, PagePaths.Page page, DisclosureFilter filter) {
        Layout layout = layout(address);
        return switch (page.kind()) {
            case HOME -> Optional.of(home(layout));
            case CHANNEL ->
                channelByCode(layout, page.channelCode())
                        .filter(Layout::hasPage)
                        .flatMap(c -> channel(layout, c, (int) page.number()));
            case ARTICLE -> article(layout, page.number());
            case DISCLOSURE -> disclosure(layout, (int) page.number(), filter);
            case FEED ->
                page.channelCode() == null
                        ? Optional.of(feeds.feed(layout, null, page.format()))
                        : channelByCode(layout, page.channelCode())
                                .filter(Layout::hasPage)
                                .map(c -> feeds.feed(layout, c, page.format()));
            case SITEMAP -> Optional.of(feeds.sitemap(layout));
        };
    }

    public RenderedPage notFound(Address address) {
        Layout layout = layout(address);
        Map<String, Object> model = layout.page(layout.message("notFoundTitle"), null, List.of());
        model.put("status", 404);
        model.put("title", layout.message("notFoundTitle"));
        model.put("message", layout.message("notFoundMessage"));
        model.put("isError", true);
        return RenderedPage.html(404, layout.theme().template("error").execute(model));
    }

    /** The "busy, try again" page of a public request turned away under a surge: the error page, status 503. */
    public RenderedPage busy(Address address) {
        Layout layout = layout(address);
        Map<String, Object> model = layout.page(layout.message("busyTitle"), null, List.of());
        model.put("status", 503);
        model.put("title", layout.message("busyTitle"));
        model.put("message", layout.message("busyMessage"));
        model.put("isError", true);
        return RenderedPage.html(503, layout.theme().template("error").execute(model));
    }

    Layout layout(Address address) {
        return new Layout(
                address,
                cluster.snapshot(),
                themes.theme(address.site().theme()),
                appearances.get(address.site().id()),
                settings,
                fileKeys);
    }

    private Optional<ChannelView> channelByCode(Layout layout, String code) {
        return cluster.snapshot().channels(layout.site().id()).byCode(code);
    }

    private RenderedPage home(Layout layout) {
        long siteId = layout.site().id();
        Map<String, Object> model = layout.page(null, null, List.of());
        model.put("isHome", true);
        model.put("headlines", items(layout, catalogue.latest(siteId, HEADLINES)));
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (ChannelView channel :
                homeChannels(cluster.snapshot().channels(siteId).roots())) {
            Map<String, Object> block = Layout.link(channel.name(), layout.channelUrl(channel));
            List<Map<String, Object>> articles = items(layout, catalogue.latest(siteId, channel.id(), BLOCK_SIZE));
            block.put("articles", articles);
            block.put("empty", articles.isEmpty());
            blocks.add(block);
        }
        model.put("blocks", blocks);
        return html(layout, "home", model);
    }

    /** The channels the home page shows a block of: list channels, the children of a top channel before it. */
    static List<ChannelView> homeChannels(List<ChannelView> roots) {
        List<ChannelView> chosen = new ArrayList<>();
        for (ChannelView root : roots) {
            List<ChannelView> lists =
                    root.children().stream().filter(PageRenderer::listsArticles).toList();
            if (!lists.isEmpty()) {
                chosen.addAll(lists);
            } else if (listsArticles(root)) {
                chosen.add(root);
            }
        }
        return chosen.size() > HOME_BLOCKS ? chosen.subList(0, HOME_BLOCKS) : chosen;
    }

    private static boolean listsArticles(ChannelView channel) {
        return channel.type() == ChannelType.LIST || channel.type() == ChannelType.DISCLOSURE;
    }

    private Optional<RenderedPage> channel(Layout layout, ChannelView channel, int number) {
        long siteId = layout.site().id();
        Page<ArticleSummary> page =
                catalogue.channel(siteId, channel.id(), true, PageRequest.of(number - 1, settings.pageSize()));
        if (number > 1 && number > page.getTotalPages()) {
            return Optional.empty();
        }
        Map<String, Object> model = layout.page(channel.name(), channel, layout.channelCrumbs(channel));
        model.put("isChannel", true);
        Map<String, Object> data = Layout.link(channel.name(), layout.channelUrl(channel));
        data.put("feedAtom", layout.address().link(PagePaths.feed(channel.code(), "atom")));
        data.put("feedRss", layout.address().link(PagePaths.feed(channel.code(), "rss")));
        model.put("channel", data);
        List<ChannelView> subs = channel.children().isEmpty() ? siblings(layout, channel) : channel.children();
        List<Map<String, Object>> subchannels = new ArrayList<>();
        for (ChannelView sub : subs) {
            if (!Layout.shown(sub)) {
                continue;
            }
            Map<String, Object> link = layout.channelLink(sub);
            if (sub.id() == channel.id()) {
                link.put("current", true);
            }
            subchannels.add(link);
        }
        model.put("subchannels", subchannels);
        if (channel.type() == ChannelType.SINGLE_PAGE && page.getTotalElements() > 0) {
            catalogue
                    .published(siteId, page.getContent().getFirst().id())
                    .ifPresent(a -> model.put("article", article(layout, a)));
        }
        model.put("articles", items(layout, page.getContent()));
        model.put("empty", page.isEmpty());
        model.put("pager", pager(number, page.getTotalPages(), n -> layout.channelPageUrl(channel, n)));
        return Optional.of(html(layout, "channel", model));
    }

    private List<ChannelView> siblings(Layout layout, ChannelView channel) {
        if (channel.parentId() == null) {
            return List.of();
        }
        return cluster.snapshot()
                .channels(layout.site().id())
                .byId(channel.parentId())
                .map(ChannelView::children)
                .orElse(List.of());
    }

    private Optional<RenderedPage> article(Layout layout, long id) {
        return catalogue.published(layout.site().id(), id).map(article -> {
            ChannelView channel = cluster.snapshot()
                    .channels(layout.site().id())
                    .byId(article.summary().channelId())
                    .orElse(null);
            List<Map<String, Object>> crumbs = channel == null ? new ArrayList<>() : layout.channelCrumbs(channel);
            Map<String, Object> model = layout.page(article.summary().title(), channel, crumbs);
            model.put("isArticle", true);
            Map<String, Object> data = article(layout, article);
            long source = article.summary().sourceSiteId();
            if (source != layout.site().id()) {
                // a shared copy: it names and links its source, which search engines should index instead
                cluster.snapshot().byId(source).ifPresent(site -> {
                    String path = PagePaths.article(id);
                    data.put(
                            "sharedFrom",
                            Layout.link(site.name(), layout.address().base(site) + path));
                    model.put("canonical", layout.absoluteOn(site, path));
                });
            }
            model.put("article", data);
            if (channel != null) {
                model.put("channel", Layout.link(channel.name(), layout.channelUrl(channel)));
            }
            return html(layout, "article", model);
        });
    }

    private Map<String, Object> article(Layout layout, PublishedArticle article) {
        Map<String, Object> data = layout.item(article.summary());
        // the article's own language where it differs from the page's; its other-script paragraphs marked too
        String language = article.language() == null
                ? layout.language()
                : article.language().tag();
        if (!language.equals(layout.language())) {
            data.put("language", language);
        }
        data.put("body", publicBody(layout, TibetanScript.markBlocks(article.bodyHtml(), language)));
        Layout.put(data, "source", article.source());
        Layout.put(data, "author", article.author());
        data.put("tags", article.tags() == null ? List.of() : List.copyOf(article.tags()));
        List<Map<String, Object>> attachments = new ArrayList<>();
        if (article.attachments() != null) {
            article.attachments().forEach(a -> {
                Map<String, Object> link = Layout.link(a.fileName(), layout.fileUrl(a.blobId(), a.fileName()));
                link.put("size", humanSize(a.size()));
                attachments.add(link);
            });
        }
        data.put("attachments", attachments);
        DisclosureMetadata d = article.disclosure();
        if (d != null) {
            Map<String, Object> disclosure = new HashMap<>();
            Layout.put(disclosure, "indexNumber", d.indexNumber());
            Layout.put(disclosure, "documentNumber", d.documentNumber());
            Layout.put(disclosure, "issuingAuthority", d.issuingAuthority());
            Layout.put(
                    disclosure,
                    "writtenDate",
                    d.writtenDate() == null ? null : d.writtenDate().toString());
            Layout.put(disclosure, "subjectCategory", d.subjectCategory());
            Layout.put(disclosure, "validity", d.validity());
            data.put("disclosure", disclosure);
        }
        return data;
    }

    /**
     * Images and links in the body point at the storage API ({@code /api/v1/blobs/<id>}), which needs a
     * login; on public pages they point at the site's public file path instead (served while the
     * article is published, see {@code ArticleCatalogue.isPublicBlob}).
     */
    static String publicBody(Layout layout, String bodyHtml) {
        if (bodyHtml == null) {
            return "";
        }
        return BODY_BLOB.matcher(bodyHtml).replaceAll(m -> layout.fileUrl(Long.parseLong(m.group(1)), BODY_FILE));
    }

    /** Blob ids the body refers to. */
    static List<Long> bodyBlobs(String bodyHtml) {
        if (bodyHtml == null) {
            return List.of();
        }
        return BODY_BLOB
                .matcher(bodyHtml)
                .results()
                .map(m -> Long.parseLong(m.group(1)))
                .distinct()
                .toList();
    }

    private Optional<RenderedPage> disclosure(Layout layout, int number, DisclosureFilter filter) {
        long siteId = layout.site().id();
        DisclosureFilter applied = filter == null ? DisclosureFilter.none() : filter;
        Page<ArticleSummary> page =
                catalogue.disclosure(siteId, applied, PageRequest.of(number - 1, settings.pageSize()));
        if (number > 1 && number > page.getTotalPages()) {
            return Optional.empty();
        }
        String title = layout.message("disclosureTitle");
        Map<String, Object> model = layout.page(
                title, null, List.of(Layout.link(title, layout.address().link("/disclosure/"))));
        model.put("isDisclosure", true);
        DisclosureFacets facets = catalogue.disclosureFacets(siteId);
        Map<String, Object> filters = new HashMap<>();
        filters.put("action", layout.address().link("/disclosure/"));
        filters.put("subjects", options(facets.subjectCategories(), applied.subjectCategory()));
        filters.put("authorities", options(facets.issuingAuthorities(), applied.issuingAuthority()));
        filters.put(
                "years",
                options(
                        facets.years().stream().map(String::valueOf).toList(),
                        applied.year() == null ? null : String.valueOf(applied.year())));
        filters.put("filtered", !applied.equals(DisclosureFilter.none()));
        model.put("filters", filters);
        model.put("articles", items(layout, page.getContent()));
        model.put("empty", page.isEmpty());
        String query = DisclosureQuery.of(applied);
        model.put(
                "pager",
                pager(number, page.getTotalPages(), n -> layout.address().link(PagePaths.disclosure(n)) + query));
        return Optional.of(html(layout, "disclosure", model));
    }

    private static List<Map<String, Object>> options(List<String> values, String selected) {
        List<Map<String, Object>> options = new ArrayList<>();
        for (String value : values) {
            Map<String, Object> option = new HashMap<>();
            option.put("value", value);
            if (value.equals(selected)) {
                option.put("selected", true);
            }
            options.add(option);
        }
        return options;
    }

    private static List<Map<String, Object>> items(Layout layout, List<ArticleSummary> articles) {
        return articles.stream().map(layout::item).toList();
    }

    static Map<String, Object> pager(int current, int total, java.util.function.IntFunction<String> url) {
        Map<String, Object> pager = new HashMap<>();
        pager.put("current", current);
        pager.put("total", Math.max(total, 1));
        if (total <= 1) {
            return pager;
        }
        pager.put("multiple", true);
        if (current > 1) {
            pager.put("prev", url.apply(current - 1));
        }
        if (current < total) {
            pager.put("next", url.apply(current + 1));
        }
        List<Map<String, Object>> pages = new ArrayList<>();
        int from = Math.max(1, current - 4);
        int to = Math.min(total, from + 8);
        for (int n = from; n <= to; n++) {
            Map<String, Object> p = new HashMap<>();
            p.put("number", n);
            p.put("url", url.apply(n));
            if (n == current) {
                p.put("current", true);
            }
            pages.add(p);
        }
        pager.put("pages", pages);
        return pager;
    }

    private static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static RenderedPage html(Layout layout, String template, Map<String, Object> model) {
        return RenderedPage.html(200, layout.theme().template(template).execute(model));
    }
}
