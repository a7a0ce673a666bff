package org.civitas.content.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes and removes the public copy of an article and its listings. Only this class writes the
 * publication tables that {@link JdbcArticleCatalogue} reads.
 */
@Component
class PublicationWriter {

    /** Images the rich-text editor uploaded are referenced by their blob address. */
    private static final Pattern BLOB_REFERENCE = Pattern.compile("/api/v1/blobs/(\\d+)");

    /** Sites and channels that list an article. */
    record Placement(Set<Long> siteIds, Set<Long> channelIds) {

        Placement with(Placement other) {
            Set<Long> sites = new LinkedHashSet<>(siteIds);
            sites.addAll(other.siteIds);
            Set<Long> channels = new LinkedHashSet<>(channelIds);
            channels.addAll(other.channelIds);
            return new Placement(sites, channels);
        }
    }

    private final JdbcClient jdbc;

    PublicationWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Title and body of the public copy, as readers see them now. */
    record PublicText(String title, String body) {}

    /** The public copy's title and body, when the article is on the public sites. */
    Optional<PublicText> publicText(long articleId) {
        return jdbc.sql("select title, body from content_publication where article_id = ?")
                .param(articleId)
                .query((rs, n) -> new PublicText(rs.getString(1), rs.getString(2)))
                .optional();
    }

