package org.civitas.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civitas.content.ArticleDraftBuilder.draft;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.civitas.audit.AuditQuery;
import org.civitas.audit.AuditTrail;
import org.civitas.content.trusted.ArticleOperations;
import org.civitas.platform.DomainException;
import org.civitas.storage.BlobStore;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

@DatabaseTest
class ArticleCatalogueIntegrationTest extends ContentIntegrationTest {

    @Autowired
    ArticleOperations operations;

    @Autowired
    AuditTrail audit;

    @Autowired
    BlobStore blobs;

    @Autowired
    IndexNumberRules rules;

    @Test
    void operatorsPublishBySiteAndChannelCodeUnderTheirOwnName() {
        ArticleView a =
                operations.publish("cli:tester", WENCHUAN, "news-headlines", ArticleDraft.of("运维发布的文章", "<p>正文</p>"));

        assertThat(a.state()).isEqualTo(ArticleState.PUBLISHED);
        assertThat(catalogue.published(a.siteId(), a.id())).isPresent();
        people.signIn("auditor");
        var entries = audit.search(
                new AuditQuery(null, null, "cli:tester", null, "Article", String.valueOf(a.id()), null, null),
                PageRequest.of(0, 20));
        assertThat(entries.getContent())
                .extracting(e -> e.action())
                .contains("content:create", "content:submit", "content:publish");
        assertThatThrownBy(
                        () -> operations.publish("cli:tester", WENCHUAN, "services", ArticleDraft.of("x", "<p>x</p>")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(
                        () -> operations.publish("cli:tester", "0000000000", "news", ArticleDraft.of("x", "<p>x</p>")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.site.unknownCode");
    }

    @Test
    void disclosureArticlesGetAnIndexNumberAndAreFilteredByTheirMetadata() {
        var draft = new ArticleDraft(
                "九寨沟县关于印发旅游安全管理办法的通知",
                null,
                null,
                "<p>各乡镇人民政府……</p>",
                null,
                List.of(),
                null,
                null,
                List.of(),
                false,
                0,
                null,
                null,
                null,
                new ArticleDraft.Disclosure("九府发〔2026〕7号", "九寨沟县人民政府", LocalDate.of(2026, 3, 2), "旅游", "有效"),
                null);
        ArticleView a = operations.publish("demo", JIUZHAIGOU, "disclosure-catalogue", draft);
        long site = a.siteId();

        var published = catalogue.published(site, a.id()).orElseThrow();
        assertThat(published.disclosure().indexNumber())
                .as("the demo gives 公开目录 the category GKML")
                .matches(JIUZHAIGOU + "/GKML/\\d{4}-\\d{5}");
        assertThat(published.disclosure().documentNumber()).isEqualTo("九府发〔2026〕7号");
        assertThat(catalogue.disclosure(site, new DisclosureFilter("旅游", null, 2026), PageRequest.of(0, 20)))
                .extracting(ArticleSummary::id)
                .contains(a.id());
        assertThat(catalogue.disclosure(site, new DisclosureFilter("旅游", null, 2019), PageRequest.of(0, 20)))
                .extracting(ArticleSummary::id)
                .doesNotContain(a.id());
        assertThat(catalogue.disclosure(site, DisclosureFilter.none(), PageRequest.of(0, 20)))
                .extracting(ArticleSummary::id)
                .contains(a.id());
        var facets = catalogue.disclosureFacets(site);
        assertThat(facets.subjectCategories()).contains("旅游");
        assertThat(facets.issuingAuthorities()).contains("九寨沟县人民政府");
        assertThat(facets.years()).contains(2026);
    }

    @Test
    void theDefaultIndexNumberHasTheCategoryWhenTheChannelHasOneAndIssuedNumbersNeverChange() {
        try {
            operations.indexCategory("demo", JIUZHAIGOU, "disclosure-catalogue", null);
            ArticleView plain = operations.publish(
                    "demo", JIUZHAIGOU, "disclosure-catalogue", ArticleDraft.of("无分类的公开文件", "<p>x</p>"));
            String issued = catalogue
                    .published(plain.siteId(), plain.id())
                    .orElseThrow()
                    .disclosure()
                    .indexNumber();
            assertThat(issued).as("no category: no empty segment").matches(JIUZHAIGOU + "/\\d{4}-\\d{5}");

            operations.indexCategory("demo", JIUZHAIGOU, "disclosure-catalogue", "GKML");
            ArticleView categorised = operations.publish(
                    "demo", JIUZHAIGOU, "disclosure-catalogue", ArticleDraft.of("有分类的公开文件", "<p>x</p>"));
            assertThat(catalogue
                            .published(plain.siteId(), categorised.id())
                            .orElseThrow()
                            .disclosure()
                            .indexNumber())
                    .matches(JIUZHAIGOU + "/GKML/\\d{4}-\\d{5}");

            noChain(JIUZHAIGOU, "disclosure-catalogue");
            people.signIn(jiuzhaigouEditor);
            articles.withdraw(plain.id());
            articles.submit(plain.id());
            assertThat(catalogue
                            .published(plain.siteId(), plain.id())
                            .orElseThrow()
                            .disclosure()
                            .indexNumber())
                    .as("published again after the channel got a category, it keeps its number")
                    .isEqualTo(issued);
        } finally {
            operations.indexCategory("demo", JIUZHAIGOU, "disclosure-catalogue", "GKML");
        }
    }

    @Test
    void aSitesRuleAndTheChannelsCategoryMakeTheIndexNumber() {
        long site = site(WENCHUAN).id();
        long channel = channel(WENCHUAN, "disclosure-catalogue").id();
        people.signIn(jiuzhaigouEditor);
        assertThatThrownBy(() -> rules.setRule(site, "11513221MB0000001X", null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        people.signIn("admin");
        assertThatThrownBy(() -> rules.setRule(site, "bad code", null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.indexRule.authority");
        assertThatThrownBy(() -> rules.setRule(site, "11513221MB0000001X", "{authority}/{year}"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.indexRule.pattern");
        assertThatThrownBy(() -> rules.setRule(site, "11513221MB0000001X", "{authority}/{T(java.lang.Runtime)}{seq}"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.indexRule.pattern");
        var rule = rules.setRule(site, "11513221MB0000001X", "{authority}-{category}/{year}-{seq:5}");
        assertThat(rule.configured()).isTrue();
        rules.setCategory(site, channel, "XXGK");
        ContentTestUsers.signOut();

        ArticleView a =
                operations.publish("demo", WENCHUAN, "disclosure-catalogue", ArticleDraft.of("公开目录文件", "<p>x</p>"));

        assertThat(catalogue.published(site, a.id()).orElseThrow().disclosure().indexNumber())
                .matches("11513221MB0000001X-XXGK/\\d{4}-\\d{5}");
    }

    @Test
    void changesSinceListsOldestChangeFirstWithWithdrawalsUntilRepublished() {
        Instant since = Instant.now().minus(1, ChronoUnit.SECONDS);
        ArticleView first = operations.publish("demo", WENCHUAN, "news-notices", ArticleDraft.of("第一篇", "<p>x</p>"));
        ArticleView second = operations.publish("demo", WENCHUAN, "news-notices", ArticleDraft.of("第二篇", "<p>x</p>"));

        List<ArticleChange> changes = catalogue
                .changesSince(first.siteId(), since, PageRequest.of(0, 100))
                .getContent();
        assertThat(changes).extracting(ArticleChange::id).containsSubsequence(first.id(), second.id());
        assertThat(changes).noneMatch(ArticleChange::withdrawn);
        Instant synced = changes.getLast().at();

        noChain(WENCHUAN, "news-notices");
        people.signIn(wenchuanEditor);
        articles.withdraw(first.id());
        List<ArticleChange> after = catalogue
                .changesSince(first.siteId(), synced, PageRequest.of(0, 100))
                .getContent();
        assertThat(after).filteredOn(c -> c.id() == first.id()).singleElement().satisfies(c -> {
            assertThat(c.withdrawn()).isTrue();
            assertThat(c.article()).isNull();
            assertThat(c.at()).isAfterOrEqualTo(synced);
        });
        assertThat(after).extracting(ArticleChange::at).isSorted();
        assertThat(catalogue.changesSince(first.siteId(), since, PageRequest.of(0, 100)))
                .as("the article comes once, in its latest state")
                .filteredOn(c -> c.id() == first.id())
                .hasSize(1);

        articles.submit(first.id());
        assertThat(catalogue.changesSince(first.siteId(), synced, PageRequest.of(0, 100)))
                .filteredOn(c -> c.id() == first.id())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.withdrawn()).isFalse();
                    assertThat(c.article().title()).isEqualTo("第一篇");
                });
    }

    @Test
    void changesSincePagesWithdrawalsAndArticlesInOneStableOrder() {
        Instant since = Instant.now().minus(1, ChronoUnit.SECONDS);
        noChain(WENCHUAN, "news-notices");
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(operations
                    .publish("demo", WENCHUAN, "news-notices", ArticleDraft.of("分页" + i, "<p>x</p>"))
                    .id());
        }
        people.signIn(wenchuanEditor);
        articles.withdraw(ids.get(1));
        articles.withdraw(ids.get(3));

        List<ArticleChange> all = catalogue
                .changesSince(site(WENCHUAN).id(), since, PageRequest.of(0, 100))
                .getContent();
        List<ArticleChange> paged = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            var p = catalogue.changesSince(site(WENCHUAN).id(), since, PageRequest.of(page, 2));
            assertThat(p.getTotalElements()).isEqualTo(all.size());
            paged.addAll(p.getContent());
            if (!p.hasNext()) {
                break;
            }
        }
        assertThat(paged).isEqualTo(all);
        assertThat(all).extracting(ArticleChange::id).doesNotHaveDuplicates();
        assertThat(all).extracting(ArticleChange::at).isSorted();
        assertThat(all)
                .filteredOn(ArticleChange::withdrawn)
                .extracting(ArticleChange::id)
                .containsExactlyInAnyOrder(ids.get(1), ids.get(3));
    }

    @Test
    void coverAttachmentsAndBodyImagesArePublicOnlyWhilePublished() {
        noChain(WENCHUAN, "news-headlines");
        people.signIn(wenchuanEditor);
        long cover = upload("cover.png", "image/png");
        long file = upload("通知.pdf", "application/pdf");
        long inline = upload("photo.jpg", "image/jpeg");
        long unrelated = upload("other.pdf", "application/pdf");
        var draft = draft("带附件的文章", "<p>正文<img src=\"/api/v1/blobs/" + inline + "\" alt=\"现场\"></p>")
                .cover(cover)
                .attachments(List.of(file))
                .build();
        ArticleView a = write(WENCHUAN, "news-headlines", draft);
        long site = a.siteId();
        assertThat(catalogue.isPublicBlob(site, cover)).isFalse();

        articles.submit(a.id());
        assertThat(catalogue.isPublicBlob(site, cover)).isTrue();
        assertThat(catalogue.isPublicBlob(site, file)).isTrue();
        assertThat(catalogue.isPublicBlob(site, inline)).isTrue();
        assertThat(catalogue.isPublicBlob(site, unrelated)).isFalse();
        assertThat(catalogue.isPublicBlob(site(JIUZHAIGOU).id(), cover)).isFalse();
        assertThat(catalogue.published(site, a.id()).orElseThrow().attachments())
                .singleElement()
                .satisfies(at -> assertThat(at.fileName()).isEqualTo("通知.pdf"));

        articles.withdraw(a.id());
        assertThat(catalogue.isPublicBlob(site, cover)).isFalse();
        assertThatThrownBy(() -> write(WENCHUAN, "news-headlines", withCover(file)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("content.cover.notImage");
    }

    /** A real file of the type the name says: uploads are checked by their content. */
    private long upload(String name, String type) {
        byte[] content = name.endsWith(".png")
                ? org.civitas.storage.ForgedFiles.png(16, 9)
                : name.endsWith(".jpg")
                        ? org.civitas.storage.ForgedFiles.jpeg(16, 9)
                        : name.endsWith(".pdf")
                                ? org.civitas.storage.ForgedFiles.pdf()
                                : ("content of " + name).getBytes(StandardCharsets.UTF_8);
        return blobs.store(new ByteArrayInputStream(content), name, type).id();
    }

    private static ArticleDraft withCover(long blobId) {
        return draft("封面", "<p>x</p>").cover(blobId).build();
    }
}
