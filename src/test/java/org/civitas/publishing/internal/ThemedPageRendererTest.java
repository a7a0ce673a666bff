package org.civitas.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.civitas.publishing.PublicPageContext;
import org.civitas.publishing.view.Link;
import org.civitas.publishing.view.Option;
import org.civitas.publishing.view.SearchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another module's page (search) in the site's theme, from the typed search view model. */
class ThemedPageRendererTest {

    @TempDir
    Path dataDir;

    @Test
    void aSearchPageShowsItsHitsSuggestionsAndPagerInsideTheSitesLayout() {
        Fixtures f = new Fixtures(dataDir);
        var themed = new ThemedPageRenderer(null, f.renderer, f.cluster, f.themes);
        var ctx = new PublicPageContext(Fixtures.PORTAL, "/s/5132000001", "http://localhost:8080", false);
        var form = new SearchPage.Form(
                "/s/5132000001/search",
                "重建 <b>",
                false,
                true,
                false,
                true,
                false,
                true,
                false,
                true,
                1234L,
                "2026-01-01",
                null,
                List.of(),
                List.of(new Option("政务动态", "10", true), new Option("要闻", "11", false)),
                List.of(new SearchPage.Result(
                        "/a/1.html",
                        List.of(new SearchPage.Segment("灾后", false), new SearchPage.Segment("重建", true)),
                        List.of(new SearchPage.Segment("片段", true)),
                        "中国阿坝州",
                        "",
                        "2026-05-12")),
                true,
                List.of(new Link("重建", "/search?q=x")),
                "/search?scope=cluster");
        String html = themed.render(
                ctx, "search", "searchTitle", new SearchPage(form, themed.pager(3, 12, n -> "/search?page=" + n)));
        assertThat(html)
                .contains("<title>搜索 - 中国阿坝州</title>") // the layout: the theme message as page title
                .contains("value=\"重建 &lt;b&gt;\"")
                .contains("<option value=\"10\" selected>政务动态</option>")
                .contains("<option value=\"11\">要闻</option>")
                .contains("<a href=\"/a/1.html\">灾后<mark>重建</mark></a>")
                .contains("<strong class=\"search-total\">1234</strong>")
                .contains("<a href=\"/search?q&#x3D;x\">重建</a>")
                .contains("<span aria-current=\"page\">3</span>")
                .contains("href=\"/s/5132210001/\">汶川县</a>"); // the cluster's other sites in the footer
    }
}
