package org.civitas.publishing;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a site's public pages as files for nginx or a CDN (静态发布): the same bytes the application
 * serves to a visitor who reaches the site by its own domain. Every file is written to a temporary
 * file in its folder and renamed into place, so a reader never sees half a page.
 *
 * <p>An operator-level service (the command line calls it directly); the console checks that the user
 * may manage the site before it starts an export.
 */
public interface StaticExport {

    /**
     * Exports the whole site into {@code baseDirectory/<folder>}, where the folder is the site's
     * primary domain (or its site code when it has none).
     *
     * @param baseDirectory where to write; {@code null} means {@code civitas.publishing.export-dir}
     * @throws org.civitas.platform.DomainException when the site is unknown or no directory is configured
     */
    ExportReport exportSite(String siteCode, Path baseDirectory);

    /** Exports every site that is not offline, one after the other, each into its own folder. */
    java.util.List<ExportReport> exportAll(Path baseDirectory);

    /** Starts {@link #exportSite} in the background unless an export of that site is running; its progress is {@link #progress}. */
    ExportProgress start(String siteCode);

    /** The progress of the latest export of the site started in this application, if any. */
    Optional<ExportProgress> progress(String siteCode);

    /**
     * What an export wrote.
     *
     * @param directory the site's folder
     * @param pages pages, feeds and the sitemap written
     * @param files theme assets and public files (attachments, covers, logo) written
     */
    record ExportReport(String siteCode, Path directory, int pages, int files, long millis) {}

    /**
     * An export as the console shows it.
     *
     * @param done pages written so far
     * @param total pages to write (known once the page list is made)
     * @param failure the reason it stopped, or {@code null}
     */
    record ExportProgress(String siteCode, boolean running, int done, int total, ExportReport report, String failure) {}
}
