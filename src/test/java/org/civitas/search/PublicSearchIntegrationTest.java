package org.civitas.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleOperations;
import org.civitas.content.ArticleView;
import org.civitas.content.ContentIntegrationTest;
import org.civitas.content.ContentTestUsers;
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
