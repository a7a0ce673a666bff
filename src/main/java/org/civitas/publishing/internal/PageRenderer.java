package org.civitas.publishing.internal;

import java.util.ArrayList;
import java.util.List;
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
import org.civitas.publishing.view.ArticleItem;
import org.civitas.publishing.view.ArticlePage;
import org.civitas.publishing.view.ArticleView;
import org.civitas.publishing.view.ChannelPage;
import org.civitas.publishing.view.DisclosurePage;
import org.civitas.publishing.view.ErrorPage;
import org.civitas.publishing.view.HomePage;
import org.civitas.publishing.view.Link;
import org.civitas.publishing.view.Option;
import org.civitas.publishing.view.PageContent;
import org.civitas.publishing.view.PageLayout;
import org.civitas.publishing.view.Pager;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
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
        String title = layout.message("notFoundTitle");
        var page = new ErrorPage(404, title, layout.message("notFoundMessage"));
        return RenderedPage.html(404, layout.theme().render("error", layout.page(title, null, List.of()), page));
    }

    /** The "busy, try again" page of a public request turned away under a surge: the error page, status 503. */
    public RenderedPage busy(Address address) {
        Layout layout = layout(address);
        String title = layout.message("busyTitle");
        var page = new ErrorPage(503, title, layout.message("busyMessage"));
        return RenderedPage.html(503, layout.theme().render("error", layout.page(title, null, List.of()), page));
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
        List<HomePage.Block> blocks = new ArrayList<>();
        for (ChannelView channel :
                homeChannels(cluster.snapshot().channels(siteId).roots())) {
            List<ArticleItem> articles = items(layout, catalogue.latest(siteId, channel.id(), BLOCK_SIZE));
            blocks.add(new HomePage.Block(channel.name(), layout.channelUrl(channel), articles, articles.isEmpty()));
        }
        var page = new HomePage(items(layout, catalogue.latest(siteId, HEADLINES)), blocks);
        return html(layout, "home", layout.page(null, null, List.of()), page);
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
        var info = new ChannelPage.ChannelInfo(
                channel.name(),
                layout.channelUrl(channel),
                layout.address().link(PagePaths.feed(channel.code(), "atom")),
                layout.address().link(PagePaths.feed(channel.code(), "rss")));
        List<ChannelView> subs = channel.children().isEmpty() ? siblings(layout, channel) : channel.children();
        List<PageLayout.ChannelLink> subchannels = subs.stream()
                .filter(Layout::shown)
                .map(sub -> layout.channelLink(sub, sub.id() == channel.id()))
                .toList();
        ArticleView single = channel.type() == ChannelType.SINGLE_PAGE && page.getTotalElements() > 0
                ? catalogue
                        .published(siteId, page.getContent().getFirst().id())
                        .map(a -> article(layout, a))
                        .orElse(null)
                : null;
        var content = new ChannelPage(
                info,
                subchannels,
                single,
                items(layout, page.getContent()),
                Pager.of(number, page.getTotalPages(), n -> layout.channelPageUrl(channel, n)));
        PageLayout shared = layout.page(channel.name(), channel, layout.channelCrumbs(channel));
        return Optional.of(html(layout, "channel", shared, content));
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
            List<Link> crumbs = channel == null ? List.of() : layout.channelCrumbs(channel);
            PageLayout shared = layout.page(article.summary().title(), channel, crumbs);
            ArticleView data = article(layout, article);
            String canonical = null;
            long source = article.summary().sourceSiteId();
            SiteView sourceSite = source == layout.site().id()
                    ? null
                    : cluster.snapshot().byId(source).orElse(null);
            if (sourceSite != null) {
                // a shared copy: it names and links its source, which search engines should index instead
                String path = PagePaths.article(id);
                data = data.sharedFrom(
                        new Link(sourceSite.name(), layout.address().base(sourceSite) + path));
                canonical = layout.absoluteOn(sourceSite, path);
            }
            Link channelLink = channel == null ? null : new Link(channel.name(), layout.channelUrl(channel));
            return html(layout, "article", shared, new ArticlePage(data, channelLink, canonical));
        });
    }

    private ArticleView article(Layout layout, PublishedArticle article) {
        // the article's own language where it differs from the page's; its other-script paragraphs marked too
        String language = article.language() == null
                ? layout.language()
                : article.language().tag();
        List<ArticleView.Attachment> attachments = article.attachments() == null
                ? List.of()
                : article.attachments().stream()
                        .map(a -> new ArticleView.Attachment(
                                a.fileName(), layout.fileUrl(a.blobId(), a.fileName()), humanSize(a.size())))
                        .toList();
        DisclosureMetadata d = article.disclosure();
        ArticleView.DisclosureFields disclosure = d == null
                ? null
                : new ArticleView.DisclosureFields(
                        Layout.text(d.indexNumber()),
                        Layout.text(d.documentNumber()),
                        Layout.text(d.issuingAuthority()),
                        d.writtenDate() == null ? null : d.writtenDate().toString(),
                        Layout.text(d.subjectCategory()),
                        Layout.text(d.validity()));
        return ArticleView.of(
                layout.item(article.summary()),
                language.equals(layout.language()) ? null : language,
                publicBody(layout, TibetanScript.markBlocks(article.bodyHtml(), language)),
                Layout.text(article.source()),
                Layout.text(article.author()),
                article.tags() == null ? List.of() : List.copyOf(article.tags()),
                attachments,
                disclosure);
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
        PageLayout shared = layout.page(
                title, null, List.of(new Link(title, layout.address().link("/disclosure/"))));
        DisclosureFacets facets = catalogue.disclosureFacets(siteId);
        var filters = new DisclosurePage.Filters(
                layout.address().link("/disclosure/"),
                options(facets.subjectCategories(), applied.subjectCategory()),
                options(facets.issuingAuthorities(), applied.issuingAuthority()),
                options(
                        facets.years().stream().map(String::valueOf).toList(),
                        applied.year() == null ? null : String.valueOf(applied.year())),
                !applied.equals(DisclosureFilter.none()));
        String query = DisclosureQuery.of(applied);
        var content = new DisclosurePage(
                filters,
                items(layout, page.getContent()),
                Pager.of(number, page.getTotalPages(), n -> layout.address().link(PagePaths.disclosure(n)) + query));
        return Optional.of(html(layout, "disclosure", shared, content));
    }

    private static List<Option> options(List<String> values, String selected) {
        return values.stream()
                .map(value -> new Option(value, value, value.equals(selected)))
                .toList();
    }

    private static List<ArticleItem> items(Layout layout, List<ArticleSummary> articles) {
        return articles.stream().map(layout::item).toList();
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

    private static RenderedPage html(Layout layout, String template, PageLayout shared, PageContent content) {
        return RenderedPage.html(200, layout.theme().render(template, shared, content));
    }
}
