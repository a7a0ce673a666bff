package org.civitas.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.civitas.content.AttachmentView;
import org.civitas.content.DisclosureFacets;
import org.civitas.content.DisclosureFilter;
import org.civitas.content.DisclosureMetadata;
import org.civitas.content.PublishedArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

class PageRendererTest {

    @TempDir
    Path dataDir;

    Fixtures f;

    @BeforeEach
    void setUp() {
        f = new Fixtures(dataDir);
        when(f.catalogue.latest(anyLong(), anyInt())).thenReturn(List.of(Fixtures.summary(5, 11, "灾后重建工作会议召开")));
        when(f.catalogue.latest(anyLong(), anyLong(), anyInt()))
                .thenReturn(List.of(Fixtures.summary(5, 11, "灾后重建工作会议召开")));
        when(f.catalogue.channel(anyLong(), anyLong(), anyBoolean(), any()))
                .thenAnswer(i -> i.<Pageable>getArgument(3).getPageNumber() < 3
                        ? new PageImpl<>(List.of(Fixtures.summary(5, 11, "灾后重建工作会议召开")), i.getArgument(3), 45)
                        : Page.empty(i.getArgument(3)));
        when(f.catalogue.disclosureFacets(anyLong()))
                .thenReturn(new DisclosureFacets(List.of("综合政务"), List.of("阿坝州人民政府"), List.of(2026)));
        when(f.catalogue.disclosure(anyLong(), any(), any()))
                .thenAnswer(i -> new PageImpl<>(List.of(), i.getArgument(2), 0));
    }

    private String render(Address address, String path) {
        return f.renderer
                .render(address, PagePaths.parse(path).orElseThrow(), DisclosureFilter.none())
                .map(p -> new String(p.body(), StandardCharsets.UTF_8))
                .orElse(null);
    }

    @Test
    void homeReachedByPathLinksEverySiteThroughPathPrefixes() {
        String html = render(Fixtures.byPath(Fixtures.PORTAL), "/");
        assertThat(html)
                .contains("<title>中国阿坝州</title>")
                .contains("href=\"/s/5132000001/c/news-headlines/\"")
                .contains("href=\"/s/5132210001/\"") // the county, on the same host
                .contains("href=\"/s/5132000001/a/5.html\"")
                .contains("灾后重建工作会议召开")
                .contains("网站标识码：5132000001")
                .contains("蜀ICP备05003303号")
                .contains("川公网安备 51320002000001号")
                .contains("党政机关网站标识 5132000001")
                .contains("id=\"elder-toggle\"")
                .contains("data-label-on=\"退出长者模式\"");
    }

    @Test
    void homeReachedByHostLinksOtherSitesByTheirDomain() {
        String html = render(Fixtures.byHost(Fixtures.PORTAL), "/index.html");
        assertThat(html)
                .contains("href=\"/c/news-headlines/\"")
                .contains("href=\"//www.wenchuan.gov.cn/\"")
                .doesNotContain("/s/5132");
    }

    @Test
    void fallbackHomeLinksEverySiteByPathAndItsOwnPagesWithoutPrefix() {
        String html = render(new Address(Fixtures.PORTAL, "", "https://www.abazhou.gov.cn", true), "/");
        assertThat(html)
                .contains("href=\"/c/news-headlines/\"")
                .contains("href=\"/s/5132210001/\"") // the county, on this host
                .contains("href=\"/s/5132000001/\"") // the portal's own home, too
                .doesNotContain("//www.wenchuan.gov.cn");
    }

    @Test
    void channelPagesArePagedAndMissingPagesAreNotFound() {
        String first = render(Fixtures.byHost(Fixtures.PORTAL), "/c/news/");
        assertThat(first)
                .contains("<h1 class=\"list-title\">政务动态</h1>")
                .contains("href=\"/c/news/3.html\"")
                .contains("aria-current=\"page\">1<")
                .contains("href=\"/c/news-headlines/\""); // sub-channel in the sidebar
        assertThat(render(Fixtures.byHost(Fixtures.PORTAL), "/c/news/3.html")).contains("rel=\"prev\"");
        assertThat(render(Fixtures.byHost(Fixtures.PORTAL), "/c/news/4.html")).isNull();
        assertThat(render(Fixtures.byHost(Fixtures.PORTAL), "/c/nothing/")).isNull();
    }

