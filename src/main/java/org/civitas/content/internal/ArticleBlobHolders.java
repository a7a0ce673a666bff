package org.civitas.content.internal;

import java.util.List;
import org.civitas.identity.OrganisationScope;
import org.civitas.storage.BlobHolder;
import org.civitas.storage.BlobHolders;
import org.civitas.workflow.ReviewService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers for the files of articles (cover, attachments, pictures in the body, of the working copy or the public
 * one): readable by the editors whose {@code content:write} scope holds the article's organisation, by whoever may act
 * on the article's open review task (the reviewer reads what they approve), and by every signed-in user while the
 * article is public (its files are on the public site anyway). Articles are public
 * content, so their files may be put on other public pages.
 */
@Component
@Transactional(readOnly = true)
class ArticleBlobHolders implements BlobHolders {

    /**
     * Articles carrying the blob, with their organisation: one indexed lookup per way of carrying it (cover,
     * attachment, picture in the working body, file of the public copy), never a search through the bodies.
     */
    private static final String CARRIERS = """
            select a.id, a.organisation_id from content_article a where a.id in (
              select c.id from content_article c where c.cover_blob_id = :blob
              union select t.article_id from content_article_attachment t where t.blob_id = :blob
              union select b.article_id from content_article_body_blob b where b.blob_id = :blob
              union select p.article_id from content_public_blob p where p.blob_id = :blob)
            """;

    private final JdbcClient jdbc;
    private final ArticleAccess access;
    private final ReviewService reviews;

    ArticleBlobHolders(JdbcClient jdbc, ArticleAccess access, ReviewService reviews) {
        this.jdbc = jdbc;
        this.access = access;
        this.reviews = reviews;
    }

    private record Carrier(long articleId, long organisationId) {}

    @Override
    public boolean carries(long blobId) {
        return !carriers(blobId).isEmpty();
    }

    @Override
    public List<BlobHolder> holders(long blobId) {
        List<Carrier> carriers = carriers(blobId);
        if (carriers.isEmpty()) {
            return List.of();
        }
        boolean isPublic = jdbc.sql("select count(*) from content_public_blob where blob_id = ?")
                        .param(blobId)
                        .query(Long.class)
                        .single()
                > 0;
        OrganisationScope scope = access.scope();
        return carriers.stream()
                .map(c -> new BlobHolder(
                        "Article " + c.articleId(),
                        isPublic || scope.contains(c.organisationId()) || reviewing(c.articleId()),
                        true))
                .toList();
    }

    private boolean reviewing(long articleId) {
        return reviews.openTask(ArticleLifecycle.SUBJECT_TYPE, String.valueOf(articleId))
                .isPresent();
    }

    private List<Carrier> carriers(long blobId) {
        return jdbc.sql(CARRIERS)
                .param("blob", blobId)
                .query((rs, n) -> new Carrier(rs.getLong(1), rs.getLong(2)))
                .list();
    }
}
