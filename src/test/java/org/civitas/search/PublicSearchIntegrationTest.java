package org.civitas.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleView;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.content.ContentTestUsers;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.search.internal.PublicSearcher;
import org.civitas.search.internal.Snippets;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Public search: articles are found once published, gone at once when withdrawn, odd queries never fail. */
@DatabaseTest
@AutoConfigureMockMvc
class PublicSearchIntegrationTest extends ContentIntegrationTest {

    static final String PORTAL = "5132000001";

    @Autowired
    ArticleOperations operations;

    @Autowired
    PublicSearcher searcher;

    @Autowired
    MockMvc mvc;

    private PublicSearcher.Results search(String text, String... siteCodes) {
        Set<Long> ids = new java.util.HashSet<>();
        for (String code : siteCodes) {
            ids.add(site(code).id());
        }
        return searcher.search(new PublicSearcher.Query(text, ids, null, null, null, null, false, 1));
    }

    @Test
    void aPublishedArticleIsFoundAndAWithdrawnOneDisappearsAtOnce() {
        ArticleView a = operations.publish(
                "cli:tester",
                WENCHUAN,
                "news-headlines",
                ArticleDraft.of("汶川县推进地震灾后重建工作", "<p>映秀镇的灾后重建项目全部完工，群众搬入新居。</p>"));

        PublicSearcher.Results found = search("灾后重建", WENCHUAN);
        assertThat(found.total()).isEqualTo(1);
        PublicSearcher.Hit hit = found.hits().getFirst();
        assertThat(hit.articleId()).isEqualTo(a.id());
        assertThat(hit.snippet()).filteredOn(Snippets.Segment::hit).isNotEmpty();
        assertThat(search("灾后重建", JIUZHAIGOU).total()).isZero();

        people.signIn(wenchuanEditor);
        articles.withdraw(a.id());
        ContentTestUsers.signOut();

        assertThat(search("灾后重建", WENCHUAN).total()).isZero();
    }

    @Test
    void aSynonymFindsTheArticleThatUsesTheOtherWordAndHighlightsIt() {
        // the installation's list (V15) has 阿坝州,阿坝藏族羌族自治州: either name finds the other
        ArticleView longName = operations.publish(
                "cli:tester", WENCHUAN, "news-headlines", ArticleDraft.of("阿坝藏族羌族自治州部署冬季草原防火", "<p>各县开展草原防火检查。</p>"));
        ArticleView shortName = operations.publish(
                "cli:tester", WENCHUAN, "news-headlines", ArticleDraft.of("阿坝州部署冬季森林防火", "<p>各县开展森林防火检查。</p>"));

        PublicSearcher.Results byShort = search("阿坝州 草原防火", WENCHUAN);
        assertThat(byShort.hits()).extracting(PublicSearcher.Hit::articleId).containsExactly(longName.id());
        assertThat(byShort.hits().getFirst().title())
                .filteredOn(Snippets.Segment::hit)
                .extracting(Snippets.Segment::text)
                .anyMatch(t -> t.contains("阿坝"));

        PublicSearcher.Results byLong = search("阿坝藏族羌族自治州 森林防火", WENCHUAN);
        assertThat(byLong.hits()).extracting(PublicSearcher.Hit::articleId).containsExactly(shortName.id());
    }