    @Test
    void articleShowsMetaAttachmentsAndDisclosureTable() {
        var summary = Fixtures.summary(7, 20, "关于印发《阿坝州灾后重建规划》的通知");
        when(f.catalogue.published(1, 7))
                .thenReturn(Optional.of(new PublishedArticle(
                        summary,
                        "<p>正文第一段。</p><p><img src=\"/api/v1/blobs/42\" alt=\"现场\"></p>",
                        "州政府办公室",
                        "张三",
                        List.of("重建"),
                        List.of(new AttachmentView(99, "规划 全文.pdf", "application/pdf", 2048)),
                        new DisclosureMetadata(
                                "11513200-01-2026-0001",
                                "阿府发〔2026〕12号",
                                "阿坝州人民政府",
                                LocalDate.of(2026, 5, 1),
                                "综合政务",
                                "有效"))));
        String html = render(Fixtures.byHost(Fixtures.PORTAL), "/a/7.html");
        assertThat(html)
                .contains("<h1>关于印发《阿坝州灾后重建规划》的通知</h1>")
                .contains("<p>正文第一段。</p>")
                .contains("<img src=\"/files/key42/image\" alt=\"现场\">")
                .contains("来源：州政府办公室")
                .contains("阿府发〔2026〕12号")
                .contains("11513200-01-2026-0001")
                .contains("href=\"/files/key99/%E8%A7%84%E5%88%92%20%E5%85%A8%E6%96%87.pdf\"")
                .contains("2.0 KB")
                .contains("href=\"/c/disclosure/\""); // breadcrumb
        assertThat(render(Fixtures.byHost(Fixtures.PORTAL), "/a/8.html")).isNull();
    }

    @Test
    void titlesAreEscapedWhateverTheyContain() {
        when(f.catalogue.latest(anyLong(), anyInt()))
                .thenReturn(
                        List.of(Fixtures.summary(6, 11, "<script>alert(1)</script>\"><img src=x onerror=alert(1)>")));
        String html = render(Fixtures.byPath(Fixtures.PORTAL), "/");
        assertThat(html)
                .doesNotContain("<script>alert(1)")
                .doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void disclosureCatalogueOffersTheFacetsAsFilters() {
        String html = f.renderer
                .render(
                        Fixtures.byPath(Fixtures.PORTAL),
                        PagePaths.parse("/disclosure/").orElseThrow(),
                        new DisclosureFilter("综合政务", null, 2026))
                .map(p -> new String(p.body(), StandardCharsets.UTF_8))
                .orElseThrow();
        assertThat(html)
                .contains("<option value=\"综合政务\" selected>")
                .contains("<option value=\"阿坝州人民政府\">")
                .contains("<option value=\"2026\" selected>")
                .contains("action=\"/s/5132000001/disclosure/\"")
                .contains("暂无信息");
    }

    @Test
    void notFoundIsTheThemesErrorPage() {
        RenderedPage page = f.renderer.notFound(Fixtures.byPath(Fixtures.COUNTY));
        assertThat(page.status()).isEqualTo(404);
        assertThat(new String(page.body(), StandardCharsets.UTF_8))
                .contains("页面不存在")
                .contains("汶川县");
    }

    @Test
    void feedsAndSitemapUseAbsoluteLinks() {
        when(f.catalogue.all(1)).thenReturn(List.of(Fixtures.summary(5, 11, "灾后重建工作会议召开")));
        String atom = render(Fixtures.byHost(Fixtures.PORTAL), "/c/news/feed.atom");
        assertThat(atom)
                .contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">")
                .contains("<id>https://www.abazhou.gov.cn/a/5.html</id>")
                .contains("<updated>2026-05-12T06:28:00Z</updated>");
        String rss = render(Fixtures.byPath(Fixtures.PORTAL), "/feed.rss");
        assertThat(rss)
                .contains("<rss version=\"2.0\">")
                .contains("<link>http://localhost:8080/s/5132000001/a/5.html</link>");
        String sitemap = render(Fixtures.byHost(Fixtures.PORTAL), "/sitemap.xml");
        assertThat(sitemap)
                .contains("<loc>https://www.abazhou.gov.cn/</loc>")
                .contains("<loc>https://www.abazhou.gov.cn/c/news-headlines/</loc>")
                .contains("<loc>https://www.abazhou.gov.cn/a/5.html</loc>");
    }

    @Test
    void homeBlocksAreTheListChannelsChildrenFirst() {
        assertThat(PageRenderer.homeChannels(List.of(Fixtures.NEWS, Fixtures.DISCLOSURE)))
                .extracting(c -> c.code())
                .containsExactly("news-headlines", "disclosure");
    }
}
