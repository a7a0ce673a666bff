package org.civitas.content.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civitas.content.ArticleSummary;
import org.civitas.content.ShareState;
import org.civitas.content.ShareTarget;
import org.civitas.content.ShareView;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read side of sharing: shares with the names editors read, push targets, and the articles a site can pull. */
@Component
class ShareReadModel {

    private final JdbcClient jdbc;
    private final SiteChannelLookup channels;
    private final ChannelSettings settings;

    ShareReadModel(JdbcClient jdbc, SiteChannelLookup channels, ChannelSettings settings) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.settings = settings;
    }

    /** Channels that take pushes, on every site but the excluded ones, by site in tree order. */
    List<ShareTarget> targets(Set<Long> excludedSites) {
        List<ShareTarget> targets = new ArrayList<>();
        for (SiteView site : channels.all()) {
            if (excludedSites.contains(site.id())) {
                continue;
            }
            Set<Long> accepting = settings.accepting(site.id());
            if (!accepting.isEmpty()) {
                collect(site, channels.tree(site.id()), accepting, targets);
            }
        }
        return targets;
    }

    private static void collect(SiteView site, List<ChannelView> tree, Set<Long> accepting, List<ShareTarget> out) {
        for (ChannelView c : tree) {
            if (accepting.contains(c.id())) {
                out.add(new ShareTarget(site.id(), site.name(), c.id(), c.name()));
            }
            collect(site, c.children(), accepting, out);
        }
    }

    ShareView view(Share share) {
        return views(List.of(share)).getFirst();
    }

    /** One page of shares as editors see them. */
    Page<ShareView> views(Page<Share> page) {
        return new PageImpl<>(views(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /** The shares as editors see them; site and channel names are looked up once per list. */
    List<ShareView> views(List<Share> shares) {
        Map<Long, SiteView> sites = new HashMap<>();
        Map<Long, String> channelNames = new HashMap<>();
        return shares.stream()
                .map(s -> {
                    SiteView source = sites.computeIfAbsent(s.sourceSiteId(), channels::site);
                    SiteView target = sites.computeIfAbsent(s.targetSiteId(), channels::site);
                    String channel = channelNames.computeIfAbsent(
                            s.targetChannelId(),
                            id -> channels.channel(s.targetSiteId(), id)
                                    .map(ChannelView::name)
                                    .orElse(null));
                    if (channel == null) {
                        // a removed channel: its share kept the name
                        channel = s.state() == ShareState.CHANNEL_REMOVED && s.reason() != null
                                ? s.reason()
                                : "#" + s.targetChannelId();
                    }
                    Object[] article = jdbc.sql("""
                                    select coalesce(p.title, a.title), a.live from content_article a
                                    left join content_publication p on p.article_id = a.id where a.id = ?
                                    """)
                            .param(s.articleId())
                            .query((rs, n) -> new Object[] {rs.getString(1), rs.getBoolean(2)})
                            .single();
                    return new ShareView(
                            s.id(),
                            s.articleId(),
                            (String) article[0],
                            (Boolean) article[1],
                            source.id(),
                            source.name(),
                            target.id(),
                            target.name(),
                            s.targetChannelId(),
                            channel,
                            s.state(),
                            s.pulled(),
                            s.reason(),
                            s.requestedBy(),
                            s.requestedAt(),
                            s.decidedBy(),
                            s.decidedAt());
                })
                .toList();
    }

    /** Articles the source site publishes itself (not its shared copies) that the target does not list or have pending. */
    Page<ArticleSummary> pullable(long targetSiteId, long sourceSiteId, Pageable pageable) {
        String where = """
                 where l.site_id = :source and l.source = :yes
                   and not exists (select 1 from content_listing t where t.site_id = :target and t.article_id = l.article_id)
                   and not exists (select 1 from content_share s where s.article_id = l.article_id
                     and s.active_target = :target)
                """;
        String from = " from content_listing l join content_publication p on p.article_id = l.article_id";
        long total = jdbc.sql("select count(*)" + from + where)
                .param("source", sourceSiteId)
                .param("target", targetSiteId)
                .param("yes", true)
                .query(Long.class)
                .single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        List<ArticleSummary> rows = jdbc.sql(
                        """
                        select l.article_id, l.site_id, l.channel_id, p.site_id as source_site_id, p.title, p.subtitle,
                          p.summary, p.cover_blob_id, p.external_url, p.index_number, l.pinned, l.published_at,
                          l.updated_at
                        """ + from + where + " order by l.published_at desc, l.article_id desc offset "
                                + pageable.getOffset() + " rows fetch next " + pageable.getPageSize() + " rows only")
                .param("source", sourceSiteId)
                .param("target", targetSiteId)
                .param("yes", true)
                .query(JdbcArticleCatalogue::summary)
                .list();
        return new PageImpl<>(rows, pageable, total);
    }
}
