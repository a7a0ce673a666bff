package org.civitas.journal.internal;

import java.util.List;
import org.civitas.storage.BlobHolder;
import org.civitas.storage.BlobHolders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers for the pictures of editions' items, at any address an item may show them (an upload of the compiler,
 * a submission's picture, another edition's picture): readable by whoever may read the edition (as {@link
 * org.civitas.journal.EditionPictureAccess}), and never part of a public page.
 */
@Component
@Transactional(readOnly = true)
class EditionBlobHolders implements BlobHolders {

    /** Editions whose items show the blob, through the link table kept with each item (an indexed lookup). */
    private static final String CARRIERS = """
            select distinct s.edition_id from edition_item_blob b
            join edition_item i on i.id = b.item_id join edition_section s on s.id = i.section_id
            where b.blob_id = :blob
            """;

    private final JdbcClient jdbc;
    private final Editions editions;
    private final EditionVisibility visibility;

    EditionBlobHolders(JdbcClient jdbc, Editions editions, EditionVisibility visibility) {
        this.jdbc = jdbc;
        this.editions = editions;
        this.visibility = visibility;
    }

    @Override
    public boolean carries(long blobId) {
        return !carriers(blobId).isEmpty();
    }

    @Override
    public List<BlobHolder> holders(long blobId) {
        return carriers(blobId).stream()
                .map(id -> new BlobHolder(
                        "Edition " + id,
                        editions.exists(visibility.visible(null).and(EditionVisibility.withId(id))),
                        false))
                .toList();
    }

    private List<Long> carriers(long blobId) {
        return jdbc.sql(CARRIERS).param("blob", blobId).query(Long.class).list();
    }
}
