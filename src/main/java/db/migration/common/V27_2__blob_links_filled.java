package db.migration.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the link tables of V27_1 from the rich-text bodies already stored, with the same addresses the former
 * LIKE lookups matched. A Java migration because neither database's SQL can list every match of a pattern in
 * a text the same way; the patterns are written out here, not shared with the application, so that this
 * migration stays what it was when the application's code changes.
 */
public class V27_2__blob_links_filled extends BaseJavaMigration {

    /** An article body's pictures: {@code /api/v1/blobs/{id}"}. */
    static final Pattern ARTICLE = Pattern.compile("/api/v1/blobs/(\\d+)\"");

    /** An edition item's pictures: an upload, a submission's file, another edition's picture. */
    static final Pattern EDITION = Pattern.compile("\"/api/v1/blobs/(\\d+)\"|/files/(\\d+)\"|/pictures/(\\d+)\"");

    @Override
    public void migrate(Context context) throws Exception {
        fill(context.getConnection());
    }

    /** Fills both tables; a record's links are replaced, so running it again changes nothing. */
    public static void fill(Connection connection) throws SQLException {
        fill(
                connection,
                "select id, body from content_article",
                "delete from content_article_body_blob where article_id = ?",
                "insert into content_article_body_blob (article_id, blob_id) values (?, ?)",
                ARTICLE);
        fill(
                connection,
                "select id, body_html from edition_item",
                "delete from edition_item_blob where item_id = ?",
                "insert into edition_item_blob (item_id, blob_id) values (?, ?)",
                EDITION);
    }

    private static void fill(Connection connection, String select, String delete, String insert, Pattern pattern)
            throws SQLException {
        try (var read = connection.createStatement();
                PreparedStatement clear = connection.prepareStatement(delete);
                PreparedStatement write = connection.prepareStatement(insert)) {
            read.setFetchSize(200);
            try (var rows = read.executeQuery(select)) {
                int pending = 0;
                while (rows.next()) {
                    long id = rows.getLong(1);
                    Set<Long> ids = blobIds(rows.getString(2), pattern);
                    if (ids.isEmpty()) {
                        continue;
                    }
                    clear.setLong(1, id);
                    clear.addBatch();
                    for (long blobId : ids) {
                        write.setLong(1, id);
                        write.setLong(2, blobId);
                        write.addBatch();
                        pending++;
                    }
                    if (pending >= 500) {
                        clear.executeBatch();
                        write.executeBatch();
                        pending = 0;
                    }
                }
                clear.executeBatch();
                write.executeBatch();
            }
        }
    }

    static Set<Long> blobIds(String body, Pattern pattern) {
        Set<Long> ids = new LinkedHashSet<>();
        if (body == null) {
            return ids;
        }
        Matcher m = pattern.matcher(body);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                String digits = m.group(g);
                if (digits != null && digits.length() < 19) {
                    ids.add(Long.parseLong(digits));
                }
            }
        }
        return ids;
    }
}
