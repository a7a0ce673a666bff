package org.civitas.storage;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the blob store ({@code civitas.storage.*}).
 *
 * @param maxUploadSize largest accepted upload; larger ones are refused with nothing kept
 * @param directory where blobs live; {@code null} means {@code ${civitas.data-dir}/blobs}
 * @param fsync whether each new file is forced to disk before it becomes visible (durability over speed)
 */
@ConfigurationProperties("civitas.storage")
public record StorageSettings(
        @DefaultValue("4GB") DataSize maxUploadSize,
        Path directory,
        @DefaultValue("true") boolean fsync) {}
