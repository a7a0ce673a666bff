package org.civitas.content.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.content.ArticleDraft;
import org.civitas.content.ArticleState;
import org.civitas.content.ArticleView;
import org.civitas.content.DisclosureMetadata;
import org.civitas.platform.DomainException;
import org.civitas.site.ContentLanguage;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An article's working copy and its place in the life cycle. State changes are guarded here: the
 * working copy is editable unless it is under review, and only an approved copy can be published.
 * {@code live} tells whether a published copy is on the public sites, which an edit does not change.
 */
@Entity
@Table(name = "content_article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "site_id", nullable = false, updatable = false)
    private long siteId;

    // updatable: a channel being removed hands its articles to another channel of the site
    @Column(name = "channel_id", nullable = false)
    private long channelId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ArticleState state;

    @Column(nullable = false)
    private boolean live;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 200)
    private String subtitle;

    /** Chinese, Tibetan or both; {@code null} follows the site. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ContentLanguage language;

    @Column(length = 500)
    private String summary;

    // a long varchar on both databases rather than a CLOB (which PostgreSQL would store as a large object)
    @Column(nullable = false, length = 2_200_000)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private String body;

    @Column(name = "cover_blob_id")
    private Long coverBlobId;

    /**
     * The blobs the body shows (the editor's {@code /api/v1/blobs/{id}} addresses), kept with the body so that
     * a file's access check finds its articles by an index rather than by searching every body.
     */
    @ElementCollection
    @CollectionTable(name = "content_article_body_blob", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "blob_id", nullable = false)
    private Set<Long> bodyBlobIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "content_article_attachment", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "item_index")
    private List<Attachment> attachments = new ArrayList<>();

    @Column(length = 100)
    private String source;

    @Column(length = 100)
    private String author;

    @Column(length = 300)
    private String tags;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "external_url", length = 1000)
    private String externalUrl;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "withdraw_at")
    private Instant withdrawAt;

    @Column(name = "first_published_at")
    private Instant firstPublishedAt;

    @Column(name = "index_number", length = 100)
    private String indexNumber;

    @Column(name = "document_number", length = 100)
    private String documentNumber;

    @Column(name = "issuing_authority", length = 200)
    private String issuingAuthority;

    @Column(name = "written_date")
    private LocalDate writtenDate;

    @Column(name = "subject_category", length = 100)
    private String subjectCategory;

    @Column(length = 16)
    private String validity;

    @Column(name = "return_reason", length = 1000)
    private String returnReason;

    @Column(nullable = false)
    private int revision;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Article() {}

    Article(long siteId, long channelId, long organisationId, ArticleContent content, String by, Instant now) {
        this.siteId = siteId;
        this.channelId = channelId;
        this.organisationId = organisationId;
        this.state = ArticleState.DRAFT;
        this.createdBy = by;
        this.createdAt = now;
        this.revision = 0;
        write(content, by, now);
    }

    /** Replaces the working copy; a published or approved article goes back to draft (it needs review again). */
    void edit(ArticleContent content, String by, Instant now) {
        if (state == ArticleState.IN_REVIEW) {
            throw new DomainException("content.article.inReview", title);
        }
        state = ArticleState.DRAFT;
        write(content, by, now);
    }

    private void write(ArticleContent content, String by, Instant now) {
        title = content.title();
        subtitle = content.subtitle();
        language = content.language();
        summary = content.summary();
        body = content.body();
        Set<Long> shown = bodyBlobIds(body);
        bodyBlobIds.retainAll(shown);
        bodyBlobIds.addAll(shown);
        coverBlobId = content.coverBlobId();
        attachments.clear();
        attachments.addAll(content.attachments());
        source = content.source();
        author = content.author();
        tags = content.tags().isEmpty() ? null : String.join(",", content.tags());
        pinned = content.pinned();
        sortOrder = content.sortOrder();
        externalUrl = content.externalUrl();
        publishAt = content.publishAt();
        withdrawAt = content.withdrawAt();
        ArticleDraft.Disclosure d = content.disclosure();
        documentNumber = d == null ? null : d.documentNumber();
        issuingAuthority = d == null ? null : d.issuingAuthority();
        writtenDate = d == null ? null : d.writtenDate();
        subjectCategory = d == null ? null : d.subjectCategory();
        validity = d == null ? null : d.validity();
        revision++;
        updatedBy = by;
        updatedAt = now;
    }

    void submit(String by, Instant now) {
        if (state != ArticleState.DRAFT && state != ArticleState.WITHDRAWN) {
            throw new DomainException("content.article.notSubmittable", title, named(state));
        }
        state = ArticleState.IN_REVIEW;
        returnReason = null;
        touch(by, now);
    }

    /** The review chain was passed. */
    void approve(String by, Instant now) {
        if (state != ArticleState.IN_REVIEW) {
            throw new DomainException("content.article.notInReview", title, named(state));
        }
        state = ArticleState.APPROVED;
        touch(by, now);
    }

    /** A reviewer sent it back with a reason; the author edits and submits again. */
    void returnToAuthor(String reason, String by, Instant now) {
        if (state != ArticleState.IN_REVIEW) {
            throw new DomainException("content.article.notInReview", title, named(state));
        }
        state = ArticleState.DRAFT;
        returnReason = reason;
        touch(by, now);
    }

    /** Whether an approved article's publish time has come. */
    boolean due(Instant now) {
        return publishAt == null || !publishAt.isAfter(now);
    }

    /** Makes the approved working copy the public one; returns whether it replaced an earlier public copy. */
    boolean publish(String by, Instant now) {
        if (state != ArticleState.APPROVED) {
            throw new DomainException("content.article.notApproved", title, named(state));
        }
        boolean update = live;
        if (firstPublishedAt == null) {
            firstPublishedAt = now;
        }
        state = ArticleState.PUBLISHED;
        live = true;
        touch(by, now);
        return update;
    }

    void withdraw(String by, Instant now) {
        if (!live && state != ArticleState.APPROVED) {
            throw new DomainException("content.article.notPublic", title);
        }
        state = ArticleState.WITHDRAWN;
        live = false;
        touch(by, now);
    }

    void requireDeletable() {
        // once public, an article is a record of what the government published: it is withdrawn, not deleted
        if (firstPublishedAt != null || state == ArticleState.IN_REVIEW || state == ArticleState.APPROVED) {
            throw new DomainException("content.article.notDeletable", title, named(state));
        }
    }

    /** The state by its label in the reader's language, never its code (IN_REVIEW). */
    private static DefaultMessageSourceResolvable named(ArticleState state) {
        return new DefaultMessageSourceResolvable("content.state." + state.name());
    }

    void assignIndexNumber(String number) {
        this.indexNumber = number;
    }

    /** Moves the article, in its state, to another channel of its site (its channel is being removed). */
    void moveTo(long channelId, String by, Instant now) {
        this.channelId = channelId;
        touch(by, now);
    }

    private void touch(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    Long id() {
        return id;
    }

    long siteId() {
        return siteId;
    }

    long channelId() {
        return channelId;
    }

    long organisationId() {
        return organisationId;
    }

    ArticleState state() {
        return state;
    }

    boolean live() {
        return live;
    }

    String title() {
        return title;
    }

    String subtitle() {
        return subtitle;
    }

    String summary() {
        return summary;
    }

    /** The pattern the blob lookups matched in bodies before the link table (see migration V27_2). */
    private static final Pattern BODY_BLOB = Pattern.compile("/api/v1/blobs/(\\d{1,18})\"");

    static Set<Long> bodyBlobIds(String body) {
        Set<Long> ids = new HashSet<>();
        if (body != null) {
            Matcher m = BODY_BLOB.matcher(body);
            while (m.find()) {
                ids.add(Long.parseLong(m.group(1)));
            }
        }
        return ids;
    }

    String body() {
        return body;
    }

    Long coverBlobId() {
        return coverBlobId;
    }

    List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    String source() {
        return source;
    }

    String author() {
        return author;
    }

    List<String> tags() {
        return tags == null ? List.of() : Arrays.asList(tags.split(","));
    }

    boolean pinned() {
        return pinned;
    }

    int sortOrder() {
        return sortOrder;
    }

    String externalUrl() {
        return externalUrl;
    }

    Instant publishAt() {
        return publishAt;
    }

    Instant withdrawAt() {
        return withdrawAt;
    }

    String indexNumber() {
        return indexNumber;
    }

    int revision() {
        return revision;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** Disclosure metadata when the article has any (it is in a disclosure channel), else {@code null}. */
    DisclosureMetadata disclosure() {
        if (indexNumber == null
                && documentNumber == null
                && issuingAuthority == null
                && writtenDate == null
                && subjectCategory == null
                && validity == null) {
            return null;
        }
        return new DisclosureMetadata(
                indexNumber, documentNumber, issuingAuthority, writtenDate, subjectCategory, validity);
    }

    ArticleView view() {
        return new ArticleView(
                id,
                siteId,
                channelId,
                state,
                live,
                title,
                subtitle,
                summary,
                body,
                coverBlobId,
                attachments.stream().map(Attachment::view).toList(),
                source,
                author,
                tags(),
                pinned,
                sortOrder,
                externalUrl,
                publishAt,
                withdrawAt,
                disclosure(),
                state == ArticleState.DRAFT ? returnReason : null,
                revision,
                createdBy,
                createdAt,
                updatedBy,
                updatedAt,
                version,
                language);
    }

    ContentLanguage language() {
        return language;
    }
}
