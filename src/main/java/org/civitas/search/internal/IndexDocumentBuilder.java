package org.civitas.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.content.ArticleCatalogue;
import org.civitas.content.ArticleSummary;
import org.civitas.content.AttachmentView;
import org.civitas.content.DisclosureMetadata;
import org.civitas.content.PublishedArticle;
import org.civitas.identity.SecurityLabel;
import org.civitas.identity.SecurityLabels;
import org.civitas.journal.EditionView;
import org.civitas.journal.trusted.EditionTexts;
import org.civitas.platform.RichText;
import org.civitas.reporting.DeskText;
import org.civitas.reporting.trusted.DeskTexts;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds index documents from what the other modules say now: the committed state, whatever event led
 * here, so that handling an event twice (redelivery after a crash) gives the same index.
 *
 * <p>Each read runs in a transaction of its own. The index handlers run after the writer's commit while
 * the writer's finished transaction is still bound to the thread; joining it would make the writer's
 * session take a connection again and keep it until the request ends, while the event publication
 * registry takes a second one to record the handler — with as many writers as pooled connections, all
 * of them waited for each other.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
class IndexDocumentBuilder {

    static final String ARTICLE = "article";
    static final String DISCLOSURE = "disclosure";
    static final String SUBMISSION = "submission";
    static final String ADOPTION = "adoption";
    static final String EDITION = "edition";
    static final String PUBLIC = "public";
    static final String DESK = "desk";

    private final ArticleCatalogue catalogue;
    private final SiteDirectory sites;
    private final DeskTexts desk;
    private final EditionTexts editions;
    private final SecurityLabels labels;
    private final AttachmentText attachments;

    IndexDocumentBuilder(
            ArticleCatalogue catalogue,
            SiteDirectory sites,
            DeskTexts desk,
            EditionTexts editions,
            SecurityLabels labels,
            AttachmentText attachments) {
        this.catalogue = catalogue;
        this.sites = sites;
        this.desk = desk;
        this.editions = editions;
        this.labels = labels;
        this.attachments = attachments;
    }

    static String articleId(long siteId, long articleId) {
        return "article-" + articleId + "-" + siteId;
    }

    static String submissionId(long id) {
        return "submission-" + id;
    }

    static String adoptionId(long id) {
        return "adoption-" + id;
    }

    static String editionId(long id) {
        return "edition-" + id;
    }

    /** The article as {@code siteId} shows it, if it is published there. */
    Optional<SearchDocument> article(long siteId, long articleId) {
        return catalogue.published(siteId, articleId).map(this::article);
    }

    /** The articles as {@code siteId} shows them, those of {@code articleIds} published there, read in a batch. */
    List<SearchDocument> articles(long siteId, java.util.Collection<Long> articleIds) {
        return catalogue.published(siteId, articleIds).stream()
                .map(this::article)
                .toList();
    }

    /** The given (site, article) pairs that are published, read in one batch per site. */
    List<SearchDocument> articles(List<ArticleSummary> summaries) {
        java.util.Map<Long, List<Long>> bySite = new java.util.LinkedHashMap<>();
        for (ArticleSummary s : summaries) {
            bySite.computeIfAbsent(s.siteId(), k -> new ArrayList<>()).add(s.id());
        }
        List<SearchDocument> all = new ArrayList<>(summaries.size());
        bySite.forEach((site, ids) -> all.addAll(articles(site, ids)));
        return all;
    }

    private SearchDocument article(PublishedArticle a) {
        ArticleSummary s = a.summary();
        SearchDocument d = new SearchDocument();
        d.id = articleId(s.siteId(), s.id());
        d.kind = a.disclosure() != null ? DISCLOSURE : ARTICLE;
        d.audience = PUBLIC;
        d.title = s.subtitle() == null || s.subtitle().isBlank() ? s.title() : s.title() + " " + s.subtitle();
        d.body = join(s.summary(), RichText.toPlainText(a.bodyHtml()), disclosure(a.disclosure()), a.source(), tags(a));
        d.files = files(a.attachments());
        d.sourceId = s.id();
        d.siteId = s.siteId();
        d.channelId = s.channelId();
        d.date = s.publishedAt();
        d.changedAt = s.updatedAt();
        return d;
    }

    private static String tags(PublishedArticle a) {
        return a.tags() == null ? null : String.join(" ", a.tags());
    }

    private static String disclosure(DisclosureMetadata m) {
        return m == null ? null : join(m.indexNumber(), m.documentNumber(), m.issuingAuthority(), m.subjectCategory());
    }

    private String files(List<AttachmentView> files) {
        if (files == null || files.isEmpty()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (AttachmentView f : files) {
            texts.add(f.fileName());
            texts.add(attachments.text(f));
        }
        return join(texts.toArray(String[]::new));
    }

    /** Every (site, article) pair published anywhere, for a rebuild and the drift check. */
    List<ArticleSummary> publishedArticles() {
        List<ArticleSummary> all = new ArrayList<>();
        for (SiteView site : sites.all()) {
            all.addAll(catalogue.all(site.id()));
        }
        return all;
    }

    Optional<SearchDocument> submission(long id) {
        return desk.submission(id).map(t -> desk(t, SUBMISSION, submissionId(id)));
    }

    Optional<SearchDocument> adoption(long id) {
        return desk.adoption(id).map(t -> desk(t, ADOPTION, adoptionId(id)));
    }

    private SearchDocument desk(DeskText t, String kind, String id) {
        SearchDocument d = new SearchDocument();
        d.id = id;
        d.kind = kind;
        d.audience = DESK;
        d.title = t.title();
        d.body = t.body();
        d.sourceId = t.id();
        d.date = t.date();
        d.changedAt = t.date();
        d.label = t.label();
        d.labelRank = labels.find(t.label()).map(SecurityLabel::rank).orElse(Integer.MAX_VALUE);
        d.organisationIds = Set.copyOf(t.organisationIds());
        d.state = t.state().name();
        return d;
    }

    Optional<SearchDocument> edition(long id) {
        return editions.edition(id).map(this::edition);
    }

    private SearchDocument edition(EditionView e) {
        SearchDocument d = new SearchDocument();
        d.id = editionId(e.id());
        d.kind = EDITION;
        d.audience = EDITION;
        d.title = e.journalName() + (e.numberText() == null ? "" : " " + e.numberText());
        List<String> parts = new ArrayList<>();
        parts.add(e.editorNote());
        for (EditionView.Section section : e.sections()) {
            parts.add(section.title());
            for (EditionView.Item item : section.items()) {
                parts.add(item.title());
                parts.add(RichText.toPlainText(item.bodyHtml()));
            }
        }
        d.body = join(parts.toArray(String[]::new));
        d.sourceId = e.id();
        d.date = e.releasedAt() != null ? e.releasedAt() : e.createdAt();
        d.changedAt = d.date;
        d.label = e.securityLabel();
        d.labelRank = labels.find(e.securityLabel()).map(SecurityLabel::rank).orElse(Integer.MAX_VALUE);
        d.journalId = e.journalId();
        d.state = e.state().name();
        return d;
    }

    List<Long> submissionIds() {
        return desk.submissionIds();
    }

    List<Long> adoptionIds() {
        return desk.adoptionIds();
    }

    List<Long> editionIds() {
        return editions.editionIds();
    }

    static String join(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining("\n"));
    }
}
