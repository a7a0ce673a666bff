package org.civitas.publishing.internal;

import java.util.List;
import org.civitas.storage.BlobHolder;
import org.civitas.storage.BlobHolders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers for sites' logos: shown on every public page of their site, so anyone may read them. */
@Component
@Transactional(readOnly = true)
class SiteLogoBlobHolders implements BlobHolders {

    private final JdbcClient jdbc;

    SiteLogoBlobHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean carries(long blobId) {
        return !sites(blobId).isEmpty();
    }

    @Override
    public List<BlobHolder> holders(long blobId) {
        return sites(blobId).stream()
                .map(site -> new BlobHolder("Site " + site + " logo", true, true))
                .toList();
    }

    private List<Long> sites(long blobId) {
        return jdbc.sql("select site_id from publishing_site_appearance where logo_blob_id = ?")
                .param(blobId)
                .query(Long.class)
                .list();
    }
}
