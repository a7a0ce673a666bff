package org.civitas.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.BlobStore;
import org.civitas.storage.BlobsExpired;
import org.civitas.storage.StoragePermissions;
import org.civitas.storage.StorageTestSupport;
import org.civitas.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Uploads that no record carries expire after the configured time; carried ones and new ones stay. */
@SpringBootTest(properties = {StorageTestSupport.MAX_UPLOAD_PROPERTY, StorageTestSupport.QUOTA_PROPERTY})
@AutoConfigureMockMvc
@DatabaseTest
@RecordApplicationEvents
class UnattachedUploadExpiryIntegrationTest {

    @Autowired
    BlobStore blobs;

    @Autowired
    UnattachedUploadExpiry expiry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Value("${civitas.data-dir}")
    Path dataDir;

    @Test
    @WithMockUser(username = "expiry.uploader", authorities = StoragePermissions.UPLOAD)
    void anUploadNoRecordCarriesExpiresAndTakesItsFileAlong() throws java.io.IOException {
        BlobInfo forgotten = store("forgotten");
        BlobInfo recent = store("recent");
        BlobInfo logo = store("logo");
        age(forgotten, logo);
        List<Long> sites = jdbc.queryForList("select id from site", Long.class);
        Long site = sites.isEmpty() ? null : sites.getFirst();
        Long previousLogo = site == null ? null : logoOf(site);
        if (site != null) {
            setLogo(site, logo.id());
        }
        try {
            expiry.expire();
        } finally {
            if (site != null) {
                setLogo(site, previousLogo);
            }
        }

        assertThat(exists(forgotten)).isFalse();
        assertThat(StorageTestSupport.filesNamed(dataDir, forgotten.sha256())).isEmpty();
        assertThat(exists(recent)).isTrue();
        assertThat(events.stream(BlobsExpired.class))
                .anySatisfy(e -> assertThat(e.count()).isPositive());
        if (site != null) {
            // carried once, kept for good: it no longer expires even when the record lets go of it
            assertThat(exists(logo)).isTrue();
            assertThat(jdbc.queryForObject("select kept from blob where id = ?", Boolean.class, logo.id()))
                    .isTrue();
        }
    }

    private BlobInfo store(String text) {
        return blobs.store(new ByteArrayInputStream(StorageTestSupport.unique(text)), text + ".txt", "text/plain");
    }

    private void age(BlobInfo... uploads) {
        for (BlobInfo upload : uploads) {
            jdbc.update(
                    "update blob set created_at = ? where id = ?",
                    Timestamp.from(Instant.now().minus(Duration.ofDays(2))),
                    upload.id());
        }
    }

    private boolean exists(BlobInfo upload) {
        return jdbc.queryForObject("select count(*) from blob where id = ?", Long.class, upload.id()) > 0;
    }

    private Long logoOf(long site) {
        List<Long> logos = jdbc.queryForList(
                "select logo_blob_id from publishing_site_appearance where site_id = ?", Long.class, site);
        return logos.isEmpty() ? null : logos.getFirst();
    }

    private void setLogo(long site, Long blob) {
        int updated =
                jdbc.update("update publishing_site_appearance set logo_blob_id = ? where site_id = ?", blob, site);
        if (updated == 0) {
            jdbc.update(
                    "insert into publishing_site_appearance (site_id, logo_blob_id, updated_by, updated_at)"
                            + " values (?, ?, 'test', ?)",
                    site,
                    blob,
                    Timestamp.from(Instant.now()));
        }
    }
}
