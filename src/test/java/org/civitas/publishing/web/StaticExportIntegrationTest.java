package org.civitas.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleView;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.platform.DomainException;
import org.civitas.publishing.StaticExport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Exported pages are the bytes the application serves by the site's own domain; publishing re-exports. */
@SpringBootTest(
        properties = {
            "civitas.demo.mode=always",
            "civitas.identity.admin-password=Static#Export-2026",
            "civitas.publishing.export-dir=target/static-export-test"
        })
@AutoConfigureMockMvc
class StaticExportIntegrationTest {

    static final String PORTAL = "5132000001";
    static final String HOST = "www.abazhou.gov.cn";

    @Autowired
    MockMvc mvc;

    @Autowired
    StaticExport export;

    @Autowired
    ArticleOperations operations;

    private byte[] served(String path) throws Exception {
        return mvc.perform(get(path).header("Host", HOST))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    @Test
    void exportedPagesEqualTheServedOnes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ArticleView article = operations.publish(
                "test", PORTAL, "news-headlines", ArticleDraft.of("州委召开常委会议", "<p>会议研究了灾后重建工作。</p>"));
        StaticExport.ExportReport report = export.exportSite(PORTAL, dir);
        Path site = dir.resolve(HOST);
        assertThat(report.directory()).isEqualTo(site.toAbsolutePath().normalize());
        assertThat(report.pages()).isGreaterThan(20);
        assertThat(Files.readAllBytes(site.resolve("index.html"))).isEqualTo(served("/"));
        assertThat(Files.readAllBytes(site.resolve("c/news-headlines/index.html")))
                .isEqualTo(served("/c/news-headlines/"));
        assertThat(Files.readAllBytes(site.resolve("a/" + article.id() + ".html")))
                .isEqualTo(served("/a/" + article.id() + ".html"));
        assertThat(Files.readAllBytes(site.resolve("sitemap.xml"))).isEqualTo(served("/sitemap.xml"));
        assertThat(site.resolve("404.html")).content().contains("页面不存在");
        assertThat(site.resolve("assets/default/css/site.css")).exists();
        assertThat(site.resolve("index.html.gz")).exists(); // for nginx's gzip_static
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp")))
                    .isEmpty();
        }
    }

    @Test
    void aPublicationIsExportedIncrementally() throws IOException {
        Path site = Path.of("target/static-export-test").resolve(HOST);
        ArticleView article =
                operations.publish("test", PORTAL, "news-notices", ArticleDraft.of("关于开展防灾减灾宣传周活动的通知", "<p>通知全文。</p>"));
        Path page = site.resolve("a/" + article.id() + ".html");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(page));
        assertThat(page).content().contains("关于开展防灾减灾宣传周活动的通知");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Files.readString(site.resolve("index.html")).contains("关于开展防灾减灾宣传周活动的通知"));
    }

    @Test
    void everySiteThatIsNotOfflineCanBeExportedAtOnce(@org.junit.jupiter.api.io.TempDir Path dir) {
        var reports = export.exportAll(dir);
        assertThat(reports).extracting(StaticExport.ExportReport::siteCode).contains(PORTAL, "5132210001");
        assertThat(dir.resolve(HOST).resolve("index.html")).exists();
        assertThat(dir.resolve("www.wenchuan.gov.cn").resolve("index.html"))
                .content()
                .contains("汶川县");
    }

    @Test
    void unknownSitesAreRefused(@org.junit.jupiter.api.io.TempDir Path dir) {
        assertThatThrownBy(() -> export.exportSite("0000000000", dir))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("publishing.export.error.site");
    }
}
