package org.civitas.storage.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.civitas.platform.NotFoundException;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.StorageSettings;
import org.civitas.storage.trusted.BlobReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link BlobReader} over the same files and records as {@link FileSystemBlobStore}, without its permission check. */
@Service
@Transactional(readOnly = true)
class TrustedBlobReader implements BlobReader {

    private final BlobFiles files;
    private final BlobRecords records;

    TrustedBlobReader(StorageSettings settings, @Value("${civitas.data-dir}") Path dataDir, BlobRecords records) {
        this.files = new BlobFiles(
                settings.directory() != null ? settings.directory() : dataDir.resolve("blobs"), settings.fsync());
        this.records = records;
    }

    @Override
    public Optional<BlobInfo> find(long id) {
        return records.findById(id).map(BlobRecord::toInfo);
    }

    @Override
    public Optional<String> publicKey(long id) {
        return records.findById(id).map(BlobRecord::publicKey);
    }

    @Override
    public Optional<BlobInfo> findByPublicKey(String key) {
        return key == null || key.length() > 36
                ? Optional.empty()
                : records.findByPublicKey(key).map(BlobRecord::toInfo);
    }

    @Override
    public InputStream open(long id, long offset, long length) {
        BlobInfo blob = find(id).orElseThrow(() -> new NotFoundException("Blob", id));
        if (offset < 0 || length < 0 || offset + length > blob.size()) {
            throw new IllegalArgumentException(
                    "Range " + offset + "+" + length + " lies outside blob " + id + " of " + blob.size() + " bytes");
        }
        return files.open(blob.sha256(), offset, length);
    }
}
