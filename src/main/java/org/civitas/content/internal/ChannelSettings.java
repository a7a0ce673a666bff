package org.civitas.content.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The content module's settings per channel: review chain, disclosure index category, whether it takes pushes. */
@Component
class ChannelSettings {

    private final JdbcClient jdbc;

    ChannelSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> chain(long channelId) {
        return jdbc.sql(
                        "select chain_code from content_channel_setting where channel_id = ? and chain_code is not null")
                .param(channelId)
                .query(String.class)
                .optional();
    }

    Map<Long, String> chains(long siteId) {
        Map<Long, String> chains = new LinkedHashMap<>();
        jdbc.sql("""
                        select channel_id, chain_code from content_channel_setting
                        where site_id = ? and chain_code is not null order by channel_id
                        """).param(siteId).query(rs -> {
            chains.put(rs.getLong(1), rs.getString(2));
        });
        return chains;
    }

    Optional<String> indexCategory(long channelId) {
        return jdbc.sql("""
                        select index_category from content_channel_setting
                        where channel_id = ? and index_category is not null
                        """).param(channelId).query(String.class).optional();
    }

    void setChain(long siteId, long channelId, String chainCode, String by, Instant at) {
        ensure(siteId, channelId, by, at);
        jdbc.sql(
                        "update content_channel_setting set chain_code = ?, updated_by = ?, updated_at = ? where channel_id = ?")
                .params(chainCode, by, Timestamp.from(at), channelId)
                .update();
    }

    void setIndexCategory(long siteId, long channelId, String category, String by, Instant at) {
        ensure(siteId, channelId, by, at);
        jdbc.sql("""
                        update content_channel_setting set index_category = ?, updated_by = ?, updated_at = ?
                        where channel_id = ?
                        """).params(category, by, Timestamp.from(at), channelId).update();
    }

    /** Channels of the site that take pushes from other sites. */
    java.util.Set<Long> accepting(long siteId) {
        return new java.util.HashSet<>(
                jdbc.sql("select channel_id from content_channel_setting where site_id = ? and accepts_shares = ?")
                        .params(siteId, true)
                        .query(Long.class)
                        .list());
    }

    boolean accepts(long channelId) {
        return jdbc.sql("select count(*) from content_channel_setting where channel_id = ? and accepts_shares = ?")
                        .params(channelId, true)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void setAccepting(long siteId, long channelId, boolean accepts, String by, Instant at) {
        ensure(siteId, channelId, by, at);
        jdbc.sql("""
                        update content_channel_setting set accepts_shares = ?, updated_by = ?, updated_at = ?
                        where channel_id = ?
                        """).params(accepts, by, Timestamp.from(at), channelId).update();
    }

    private void ensure(long siteId, long channelId, String by, Instant at) {
        long count = jdbc.sql("select count(*) from content_channel_setting where channel_id = ?")
                .param(channelId)
                .query(Long.class)
                .single();
        if (count == 0) {
            jdbc.sql("""
                            insert into content_channel_setting (channel_id, site_id, updated_by, updated_at)
                            values (?, ?, ?, ?)
                            """).params(channelId, siteId, by, Timestamp.from(at)).update();
        }
    }
}
