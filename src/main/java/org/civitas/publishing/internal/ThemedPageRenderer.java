package org.civitas.publishing.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.civitas.publishing.PublicPageContext;
import org.civitas.publishing.PublicPageRenderer;
import org.civitas.publishing.view.Link;
import org.civitas.publishing.view.PageContent;
import org.civitas.publishing.view.PageLayout;
import org.civitas.publishing.view.Pager;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.springframework.stereotype.Component;

/** Renders pages of other modules in the site's theme, through the same layout as every other page. */
@Component
class ThemedPageRenderer implements PublicPageRenderer {

    private final PublicSite site;
    private final PageRenderer renderer;
    private final SiteCluster cluster;
    private final ThemeRegistry themes;

    ThemedPageRenderer(PublicSite site, PageRenderer renderer, SiteCluster cluster, ThemeRegistry themes) {
        this.site = site;
        this.renderer = renderer;
        this.cluster = cluster;
        this.themes = themes;
    }

    @Override
    public Optional<PublicPageContext> resolve(String host, String uri, String requestOrigin) {
        return site.resolve(host, uri, requestOrigin).map(t -> {
            Address a = t.address();
            return new PublicPageContext(a.site(), a.prefix(), a.origin(), a.sitesByPath());
        });
    }

    @Override
    public List<SiteView> publicSites() {
        return cluster.snapshot().publicSites();
    }

    @Override
    public List<ChannelView> channels(long siteId) {
        return cluster.snapshot().channels(siteId).all();
    }

    @Override
    public String articleLink(PublicPageContext context, long siteId, long articleId) {
        Address address = address(context);
        return cluster.snapshot()
                .byId(siteId)
                .map(other -> address.base(other) + PagePaths.article(articleId))
                .orElse(address.link(PagePaths.article(articleId)));
    }

    @Override
    public String link(PublicPageContext context, String path) {
        return address(context).link(path);
    }

    @Override
    public String render(PublicPageContext context, String template, String titleKey, PageContent page) {
        Layout layout = renderer.layout(address(context));
        String pageTitle = layout.message(titleKey);
        PageLayout shared = layout.page(pageTitle, null, List.of(new Link(pageTitle, "")));
        Theme theme = layout.theme().has(template) ? layout.theme() : themes.defaultTheme();
        if (theme != layout.theme()) {
            shared = shared.withMessages(theme.messages(layout.locale()));
        }
        return theme.render(template, shared, page);
    }

    @Override
    public Pager pager(int current, int total, IntFunction<String> url) {
        return Pager.of(current, total, url);
    }

    private static Address address(PublicPageContext context) {
        return new Address(context.site(), context.prefix(), context.origin(), context.sitesByPath());
    }
}
