package org.civitas.storage;

import org.civitas.platform.DomainException;

/** An upload would take its uploader beyond {@link StorageSettings#userQuota()}; nothing of it was kept. */
public class BlobQuotaExceededException extends DomainException {

    public BlobQuotaExceededException(long quotaBytes) {
        super("storage.error.quota", BlobTooLargeException.humanReadable(quotaBytes));
    }
}
