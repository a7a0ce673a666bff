package org.civitas.storage;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the blob store ({@code civitas.storage.*}).
 *
 * @param maxUploadSize largest accepted upload, sized for documents; larger ones are refused with nothing kept
 * @param largeUploadSize largest upload of a holder of {@link StoragePermissions#UPLOAD_LARGE} (media library)
 * @param userQuota how much one user's uploads may take in all
 * @param unattachedTtl how long an upload that no record carries is kept before it is removed
 * @param directory where blobs live; {@code null} means {@code ${civitas.data-dir}/blobs}
 * @param fsync whether each new file is forced to disk before it becomes visible (durability over speed)
 */
@ConfigurationProperties("civitas.storage")
public record StorageSettings(
        @DefaultValue("200MB") DataSize maxUploadSize,
        @DefaultValue("4GB") DataSize largeUploadSize,
        @DefaultValue("20GB") DataSize userQuota,
        @DefaultValue("24h") Duration unattachedTtl,
        Path directory,
        @DefaultValue("true") boolean fsync) {}
