package org.civitas.content.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.civitas.content.ArticleRevision;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every saved version of every article, kept unchanged. */
@Component
class ArticleHistory {

    private static final RowMapper<ArticleRevision> ROW = (rs, n) -> new ArticleRevision(
            rs.getLong("article_id"),
            rs.getInt("revision"),
            rs.getString("title"),
            rs.getString("fields"),
            rs.getString("body"),
            rs.getString("saved_by"),
            rs.getTimestamp("saved_at").toInstant());

    private final JdbcClient jdbc;

    ArticleHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void keep(Article article, ArticleContent content, String by, Instant at) {
        jdbc.sql("""
                        insert into content_article_version (article_id, revision, title, fields, body, saved_by, saved_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        article.id(),
                        article.revision(),
                        content.title(),
                        content.fieldLines(),
                        content.body(),
                        by,
                        Timestamp.from(at))
                .update();
    }

    List<ArticleRevision> of(long articleId) {
        return jdbc.sql("select * from content_article_version where article_id = ? order by revision desc")
                .param(articleId)
                .query(ROW)
                .list();
    }

    Optional<ArticleRevision> find(long articleId, int revision) {
        return jdbc.sql("select * from content_article_version where article_id = ? and revision = ?")
                .params(articleId, revision)
                .query(ROW)
                .optional();
    }
}
