package org.civitas.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civitas.content.ArticleCatalogue;
import org.civitas.content.ArticleChange;
import org.civitas.content.ArticleSummary;
import org.civitas.content.AttachmentView;
import org.civitas.content.DisclosureFacets;
import org.civitas.content.DisclosureFilter;
import org.civitas.content.DisclosureMetadata;
import org.civitas.content.PublishedArticle;
import org.civitas.site.ChannelView;
import org.civitas.site.ContentLanguage;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public read side, in plain SQL over the publication tables: each list is one indexed query on
 * {@code content_listing} (site, channel, pinning, order, time) joined to the public copy by key.
 */
@Service
@Transactional(readOnly = true)
class JdbcArticleCatalogue implements ArticleCatalogue {

    private static final String SUMMARY = """
            select l.article_id, l.site_id, l.channel_id, p.site_id as source_site_id, p.title, p.subtitle,
              p.summary, p.cover_blob_id, p.external_url, p.index_number, l.pinned, l.published_at, l.updated_at
            from content_listing l join content_publication p on p.article_id = l.article_id
            """;

    private static final String LISTED =
            " order by l.pinned desc, l.sort_order, l.published_at desc, l.article_id desc";
    private static final String NEWEST = " order by l.published_at desc, l.article_id desc";

    private static final RowMapper<ArticleSummary> SUMMARY_ROW = JdbcArticleCatalogue::summary;

    private final JdbcClient jdbc;
    private final SiteDirectory sites;

    JdbcArticleCatalogue(JdbcClient jdbc, SiteDirectory sites) {
        this.jdbc = jdbc;
        this.sites = sites;
    }

    private static final String PUBLISHED = SUMMARY.replace(
            "p.title,",
            "p.title, p.body, p.source, p.author,"
                    + " p.tags, p.document_number, p.issuing_authority, p.written_date, p.subject_category,"
                    + " p.validity, p.language,");

    /** At most this many ids in one {@code in (…)} list. */
    private static final int IN_LIST = 500;

    /** A published row before its attachments are known. */
    private record Row(ArticleSummary summary, Map<String, Object> fields) {}

    @Override
    public Optional<PublishedArticle> published(long siteId, long articleId) {
        return published(siteId, List.of(articleId)).stream().findFirst();
    }