    @Test
    void theSnippetOfALongBodyIsAShortPassageAroundTheMatch() {
        String filler = "各乡镇按照要求组织开展日常巡查工作，及时报告发现的问题。".repeat(60);
        ArticleView a = operations.publish(
                "cli:tester",
                WENCHUAN,
                "news-headlines",
                ArticleDraft.of(
                        "汶川县日常巡查通报", "<p>" + filler + "</p><p>其中雁门乡发现牦牛越冬草料储备不足，已协调调运。</p><p>" + filler + "</p>"));

        PublicSearcher.Results found = search("牦牛越冬", WENCHUAN);
        assertThat(found.hits()).extracting(PublicSearcher.Hit::articleId).containsExactly(a.id());
        var snippet = found.hits().getFirst().snippet();
        String text = snippet.stream().map(Snippets.Segment::text).collect(java.util.stream.Collectors.joining());
        assertThat(text).contains("牦牛").hasSizeLessThan(200);
        assertThat(snippet)
                .filteredOn(Snippets.Segment::hit)
                .extracting(Snippets.Segment::text)
                .anyMatch(t -> t.contains("牦牛"));
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Test
    void articlesPublishedInOneTransactionAreIndexedTogetherOnItsCommit() {
        var transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        transactions.executeWithoutResult(status -> {
            for (int i = 1; i <= 3; i++) {
                ids.add(operations
                        .publish(
                                "cli:tester",
                                WENCHUAN,
                                "news-headlines",
                                ArticleDraft.of("高山牧场转场第" + i + "批", "<p>牧民赶着牦牛转场到夏季牧场。</p>"))
                        .id());
            }
            assertThat(articleIds(search("牧场转场", WENCHUAN)))
                    .as("nothing before the commit")
                    .doesNotContainAnyElementsOf(ids);
        });
        PublicSearcher.Results found = search("牧场转场", WENCHUAN);
        assertThat(articleIds(found)).as("%s", found.hits()).containsAll(ids).doesNotHaveDuplicates();
        assertThat(articleIds(search("牦牛", WENCHUAN))).containsAll(ids);
    }

    private static java.util.List<Long> articleIds(PublicSearcher.Results results) {
        return results.hits().stream().map(PublicSearcher.Hit::articleId).toList();
    }

    @Autowired
    org.civitas.site.trusted.SiteDirectory siteDirectory;

    @Test
    void channelKindDateRangeAndDateOrderNarrowTheResultsAndNoMatchSuggestsWords() {
        java.time.Instant spring2020 = java.time.Instant.parse("2020-03-01T02:00:00Z");
        ArticleView older = operations.publish(
                "cli:tester",
                WENCHUAN,
                "news-headlines",
                new ArticleDraft(
                        "草原防火专项检查",
                        null,
                        null,
                        "<p>草原防火专项检查覆盖全部乡镇。</p>",
                        null,
                        java.util.List.of(),
                        null,
                        null,
                        java.util.List.of(),
                        false,
                        0,
                        null,
                        spring2020,
                        null,
                        null,
                        null));
        ArticleView newer = operations.publish(
                "cli:tester", WENCHUAN, "news-headlines", ArticleDraft.of("部署草原防火工作", "<p>全县部署草原防火。</p>"));
        long site = site(WENCHUAN).id();
        long otherChannel = siteDirectory.channels(site).stream()
                .filter(c -> c.id() != newer.channelId())
                .findFirst()
                .orElseThrow()
                .id();

        java.util.List<Long> mine = java.util.List.of(newer.id(), older.id());
        java.util.List<Long> byDate = articleIds(query("草原防火", site, null, null, null, null, true));
        assertThat(byDate).containsAll(mine);
        assertThat(byDate.indexOf(newer.id())).isLessThan(byDate.indexOf(older.id()));
        assertThat(articleIds(query(
                        "草原防火",
                        site,
                        null,
                        null,
                        java.time.LocalDate.of(2020, 1, 1),
                        java.time.LocalDate.of(2020, 12, 31),
                        false)))
                .contains(older.id())
                .doesNotContain(newer.id());
        assertThat(articleIds(query("草原防火", site, newer.channelId(), null, null, null, false)))
                .containsAll(mine);
        assertThat(articleIds(query("草原防火", site, otherChannel, null, null, null, false)))
                .doesNotContainAnyElementsOf(mine);
        assertThat(articleIds(query("草原防火", site, null, "article", null, null, false)))
                .containsAll(mine);
        assertThat(articleIds(query("草原防火", site, null, "disclosure", null, null, false)))
                .doesNotContainAnyElementsOf(mine);

        PublicSearcher.Results none = query("草原防火 雪豹栖息地", site, null, null, null, null, false);
        assertThat(none.total()).isZero();
        assertThat(none.suggestions()).contains("防火").doesNotContain("雪豹");
    }

    private PublicSearcher.Results query(
            String text,
            long site,
            Long channel,
            String kind,
            java.time.LocalDate from,
            java.time.LocalDate to,
            boolean byDate) {
        return searcher.search(new PublicSearcher.Query(text, Set.of(site), channel, kind, from, to, byDate, 1));
    }

    @Test
    void aCountySiteFindsAPortalArticleOnlyInClusterMode() throws Exception {
        operations.publish(
                "cli:tester", PORTAL, "news-headlines", ArticleDraft.of("全州高原生态保护推进会召开", "<p>会议部署高原湿地生态保护工作。</p>"));

        mvc.perform(get("/s/" + JIUZHAIGOU + "/search").param("q", "湿地生态保护"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("search-total\">0<")));
        mvc.perform(get("/s/" + JIUZHAIGOU + "/search").param("q", "湿地生态保护").param("scope", "cluster"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("search-total\">1<")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<mark>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/s/" + PORTAL + "/a/")));
    }

    @Test
    void aSiteStillBeingBuiltIsNeitherSearchedNorOfferedInClusterSearch() throws Exception {
        String building = "5132010001"; // 马尔康市, not launched in the demo
        operations.publish(
                "cli:tester", building, "news-headlines", ArticleDraft.of("马尔康市试点高原牦牛保险", "<p>牦牛保险试点覆盖全市牧民。</p>"));
        // indexed (it will be found once the site is launched), but no public search shows it
        assertThat(search("牦牛保险", building).total()).isEqualTo(1);
        mvc.perform(get("/s/" + JIUZHAIGOU + "/search").param("q", "牦牛保险").param("scope", "cluster"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("search-total\">0<")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("马尔康市"))));
        mvc.perform(get("/s/" + JIUZHAIGOU + "/search")
                        .param("q", "牦牛保险")
                        .param("scope", "cluster")
                        .param("site", String.valueOf(site(building).id())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("牦牛保险试点"))));
        mvc.perform(get("/s/" + building + "/search").param("q", "牦牛保险")).andExpect(status().isNotFound());
    }

    @Autowired
    org.civitas.storage.BlobStore blobs;

    @Test
    void theTextOfAttachedPdfAndWordFilesFindsTheirArticle() throws Exception {
        noChain(WENCHUAN, "news-headlines");
        people.signIn(wenchuanEditor);
        long pdf = blobs.store(
                        new java.io.ByteArrayInputStream(pdf("Highland barley cooperative audit report")),
                        "report.pdf",
                        "application/pdf")
                .id();
        long docx = blobs.store(
                        new java.io.ByteArrayInputStream(docx("牦牛乳制品加工厂验收意见")),
                        "意见.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .id();
        ArticleDraft draft = new ArticleDraft(
                "附件检索测试",
                null,
                null,
                "<p>见附件。</p>",
                null,
                java.util.List.of(pdf, docx),
                null,
                null,
                java.util.List.of(),
                false,
                0,
                null,
                null,
                null,
                null,
                null);
        ArticleView a = write(WENCHUAN, "news-headlines", draft);
        articles.submit(a.id());
        ContentTestUsers.signOut();

        PublicSearcher.Results byPdf = search("barley cooperative", WENCHUAN);
        assertThat(byPdf.hits()).extracting(PublicSearcher.Hit::articleId).containsExactly(a.id());
        assertThat(byPdf.hits().getFirst().snippet())
                .filteredOn(Snippets.Segment::hit)
                .isNotEmpty();
        assertThat(search("乳制品加工厂", WENCHUAN).hits())
                .extracting(PublicSearcher.Hit::articleId)
                .containsExactly(a.id());
    }

    static byte[] pdf(String text) throws java.io.IOException {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(
                        new org.apache.pdfbox.pdmodel.font.PDType1Font(
                                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
                        12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String text) throws java.io.IOException {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(text);
            doc.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void oddQueriesGetAPageNeverAnError() throws Exception {
        String[] odd = {
            "",
            " ",
            "\"",
            "(",
            "title:(a AND",
            "*?~^[]{}\\/!:&&||",
            "AND OR NOT",
            "-",
            "+++",
            "\"\"\"",
            "<script>alert(1)</script>",
            "九寨沟县\u0000\u0002",
            "a".repeat(10_000),
            "灾后重建 ".repeat(2_000)
        };
        for (String q : odd) {
            mvc.perform(get("/s/" + WENCHUAN + "/search").param("q", q))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("search-form")))
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.not(
                                    org.hamcrest.Matchers.containsString("<script>alert(1)</script>"))));
        }
        mvc.perform(get("/s/" + WENCHUAN + "/search")).andExpect(status().isOk());
        mvc.perform(get("/s/" + WENCHUAN + "/search")
                        .param("q", "x")
                        .param("page", "-5")
                        .param("from", "2026-13-45")
                        .param("channel", "abc")
                        .param("site", "99999999999999999999")
                        .param("kind", "nonsense")
                        .param("scope", "cluster"))
                .andExpect(status().isOk());
    }
}
