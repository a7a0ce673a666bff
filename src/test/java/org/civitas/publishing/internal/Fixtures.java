package org.civitas.publishing.internal;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.civitas.content.ArticleCatalogue;
import org.civitas.content.ArticleSummary;
import org.civitas.publishing.Appearance;
import org.civitas.publishing.AppearanceService;
import org.civitas.publishing.PublishingSettings;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.site.Registration;
import org.civitas.site.SiteKind;
import org.civitas.site.SiteStatus;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/** A small cluster (portal and one county) with a mocked catalogue, for rendering without Spring. */
final class Fixtures {

    static final SiteView PORTAL = site(1, "中国阿坝州", SiteKind.PORTAL, null, "5132000001", "www.abazhou.gov.cn");
    static final SiteView COUNTY = site(2, "汶川县", SiteKind.COUNTY, 1L, "5132210001", "www.wenchuan.gov.cn");

    static final ChannelView NEWS_HEADLINES =
            new ChannelView(11, 1, 10L, "news-headlines", "要闻", ChannelType.LIST, 1, "news-headlines", List.of());
    static final ChannelView NEWS =
            new ChannelView(10, 1, null, "news", "政务动态", ChannelType.LIST, 1, "news", List.of(NEWS_HEADLINES));
    static final ChannelView DISCLOSURE =
            new ChannelView(20, 1, null, "disclosure", "政府信息公开", ChannelType.DISCLOSURE, 2, "disclosure", List.of());

    final SiteDirectory directory = mock(SiteDirectory.class);
    final ArticleCatalogue catalogue = mock(ArticleCatalogue.class);
    final AppearanceService appearances = mock(AppearanceService.class);
    final PublishingSettings settings = settings();
    final SiteCluster cluster;
    final ThemeRegistry themes;
    final PageRenderer renderer;

    Fixtures(Path dataDir) {
        when(directory.all()).thenReturn(List.of(PORTAL, COUNTY));
        when(directory.channels(1)).thenReturn(List.of(NEWS, DISCLOSURE));
        when(directory.channels(2)).thenReturn(List.of());
        when(appearances.get(anyLong())).thenReturn(Appearance.none());
        cluster = new SiteCluster(directory, settings);
        themes = new ThemeRegistry(dataDir);
        renderer = new PageRenderer(
                cluster, themes, catalogue, appearances, settings, new FeedWriter(catalogue), blobId -> "key" + blobId);
    }

    static PublishingSettings settings() {
        return new Binder(new org.springframework.boot.context.properties.source.MapConfigurationPropertySource())
                .bindOrCreate("civitas.publishing", Bindable.of(PublishingSettings.class));
    }

    static SiteView site(long id, String name, SiteKind kind, Long parent, String code, String domain) {
        return new SiteView(
                id,
                name,
                kind,
                parent,
                1,
                List.of(domain),
                code,
                new Registration("党政机关网站标识 " + code, "蜀ICP备05003303号", "川公网安备 51320002000001号"),
                SiteStatus.ONLINE,
                kind.name().toLowerCase(),
                "default",
                List.of(),
                1);
    }

    static ArticleSummary summary(long id, long channelId, String title) {
        Instant at = Instant.parse("2026-05-12T06:28:00Z");
        return new ArticleSummary(id, 1, channelId, 1, title, null, "摘要" + id, null, null, null, false, at, at);
    }

    static Address byPath(SiteView site) {
        return new Address(site, Address.pathPrefix(site), "http://localhost:8080");
    }

    static Address byHost(SiteView site) {
        return new Address(site, "", "https://" + site.primaryDomain());
    }
}
