package org.civitas.exchange.dxl.archive;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The legacy documents and their files, upserted by UNID. */
@Repository
class LegacyDocuments {

    /** What decides whether an export's document changed since it was imported, and what verify compares. */
    record Stored(long id, String sequence, String modified, String noteJson, String itemsJson) {}

    record Row(
            String unid,
            String noteId,
            String sequence,
            String kind,
            String form,
            String parentUnid,
            String created,
            String modified,
            OffsetDateTime modifiedAt,
            String noteJson,
            String itemsJson,
            String richTextHtml,
            String mappedJson,
            String accessJson,
            String sourceFile,
            String targetType,
            String importedBy,
            Instant importedAt) {}

    record Attachment(
            int position,
            String kind,
            String itemName,
            String fileName,
            long size,
            String sha256,
            long blobId,
            String created,
            String modified) {}

    private final JdbcClient jdbc;

    LegacyDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Stored> find(String unid) {
        return jdbc.sql("select id, sequence_number, modified_lexical, note_json, items_json"
                        + " from exchange_legacy_document where unid = ?")
                .param(unid)
                .query((rs, n) ->
                        new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    /** Inserts or replaces the document; its files are replaced by {@link #replaceAttachments}. */
    long upsert(Row row) {
        Optional<Stored> existing = find(row.unid());
        String columns = "note_id = :noteId, sequence_number = :sequence, note_kind = :kind, form = :form,"
                + " parent_unid = :parent, created_lexical = :created, modified_lexical = :modified,"
                + " modified_at = :modifiedAt, note_json = :note, items_json = :items, rich_text_html = :html,"
                + " mapped_json = :mapped, access_json = :access, source_file = :source, target_type = :target,"
                + " imported_by = :by, imported_at = :at";
        String sql = existing.isPresent()
                ? "update exchange_legacy_document set " + columns + " where unid = :unid"
                : "insert into exchange_legacy_document (unid, note_id, sequence_number, note_kind, form, parent_unid,"
                        + " created_lexical, modified_lexical, modified_at, note_json, items_json, rich_text_html,"
                        + " mapped_json, access_json, source_file, target_type, imported_by, imported_at) values (:unid,"
                        + " :noteId, :sequence, :kind, :form, :parent, :created, :modified, :modifiedAt, :note, :items,"
                        + " :html, :mapped, :access, :source, :target, :by, :at)";
        jdbc.sql(sql)
                .param("unid", row.unid())
                .param("noteId", row.noteId())
                .param("sequence", row.sequence())
                .param("kind", row.kind())
                .param("form", row.form())
                .param("parent", row.parentUnid())
                .param("created", row.created())
                .param("modified", row.modified())
                .param("modifiedAt", row.modifiedAt())
                .param("note", row.noteJson())
                .param("items", row.itemsJson())
                .param("html", row.richTextHtml())
                .param("mapped", row.mappedJson())
                .param("access", row.accessJson())
                .param("source", row.sourceFile())
                .param("target", row.targetType())
                .param("by", row.importedBy())
                .param("at", OffsetDateTime.ofInstant(row.importedAt(), java.time.ZoneOffset.UTC))
                .update();
        return existing.map(Stored::id)
                .orElseGet(() -> find(row.unid()).orElseThrow().id());
    }

    void replaceAttachments(long documentId, List<Attachment> attachments) {
        jdbc.sql("delete from exchange_legacy_attachment where document_id = ?")
                .param(documentId)
                .update();
        for (Attachment a : attachments) {
            jdbc.sql("insert into exchange_legacy_attachment (document_id, position_in_document, kind, item_name,"
                            + " file_name, size_bytes, sha256, blob_id, created_lexical, modified_lexical)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            documentId,
                            a.position(),
                            a.kind(),
                            a.itemName(),
                            a.fileName(),
                            a.size(),
                            a.sha256(),
                            a.blobId(),
                            a.created(),
                            a.modified())
                    .update();
        }
    }

    List<Attachment> attachments(long documentId) {
        return jdbc.sql("select position_in_document, kind, item_name, file_name, size_bytes, sha256, blob_id,"
                        + " created_lexical, modified_lexical from exchange_legacy_attachment where document_id = ?"
                        + " order by position_in_document")
                .param(documentId)
                .query((rs, n) -> new Attachment(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getLong(7),
                        rs.getString(8),
                        rs.getString(9)))
                .list();
    }

    boolean carries(long blobId) {
        return jdbc.sql("select count(*) from exchange_legacy_attachment where blob_id = ?")
                        .param(blobId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<String> unidsCarrying(long blobId) {
        return jdbc.sql("select d.unid from exchange_legacy_document d join exchange_legacy_attachment a"
                        + " on a.document_id = d.id where a.blob_id = ?")
                .param(blobId)
                .query(String.class)
                .list();
    }
}