    /**
     * Makes the article's working copy its public copy, listed in its own channel and on every site
     * that carries it. Returns where it is listed now.
     */
    Placement publish(Article a, boolean disclosureChannel, Instant now) {
        Instant publishedAt =
                a.publishAt() != null ? a.publishAt() : firstPublished(a.id()).orElse(now);
        var d = a.disclosure();
        Object[] values = {
            a.siteId(),
            a.channelId(),
            a.title(),
            a.subtitle(),
            a.summary(),
            a.body(),
            a.coverBlobId(),
            a.source(),
            a.author(),
            a.tags().isEmpty() ? null : String.join(",", a.tags()),
            a.externalUrl(),
            d == null ? null : d.indexNumber(),
            d == null ? null : d.documentNumber(),
            d == null ? null : d.issuingAuthority(),
            d == null ? null : d.writtenDate(),
            d == null || d.writtenDate() == null ? null : d.writtenDate().getYear(),
            d == null ? null : d.subjectCategory(),
            d == null ? null : d.validity(),
            Timestamp.from(publishedAt),
            Timestamp.from(now),
            a.id()
        };
        int updated = jdbc.sql("""
                        update content_publication set site_id = ?, channel_id = ?, title = ?, subtitle = ?,
                          summary = ?, body = ?, cover_blob_id = ?, source = ?, author = ?, tags = ?, external_url = ?,
                          index_number = ?, document_number = ?, issuing_authority = ?, written_date = ?,
                          written_year = ?, subject_category = ?, validity = ?, published_at = ?, updated_at = ?
                        where article_id = ?
                        """).params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into content_publication (site_id, channel_id, title, subtitle, summary, body,
                              cover_blob_id, source, author, tags, external_url, index_number, document_number,
                              issuing_authority, written_date, written_year, subject_category, validity,
                              published_at, updated_at, article_id)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """).params(values).update();
        }
        // the language the public page marks the article with (阿坝州: Chinese, Tibetan or both)
        jdbc.sql("update content_publication set language = ? where article_id = ?")
                .params(a.language() == null ? null : a.language().name(), a.id())
                .update();
        jdbc.sql("delete from content_publication_attachment where article_id = ?")
                .param(a.id())
                .update();
        jdbc.sql("delete from content_public_blob where article_id = ?")
                .param(a.id())
                .update();
        List<Attachment> attachments = a.attachments();
        Set<Long> blobs = new LinkedHashSet<>();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment at = attachments.get(i);
            jdbc.sql("""
                            insert into content_publication_attachment
                              (article_id, item_index, blob_id, file_name, content_type, size_bytes)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(a.id(), i, at.blobId(), at.fileName(), at.contentType(), at.size())
                    .update();
            blobs.add(at.blobId());
        }
        if (a.coverBlobId() != null) {
            blobs.add(a.coverBlobId());
        }
        Matcher m = BLOB_REFERENCE.matcher(a.body());
        while (m.find()) {
            blobs.add(Long.parseLong(m.group(1)));
        }
        for (Long blob : blobs) {
            jdbc.sql("insert into content_public_blob (article_id, blob_id) values (?, ?)")
                    .params(a.id(), blob)
                    .update();
        }
        Placement before = placement(a.id());
        jdbc.sql("delete from content_listing where article_id = ? and source = ?")
                .params(a.id(), true)
                .update();
        jdbc.sql("""
                        insert into content_listing (site_id, article_id, channel_id, source, disclosure, pinned,
                          sort_order, published_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        a.siteId(),
                        a.id(),
                        a.channelId(),
                        true,
                        disclosureChannel,
                        a.pinned(),
                        a.sortOrder(),
                        Timestamp.from(publishedAt),
                        Timestamp.from(now))
                .update();
        jdbc.sql("update content_listing set published_at = ?, updated_at = ? where article_id = ? and source = ?")
                .params(Timestamp.from(publishedAt), Timestamp.from(now), a.id(), false)
                .update();
        // shares accepted while the article was approved but not yet public appear with it
        jdbc.sql("""
                        insert into content_listing (site_id, article_id, channel_id, source, disclosure, pinned,
                          sort_order, published_at, updated_at)
                        select s.target_site_id, s.article_id, s.target_channel_id, ?, s.disclosure, ?, 0, ?, ?
                        from content_share s
                        where s.article_id = ? and s.state = ?
                          and not exists (select 1 from content_listing l
                            where l.site_id = s.target_site_id and l.article_id = s.article_id)
                        """)
                .params(false, false, Timestamp.from(publishedAt), Timestamp.from(now), a.id(), "ACCEPTED")
                .update();
        // listed again where it had been withdrawn: the aggregation feed shows it as an article now
        jdbc.sql("""
                        delete from content_withdrawal where article_id = ?
                          and site_id in (select site_id from content_listing where article_id = ?)
                        """).params(a.id(), a.id()).update();
        return before.with(placement(a.id()));
    }

    /**
     * Lists the article's public copy in the target channel of an accepted share; returns where the
     * listing went, or nothing when the article has no public copy yet (it is listed when published).
     */
    Optional<Placement> list(Share share, Instant now) {
        Optional<Instant> publishedAt = firstPublished(share.articleId());
        publishedAt.ifPresent(at -> jdbc.sql("""
                        insert into content_listing (site_id, article_id, channel_id, source, disclosure, pinned,
                          sort_order, published_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, 0, ?, ?)
                        """)
                .params(
                        share.targetSiteId(),
                        share.articleId(),
                        share.targetChannelId(),
                        false,
                        share.disclosure(),
                        false,
                        Timestamp.from(at),
                        Timestamp.from(now))
                .update());
        publishedAt.ifPresent(at -> jdbc.sql("delete from content_withdrawal where site_id = ? and article_id = ?")
                .params(share.targetSiteId(), share.articleId())
                .update());
        return publishedAt.map(at -> new Placement(Set.of(share.targetSiteId()), Set.of(share.targetChannelId())));
    }

    /**
     * Takes the article off one site that carried a shared copy, recording the withdrawal there for
     * aggregation; returns whether it was listed there.
     */
    boolean unlist(Share share, Instant now) {
        boolean listed = jdbc.sql("delete from content_listing where site_id = ? and article_id = ? and source = ?")
                        .params(share.targetSiteId(), share.articleId(), false)
                        .update()
                > 0;
        if (listed) {
            jdbc.sql("delete from content_withdrawal where site_id = ? and article_id = ?")
                    .params(share.targetSiteId(), share.articleId())
                    .update();
            jdbc.sql("insert into content_withdrawal (site_id, article_id, withdrawn_at) values (?, ?, ?)")
                    .params(share.targetSiteId(), share.articleId(), Timestamp.from(now))
                    .update();
        }
        return listed;
    }

    /**
     * Removes the public copy and every listing, recording the withdrawal on each site that listed it;
     * returns where it was listed.
     */
    Placement remove(long articleId, Instant now) {
        Placement before = placement(articleId);
        jdbc.sql("""
                        delete from content_withdrawal where article_id = ?
                          and site_id in (select site_id from content_listing where article_id = ?)
                        """).params(articleId, articleId).update();
        jdbc.sql("""
                        insert into content_withdrawal (site_id, article_id, withdrawn_at)
                        select site_id, article_id, ? from content_listing where article_id = ?
                        """).params(Timestamp.from(now), articleId).update();
        jdbc.sql("delete from content_publication where article_id = ?")
                .param(articleId)
                .update();
        return before;
    }

    /**
     * Lists the article's public copy in another channel of its own site (its channel is being removed);
     * copies carried by other sites keep their channels. Returns where it was and is listed.
     */
    Placement move(long articleId, long toChannelId) {
        Placement before = placement(articleId);
        // the public copy's own times stay: a reorganisation of the site is not a new version of the article
        jdbc.sql("update content_publication set channel_id = ? where article_id = ?")
                .params(toChannelId, articleId)
                .update();
        jdbc.sql("update content_listing set channel_id = ? where article_id = ? and source = ?")
                .params(toChannelId, articleId, true)
                .update();
        return before.with(placement(articleId));
    }

    /** Where the article is listed now. */
    Placement placement(long articleId) {
        Set<Long> sites = new HashSet<>();
        Set<Long> channels = new HashSet<>();
        jdbc.sql("select site_id, channel_id from content_listing where article_id = ?")
                .param(articleId)
                .query(rs -> {
                    sites.add(rs.getLong(1));
                    channels.add(rs.getLong(2));
                });
        return new Placement(sites, channels);
    }

    private Optional<Instant> firstPublished(long articleId) {
        return jdbc.sql("select published_at from content_publication where article_id = ?")
                .param(articleId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }
}
