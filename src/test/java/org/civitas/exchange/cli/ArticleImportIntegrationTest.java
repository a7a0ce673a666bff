package org.civitas.exchange.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.civitas.content.ArticleCatalogue;
import org.civitas.content.trusted.ArticleImports;
import org.civitas.site.trusted.SiteDirectory;
import org.civitas.storage.BlobHolders;
import org.civitas.support.CivitasIntegrationTest;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An old CMS's export comes in through the import service as {@code civitas import-articles} runs it: files
 * beside the JSON Lines file are stored and carried by their articles, 索引号 and 文号 are kept, a repeated
 * import changes nothing, a changed line makes a new version, and bad lines are refused one by one.
 */
@CivitasIntegrationTest
@DatabaseTest
class ArticleImportIntegrationTest {

    private static final String WENCHUAN = "5132210001";
    private static final String JIUZHAIGOU = "5132250001";

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleImports imports;

    @Autowired
    ArticleCatalogue catalogue;

    @Autowired
    SiteDirectory sites;

    @Autowired
    List<BlobHolders> holders;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path work;

    @Test
    void anExportWithFilesIsImportedOnceAndAgainWithoutChange() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path export = Files.createDirectories(work.resolve("export"));
        Files.createDirectories(export.resolve("files"));
        Files.createDirectories(export.resolve("images"));
        Files.writeString(export.resolve("files/notice.pdf"), "%PDF-1.4\n% 通知 " + run + "\n%%EOF\n");
        ImageIO.write(
                new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB),
                "png",
                export.resolve("images/map.png").toFile());
        Files.writeString(work.resolve("outside.pdf"), "%PDF-1.4\n%%EOF\n");
        String index = "IMPORT-" + run + "/2019-00007";
        Path file = export.resolve("articles.jsonl");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        line(
                                run + ":disclosure",
                                JIUZHAIGOU,
                                "disclosure-catalogue",
                                "九寨沟县关于印发旅游安全管理办法的通知" + run,
                                "<p>各乡镇：</p><p><img src=\\\"images/map.png\\\" alt=\\\"示意图\\\"></p>",
                                "\"indexNumber\":\"" + index
                                        + "\",\"documentNumber\":\"九府发〔2019〕7号\",\"issuer\":\"九寨沟县人民政府\","
                                        + "\"writtenDate\":\"2019-05-10\",\"publishedAt\":\"2019-05-12 14:28:00\","
                                        + "\"attachments\":[{\"path\":\"files/notice.pdf\",\"name\":\"管理办法\"}]"),
                        line(
                                run + ":news",
                                WENCHUAN,
                                "news-headlines",
                                "汶川县召开防汛工作会议" + run,
                                "<p>会议研究了防汛工作。</p>",
                                "\"publishedAt\":\"2019-06-01T02:00:00Z\""),
                        line(
                                run + ":clash",
                                JIUZHAIGOU,
                                "disclosure-catalogue",
                                "同号文件" + run,
                                "<p>正文</p>",
                                "\"indexNumber\":\"" + index + "\""),
                        line(
                                run + ":escape",
                                WENCHUAN,
                                "news-headlines",
                                "越界附件" + run,
                                "<p>正文</p>",
                                "\"attachments\":[{\"path\":\"../outside.pdf\"}]"),
                        line(
                                run + ":missing",
                                WENCHUAN,
                                "news-headlines",
                                "缺附件" + run,
                                "<p>正文</p>",
                                "\"attachments\":[{\"path\":\"files/notice.pdf\"},{\"path\":\"files/gone.pdf\"}]"),
                        line(
                                run + ":remote",
                                WENCHUAN,
                                "news-headlines",
                                "网络附件" + run,
                                "<p>正文</p>",
                                "\"attachments\":[{\"url\":\"http://old.example.gov.cn/a.pdf\"}]"),
                        "not json"));

        ImportReport first = importing(file, export);

        assertThat(first.created).as(first.refusals.toString()).isEqualTo(2);
        assertThat(first.attachments).isEqualTo(1);
        assertThat(first.pictures).isEqualTo(1);
        assertThat(first.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(first.refusals).extracting(ImportReport.Refusal::line).containsExactly(3, 4, 5, 6, 7);
        assertThat(first.refusals.get(0).reason()).contains(index, "is already held by");
        assertThat(first.refusals.get(1).reason()).contains("../outside.pdf", "outside the export folder");
        assertThat(first.refusals.get(2).reason()).contains("files/gone.pdf", "was not imported");
        assertThat(first.refusals.get(3).reason()).contains("network address");
        assertThat(first.refusals.get(4).reason()).contains("not a JSON object");
        assertThat(imports.find(run + ":missing"))
                .as("refused whole, not without its file")
                .isEmpty();
        assertThat(imports.find(run + ":clash")).isEmpty();

        long disclosureId = imports.find(run + ":disclosure").orElseThrow().articleId();
        long siteId = sites.findByCode(JIUZHAIGOU).orElseThrow().id();
        var published = catalogue.published(siteId, disclosureId).orElseThrow();
        assertThat(published.disclosure().indexNumber()).as("kept, not issued").isEqualTo(index);
        assertThat(published.disclosure().documentNumber()).isEqualTo("九府发〔2019〕7号");
        assertThat(published.disclosure().issuingAuthority()).isEqualTo("九寨沟县人民政府");
        assertThat(published.disclosure().writtenDate()).isEqualTo(LocalDate.of(2019, 5, 10));
        assertThat(published.summary().publishedAt()).isEqualTo(Instant.parse("2019-05-12T06:28:00Z"));
        assertThat(published.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("管理办法.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
        });
        assertThat(published.bodyHtml()).doesNotContain("images/map.png").contains("/api/v1/blobs/");
        long attachment = published.attachments().getFirst().blobId();
        long picture = Long.parseLong(published.bodyHtml().replaceAll("(?s).*/api/v1/blobs/(\\d+).*", "$1"));
        assertThat(holders).as("the files follow their article").anyMatch(h -> h.carries(attachment));
        assertThat(holders).anyMatch(h -> h.carries(picture));
        assertThat(jdbc.sql("select count(*) from content_public_blob where article_id = ?")
                        .param(disclosureId)
                        .query(Long.class)
                        .single())
                .as("public with the article")
                .isEqualTo(2L);

        long blobsBefore = count("select count(*) from blob");
        long versionsBefore = count("select count(*) from content_article_version");
        ImportReport again = importing(file, export);
        assertThat(again.created).isZero();
        assertThat(again.updated).isZero();
        assertThat(again.unchanged).isEqualTo(2);
        assertThat(again.refused()).isEqualTo(5);
        assertThat(count("select count(*) from blob"))
                .as("no file stored again")
                .isEqualTo(blobsBefore);
        assertThat(count("select count(*) from content_article_version")).isEqualTo(versionsBefore);

        Files.writeString(file, Files.readString(file).replace("汶川县召开防汛工作会议", "汶川县召开防汛抗旱工作会议"));
        ImportReport changed = importing(file, export);
        assertThat(changed.updated).isEqualTo(1);
        assertThat(changed.unchanged).isEqualTo(1);
        long newsId = imports.find(run + ":news").orElseThrow().articleId();
        var news = catalogue
                .published(sites.findByCode(WENCHUAN).orElseThrow().id(), newsId)
                .orElseThrow();
        assertThat(news.summary().title()).isEqualTo("汶川县召开防汛抗旱工作会议" + run);
        assertThat(jdbc.sql("select count(*) from content_article_version where article_id = ?")
                        .param(newsId)
                        .query(Long.class)
                        .single())
                .as("the change is a new version")
                .isEqualTo(2L);
    }

    @Test
    void aFileWithOnlyBadLinesIsRefused() throws Exception {
        Path file = work.resolve("bad.jsonl");
        Files.writeString(file, "{\"siteCode\":\"" + WENCHUAN + "\"}\n[]\n", StandardCharsets.UTF_8);

        ImportReport report = importing(file, work);

        assertThat(report.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(report.refusals)
                .extracting(ImportReport.Refusal::reason)
                .containsExactly("\u201csourceKey\u201d is missing", "not a JSON object");
        assertThat(report.json(1)).contains("\"refused\":2", "\"line\":2");
    }

    private ImportReport importing(Path file, Path export) {
        return new ArticleImport(context, new CliMessages(Locale.ENGLISH))
                .run(file, export, "cli:import-test", n -> {});
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String line(String key, String site, String channel, String title, String body, String more) {
        return "{\"sourceKey\":\"" + key + "\",\"siteCode\":\"" + site + "\",\"channelCode\":\"" + channel
                + "\",\"title\":\"" + title + "\",\"body\":\"" + body + "\"," + more + "}";
    }
}