    @Override
    public List<PublishedArticle> published(long siteId, java.util.Collection<Long> articleIds) {
        List<Long> ids = List.copyOf(new java.util.LinkedHashSet<>(articleIds));
        List<PublishedArticle> all = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            all.addAll(publishedChunk(siteId, ids.subList(from, Math.min(ids.size(), from + IN_LIST))));
        }
        return all;
    }

    private List<PublishedArticle> publishedChunk(long siteId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Row> rows = jdbc.sql(PUBLISHED + " where l.site_id = :site and l.article_id in (:ids)")
                .param("site", siteId)
                .param("ids", ids)
                .query((rs, n) -> {
                    Map<String, Object> fields = new HashMap<>();
                    fields.put("body", rs.getString("body"));
                    fields.put("source", rs.getString("source"));
                    fields.put("author", rs.getString("author"));
                    fields.put("tags", rs.getString("tags"));
                    fields.put("documentNumber", rs.getString("document_number"));
                    fields.put("issuingAuthority", rs.getString("issuing_authority"));
                    fields.put("writtenDate", rs.getObject("written_date", LocalDate.class));
                    fields.put("subjectCategory", rs.getString("subject_category"));
                    fields.put("validity", rs.getString("validity"));
                    fields.put("language", rs.getString("language"));
                    return new Row(summary(rs, n), fields);
                })
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<AttachmentView>> attachments = new HashMap<>();
        jdbc.sql("""
                        select article_id, blob_id, file_name, content_type, size_bytes
                        from content_publication_attachment
                        where article_id in (:ids) order by article_id, item_index
                        """)
                .param("ids", rows.stream().map(r -> r.summary().id()).toList())
                .query(rs -> {
                    attachments
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new AttachmentView(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
                });
        List<PublishedArticle> articles = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ArticleSummary s = row.summary();
            Map<String, Object> fields = row.fields();
            String tags = (String) fields.get("tags");
            articles.add(new PublishedArticle(
                    s,
                    (String) fields.get("body"),
                    (String) fields.get("source"),
                    (String) fields.get("author"),
                    tags == null ? List.of() : Arrays.asList(tags.split(",")),
                    attachments.getOrDefault(s.id(), List.of()),
                    disclosure(s.indexNumber(), fields),
                    fields.get("language") == null ? null : ContentLanguage.of((String) fields.get("language"))));
        }
        return articles;
    }

    private static DisclosureMetadata disclosure(String indexNumber, Map<String, Object> f) {
        if (indexNumber == null
                && f.get("documentNumber") == null
                && f.get("issuingAuthority") == null
                && f.get("subjectCategory") == null) {
            return null;
        }
        return new DisclosureMetadata(
                indexNumber,
                (String) f.get("documentNumber"),
                (String) f.get("issuingAuthority"),
                (LocalDate) f.get("writtenDate"),
                (String) f.get("subjectCategory"),
                (String) f.get("validity"));
    }

    @Override
    public Page<ArticleSummary> channel(long siteId, long channelId, boolean includeDescendants, Pageable pageable) {
        List<Long> channels = includeDescendants ? withDescendants(siteId, channelId) : List.of(channelId);
        String where = " where l.site_id = :site and l.channel_id in (:channels)";
        long total = jdbc.sql("select count(*) from content_listing l" + where)
                .param("site", siteId)
                .param("channels", channels)
                .query(Long.class)
                .single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        List<ArticleSummary> rows = jdbc.sql(SUMMARY + where + LISTED + page(pageable))
                .param("site", siteId)
                .param("channels", channels)
                .query(SUMMARY_ROW)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    @Override
    public List<ArticleSummary> latest(long siteId, long channelId, int limit) {
        return jdbc.sql(SUMMARY + " where l.site_id = :site and l.channel_id in (:channels)" + NEWEST + limit(limit))
                .param("site", siteId)
                .param("channels", withDescendants(siteId, channelId))
                .query(SUMMARY_ROW)
                .list();
    }

    @Override
    public List<ArticleSummary> latest(long siteId, int limit) {
        return jdbc.sql(SUMMARY + " where l.site_id = :site" + NEWEST + limit(limit))
                .param("site", siteId)
                .query(SUMMARY_ROW)
                .list();
    }

    @Override
    public Page<ArticleChange> changesSince(long siteId, Instant since, Pageable pageable) {
        Timestamp from = Timestamp.from(since);
        // a site lists an article or records its withdrawal, never both (PublicationWriter keeps it so)
        long total = jdbc.sql("""
                        select (select count(*) from content_listing where site_id = :site and updated_at >= :since)
                          + (select count(*) from content_withdrawal where site_id = :site and withdrawn_at >= :since)
                        """)
                .param("site", siteId)
                .param("since", from)
                .query(Long.class)
                .single();
        if (total == 0) {
            return new PageImpl<>(List.of(), pageable, 0);
        }
        record Change(long id, Instant at, boolean withdrawn) {}
        List<Change> changes = jdbc.sql("""
                        select article_id, changed_at, withdrawn from (
                          select article_id, updated_at as changed_at, 0 as withdrawn from content_listing
                          where site_id = :site and updated_at >= :since
                          union all
                          select article_id, withdrawn_at as changed_at, 1 as withdrawn from content_withdrawal
                          where site_id = :site and withdrawn_at >= :since
                        ) c order by changed_at, article_id, withdrawn
                        """ + page(pageable))
                .param("site", siteId)
                .param("since", from)
                .query((rs, n) -> new Change(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getInt(3) == 1))
                .list();
        List<Long> listed =
                changes.stream().filter(c -> !c.withdrawn()).map(Change::id).toList();
        Map<Long, ArticleSummary> summaries = new HashMap<>();
        if (!listed.isEmpty()) {
            jdbc.sql(SUMMARY + " where l.site_id = :site and l.article_id in (:ids)")
                    .param("site", siteId)
                    .param("ids", listed)
                    .query(SUMMARY_ROW)
                    .list()
                    .forEach(a -> summaries.put(a.id(), a));
        }
        List<ArticleChange> rows = new ArrayList<>(changes.size());
        for (Change c : changes) {
            if (c.withdrawn()) {
                rows.add(new ArticleChange(c.id(), c.at(), null));
            } else if (summaries.containsKey(c.id())) {
                // withdrawn between the two queries: the next sync sees the withdrawal, which is later
                ArticleSummary a = summaries.get(c.id());
                rows.add(new ArticleChange(a.id(), a.updatedAt(), a));
            }
        }
        return new PageImpl<>(rows, pageable, total);
    }

    @Override
    public Page<ArticleSummary> disclosure(long siteId, DisclosureFilter filter, Pageable pageable) {
        DisclosureFilter f = filter == null ? DisclosureFilter.none() : filter;
        StringBuilder where = new StringBuilder(" where l.site_id = :site and l.disclosure = :yes");
        Map<String, Object> params = new HashMap<>();
        params.put("site", siteId);
        params.put("yes", true);
        if (f.subjectCategory() != null) {
            where.append(" and p.subject_category = :subject");
            params.put("subject", f.subjectCategory());
        }
        if (f.issuingAuthority() != null) {
            where.append(" and p.issuing_authority = :authority");
            params.put("authority", f.issuingAuthority());
        }
        if (f.year() != null) {
            where.append(" and p.written_year = :year");
            params.put("year", f.year());
        }
        String from = " from content_listing l join content_publication p on p.article_id = l.article_id";
        long total = jdbc.sql("select count(*)" + from + where)
                .params(params)
                .query(Long.class)
                .single();
        List<ArticleSummary> rows = total == 0
                ? List.of()
                : jdbc.sql(SUMMARY + where
                                + " order by p.written_date desc nulls last, l.published_at desc, l.article_id desc"
                                + page(pageable))
                        .params(params)
                        .query(SUMMARY_ROW)
                        .list();
        return new PageImpl<>(rows, pageable, total);
    }

    @Override
    public DisclosureFacets disclosureFacets(long siteId) {
        return new DisclosureFacets(
                facet(siteId, "p.subject_category", String.class),
                facet(siteId, "p.issuing_authority", String.class),
                facet(siteId, "p.written_year", Integer.class));
    }

    private <T> List<T> facet(long siteId, String column, Class<T> type) {
        return jdbc.sql("select distinct " + column
                        + " from content_listing l join content_publication p on p.article_id = l.article_id"
                        + " where l.site_id = ? and l.disclosure = ? and " + column + " is not null order by 1")
                .params(siteId, true)
                .query(type)
                .list();
    }

    @Override
    public boolean isPublicBlob(long siteId, long blobId) {
        return jdbc.sql("""
                        select count(*) from content_public_blob b
                        join content_listing l on l.article_id = b.article_id
                        where b.blob_id = ? and l.site_id = ?
                        """).params(blobId, siteId).query(Long.class).single() > 0;
    }

    @Override
    public List<ArticleSummary> all(long siteId) {
        return jdbc.sql(SUMMARY + " where l.site_id = ?" + NEWEST)
                .param(siteId)
                .query(SUMMARY_ROW)
                .list();
    }

    private List<Long> withDescendants(long siteId, long channelId) {
        List<Long> ids = new ArrayList<>();
        ids.add(channelId);
        find(sites.channels(siteId), channelId).ifPresent(c -> collect(c.children(), ids));
        return ids;
    }

    private static Optional<ChannelView> find(List<ChannelView> channels, long id) {
        for (ChannelView c : channels) {
            if (c.id() == id) {
                return Optional.of(c);
            }
            Optional<ChannelView> below = find(c.children(), id);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private static void collect(List<ChannelView> channels, List<Long> ids) {
        for (ChannelView c : channels) {
            ids.add(c.id());
            collect(c.children(), ids);
        }
    }

    private static String page(Pageable pageable) {
        if (pageable.isUnpaged()) {
            return "";
        }
        return " offset " + pageable.getOffset() + " rows fetch next " + pageable.getPageSize() + " rows only";
    }

    private static String limit(int limit) {
        return " fetch first " + Math.max(0, limit) + " rows only";
    }

    /** One row of a listing joined with its publication, as every list of articles reads it. */
    static ArticleSummary summary(ResultSet rs, int n) throws SQLException {
        long cover = rs.getLong("cover_blob_id");
        Long coverBlobId = rs.wasNull() ? null : cover;
        return new ArticleSummary(
                rs.getLong("article_id"),
                rs.getLong("site_id"),
                rs.getLong("channel_id"),
                rs.getLong("source_site_id"),
                rs.getString("title"),
                rs.getString("subtitle"),
                rs.getString("summary"),
                coverBlobId,
                rs.getString("external_url"),
                rs.getString("index_number"),
                rs.getBoolean("pinned"),
                rs.getTimestamp("published_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
