package org.civitas.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.civitas.content.DisclosureFilter;
import org.civitas.site.ChannelType;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteKind;
import org.civitas.site.SiteStatus;
import org.civitas.site.SiteView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.domain.Page;

/**
 * Link channels (领导信箱, 政务服务) render as links to their address, never as pages; sites not launched
 * (建设中) are in no other site's list and resolve on no host; the primary domain is the marked one.
 */
class LinkChannelsAndUnlaunchedSitesTest {

    static final ChannelView SERVICES = new ChannelView(
            30, 1, null, "services", "政务服务", ChannelType.LINK, 3, "services", "https://www.sczwfw.gov.cn/", List.of());
    static final ChannelView MAILBOX =
            new ChannelView(41, 1, 40L, "mailbox", "领导信箱", ChannelType.LINK, 1, "mailbox", "/letters/", List.of());
    static final ChannelView SURVEY =
            new ChannelView(42, 1, 40L, "survey", "意见征集", ChannelType.LINK, 2, "survey", null, List.of());
    static final ChannelView INTERACTION = new ChannelView(
            40, 1, null, "interaction", "互动交流", ChannelType.LIST, 4, "interaction", null, List.of(MAILBOX, SURVEY));

    static final SiteView BUILDING = building();

    @TempDir
    Path dataDir;

    Fixtures f;

    private static SiteView building() {
        SiteView s = Fixtures.site(3, "马尔康市", SiteKind.COUNTY, 1L, "5132010001", "www.maerkang.gov.cn");
        return new SiteView(
                s.id(),
                s.name(),
                s.kind(),
                s.parentId(),
                s.organisationId(),
                s.domains(),
                s.siteCode(),
                s.registration(),
                SiteStatus.BUILDING,
                s.blueprintCode(),
                s.theme(),
                s.administrators(),
                s.version());
    }

    @BeforeEach
    void setUp() {
        f = new Fixtures(dataDir);
        when(f.directory.all()).thenReturn(List.of(Fixtures.PORTAL, Fixtures.COUNTY, BUILDING));
        when(f.directory.channels(1)).thenReturn(List.of(Fixtures.NEWS, SERVICES, INTERACTION));
        when(f.directory.channels(3)).thenReturn(List.of());
        when(f.catalogue.latest(anyLong(), anyInt())).thenReturn(List.of());
        when(f.catalogue.latest(anyLong(), anyLong(), anyInt())).thenReturn(List.of());
        when(f.catalogue.all(anyLong())).thenReturn(List.of());
        when(f.catalogue.channel(anyLong(), anyLong(), anyBoolean(), any()))
                .thenAnswer(i -> Page.empty(i.getArgument(3)));
    }

    private String render(Address address, String path) {
        return f.renderer
                .render(address, PagePaths.parse(path).orElseThrow(), DisclosureFilter.none())
                .map(p -> new String(p.body(), StandardCharsets.UTF_8))
                .orElse(null);
    }

    @Test
    void linkChannelsAreLinksToTheirAddressInNavigationAndChannelLists() {
        String home = render(Fixtures.byPath(Fixtures.PORTAL), "/");
        assertThat(home)
                .contains("href=\"https://www.sczwfw.gov.cn/\"")
                .doesNotContain("/c/services/")
                .doesNotContain("/c/mailbox/");
        assertThat(render(Fixtures.byHost(Fixtures.PORTAL), "/")).contains("href=\"https://www.sczwfw.gov.cn/\"");
        // in the channel list of its parent; a path of the site keeps the page's prefix
        assertThat(render(Fixtures.byHost(Fixtures.PORTAL), "/c/interaction/"))
                .contains("href=\"/letters/\"")
                .contains("领导信箱")
                .doesNotContain("/c/mailbox/")
                // a link channel without an address is left out, rather than leading to an empty page
                .doesNotContain("意见征集");
        assertThat(render(Fixtures.byPath(Fixtures.PORTAL), "/c/interaction/"))
                .contains("href=\"/s/5132000001/letters/\"");
    }

    @Test
    void aLinkChannelHasNoPageFeedOrSitemapEntry() {
        assertThat(render(Fixtures.byHost(Fixtures.PORTAL), "/c/services/")).isNull();
        assertThat(render(Fixtures.byHost(Fixtures.PORTAL), "/c/services/feed.atom"))
                .isNull();
        assertThat(render(Fixtures.byHost(Fixtures.PORTAL), "/sitemap.xml"))
                .contains("https://www.abazhou.gov.cn/c/news/")
                .doesNotContain("/c/services/")
                .doesNotContain("/c/mailbox/");
    }

    @Test
    void aSiteNotLaunchedIsInNoListAndResolvesOnNoHost() {
        SiteClusterSnapshot snapshot = f.cluster.snapshot();
        assertThat(snapshot.publicSites()).extracting(SiteView::id).containsExactly(1L, 2L);
        assertThat(snapshot.byHost("www.maerkang.gov.cn")).isEmpty();
        assertThat(snapshot.byCode("5132010001")).isEmpty();
        assertThat(snapshot.byId(3)).isEmpty();
        assertThat(snapshot.hiddenHost("WWW.maerkang.gov.cn")).isTrue();
        assertThat(snapshot.hiddenHost("www.wenchuan.gov.cn")).isFalse();
        assertThat(snapshot.hiddenHost("localhost")).isFalse();
        assertThat(snapshot.anyById(3)).contains(BUILDING);
        String home = render(Fixtures.byPath(Fixtures.PORTAL), "/");
        assertThat(home)
                .contains("href=\"/s/5132210001/\"")
                .doesNotContain("5132010001")
                .doesNotContain("马尔康市");
        assertThat(render(Fixtures.byHost(Fixtures.COUNTY), "/")).doesNotContain("maerkang");
    }

    @Test
    void theExportFolderIsTheMarkedPrimaryDomain() {
        SiteView site = Fixtures.site(4, "理县", SiteKind.COUNTY, 1L, "5132220001", "www.lixian.gov.cn");
        SiteView twoDomains = new SiteView(
                site.id(),
                site.name(),
                site.kind(),
                site.parentId(),
                site.organisationId(),
                List.of("www.lixian.gov.cn", "lixian.gov.cn"), // primary first, as the site module gives them
                site.siteCode(),
                site.registration(),
                site.status(),
                site.blueprintCode(),
                site.theme(),
                site.administrators(),
                site.version());
        assertThat(twoDomains.primaryDomain()).isEqualTo("www.lixian.gov.cn");
        assertThat(StaticExporter.folder(twoDomains)).isEqualTo("www.lixian.gov.cn");
    }
}
