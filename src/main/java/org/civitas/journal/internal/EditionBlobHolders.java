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
 * org.civitas.journal.EditionPictures}), and never part of a public page.
 */
@Component
@Transactional(readOnly = true)
class EditionBlobHolders implements BlobHolders {

    private static final String CARRIERS = """
            select distinct s.edition_id from edition_item i join edition_section s on s.id = i.section_id
            where i.body_html like :upload or i.body_html like :submission or i.body_html like :edition
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
        return jdbc.sql(CARRIERS)
                .param("upload", "%\"/api/v1/blobs/" + blobId + "\"%")
                .param("submission", "%/files/" + blobId + "\"%")
                .param("edition", "%/pictures/" + blobId + "\"%")
                .query(Long.class)
                .list();
    }
}
