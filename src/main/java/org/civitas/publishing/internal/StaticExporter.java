package org.civitas.publishing.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import org.civitas.content.ArticleCatalogue;
import org.civitas.content.ArticleSummary;
import org.civitas.content.DisclosureFilter;
import org.civitas.content.PublicContentChanged;
import org.civitas.content.PublishedArticle;
import org.civitas.platform.DomainException;
import org.civitas.publishing.AppearanceService;
import org.civitas.publishing.PublishingSettings;
import org.civitas.publishing.StaticExport;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.civitas.storage.trusted.BlobReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Static export through the same rendering (and cache) as dynamic requests by the site's own domain,
 * so exported pages equal served ones byte for byte. With {@code civitas.publishing.export-dir} set,
 * every committed content change re-exports the pages it affects, one change after the other on a
 * background thread, so publishing does not wait for the files.
 */
@Service
class StaticExporter implements StaticExport, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StaticExporter.class);

    private final PublicSite site;
    private final SiteCluster cluster;
    private final ArticleCatalogue catalogue;
    private final ThemeRegistry themes;
    private final AppearanceService appearances;
    private final BlobReader blobs;
    private final PublishingSettings settings;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "static-export");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ExportProgress> progress = new ConcurrentHashMap<>();

    StaticExporter(
            PublicSite site,
            SiteCluster cluster,
            ArticleCatalogue catalogue,
            ThemeRegistry themes,
            AppearanceService appearances,
            BlobReader blobs,
            PublishingSettings settings) {
        this.site = site;
        this.cluster = cluster;
        this.catalogue = catalogue;
        this.themes = themes;
        this.appearances = appearances;
        this.blobs = blobs;
        this.settings = settings;
    }

    @Override
    public ExportReport exportSite(String siteCode, Path baseDirectory) {
        return export(siteCode, baseDirectory, (done) -> {}, total -> {});
    }

    @Override
    public List<ExportReport> exportAll(Path baseDirectory) {
        directory(baseDirectory);
        return cluster.snapshot().publicSites().stream()
                .map(view -> exportSite(view.siteCode(), baseDirectory))
                .toList();
    }

    @Override
    public ExportProgress start(String siteCode) {
        site(siteCode);
        directory(null);
        ExportProgress running = progress.compute(
                siteCode,
                (code, current) -> current != null && current.running()
                        ? current
                        : new ExportProgress(code, true, 0, 0, null, null));
        if (running.done() == 0 && running.total() == 0) {
            background.submit(() -> {
                int[] total = {0};
                try {
                    ExportReport report = export(
                            siteCode,
                            null,
                            done -> progress.put(
                                    siteCode, new ExportProgress(siteCode, true, done, total[0], null, null)),
                            t -> total[0] = t);
                    progress.put(siteCode, new ExportProgress(siteCode, false, total[0], total[0], report, null));
                } catch (RuntimeException e) {
                    log.warn("Static export of site {} failed", siteCode, e);
                    progress.put(
                            siteCode,
                            new ExportProgress(siteCode, false, 0, total[0], null, String.valueOf(e.getMessage())));
                }
            });
        }
        return progress.get(siteCode);
    }

    @Override
    public Optional<ExportProgress> progress(String siteCode) {
        return Optional.ofNullable(progress.get(siteCode));
    }

    private ExportReport export(String siteCode, Path baseDirectory, IntConsumer onPage, IntConsumer onTotal) {
        long started = System.nanoTime();
        SiteView view = site(siteCode);
        ExportWriter writer = new ExportWriter(directory(baseDirectory).resolve(folder(view)));
        PublicSite.Target target = new PublicSite.Target(site.hostAddress(view), "");
        List<String> pages = pages(view);
        onTotal.accept(pages.size());
        int written = 0;
        for (String path : pages) {
            writePage(writer, target, path);
            onPage.accept(++written);
        }
        writer.write("/404.html", site.notFound(target).body());
        int files = writeAssets(writer, view);
        for (ArticleSummary article : catalogue.all(view.id())) {
            files += catalogue
                    .published(view.id(), article.id())
                    .map(a -> writeFiles(writer, target, a))
                    .orElse(0);
        }
        Long logo = appearances.get(view.id()).logoBlobId();
        if (logo != null) {
            files += copyBlob(writer, "logo", logo);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info(
                "Exported site {} to {}: {} pages, {} files in {} ms", siteCode, writer.root(), written, files, millis);
        return new ExportReport(siteCode, writer.root(), written, files, millis);
    }

    /** Every page of the site in canonical form. */
    List<String> pages(SiteView view) {
        long siteId = view.id();
        Set<String> pages = new LinkedHashSet<>();
        pages.add(PagePaths.HOME);
        pages.add(PagePaths.SITEMAP);
        pages.add(PagePaths.feed(null, "atom"));
        pages.add(PagePaths.feed(null, "rss"));
        int disclosurePages = catalogue
                .disclosure(siteId, DisclosureFilter.none(), PageRequest.of(0, settings.pageSize()))
                .getTotalPages();
        for (int n = 1; n <= Math.max(1, disclosurePages); n++) {
            pages.add(PagePaths.disclosure(n));
        }
        for (ChannelView channel : cluster.snapshot().channels(siteId).all()) {
            if (Layout.hasPage(channel)) {
                pages.addAll(channelPages(siteId, channel));
            }
        }
        for (ArticleSummary article : catalogue.all(siteId)) {
            if (article.externalUrl() == null) {
                pages.add(PagePaths.article(article.id()));
            }
        }
        return new ArrayList<>(pages);
    }

    private List<String> channelPages(long siteId, ChannelView channel) {
        List<String> pages = new ArrayList<>();
        int count = catalogue
                .channel(siteId, channel.id(), true, PageRequest.of(0, settings.pageSize()))
                .getTotalPages();
        for (int n = 1; n <= Math.max(1, count); n++) {
            pages.add(PagePaths.channel(channel.code(), n));
        }
        pages.add(PagePaths.feed(channel.code(), "atom"));
        pages.add(PagePaths.feed(channel.code(), "rss"));
        return pages;
    }

    /** Writes the page, or deletes its file when the site no longer has it (a withdrawn article, a shorter list). */
    private boolean writePage(ExportWriter writer, PublicSite.Target target, String path) {
        var page = PagePaths.parse(path).flatMap(p -> site.page(target, p, DisclosureFilter.none()));
        if (page.isPresent()) {
            writer.write(path, page.get().plain());
            // the precompressed form beside it, for nginx's gzip_static
            if (page.get().gzip() != null) {
                writer.write(path + ".gz", page.get().gzip());
            } else {
                writer.delete(path + ".gz");
            }
            return true;
        }
        writer.delete(path);
        writer.delete(path + ".gz");
        return false;
    }

    private int writeAssets(ExportWriter writer, SiteView view) {
        Theme theme = themes.theme(view.theme());
        theme.assets().forEach((path, asset) -> writer.write("/assets/" + theme.name() + "/" + path, asset.content()));
        return theme.assets().size();
    }

    private int writeFiles(ExportWriter writer, PublicSite.Target target, PublishedArticle article) {
        int files = 0;
        if (article.summary().coverBlobId() != null) {
            files += copyBlob(writer, "cover", article.summary().coverBlobId());
        }
        for (long blobId : PageRenderer.bodyBlobs(article.bodyHtml())) {
            files += copyBlob(writer, PageRenderer.BODY_FILE, blobId);
        }
        if (article.attachments() != null) {
            for (var attachment : article.attachments()) {
                files += copyBlob(writer, attachment.fileName(), attachment.blobId());
            }
        }
        return files;
    }

    /**
     * Copies a blob to its public address ({@code /files/<key>/<name>}) unless the same content is there already
     * (blobs never change under their id).
     */
    private int copyBlob(ExportWriter writer, String name, long blobId) {
        var blob = blobs.find(blobId);
        var key = blobs.publicKey(blobId);
        if (blob.isEmpty() || key.isEmpty()) {
            return 0;
        }
        String path = "/files/" + key.get() + "/" + name;
        try {
            if (writer.exists(path)
                    && java.nio.file.Files.size(writer.file(path)) == blob.get().size()) {
                return 0;
            }
        } catch (java.io.IOException e) {
            // rewrite it
        }
        writer.copy(path, blobs.open(blobId, 0, blob.get().size()));
        return 1;
    }

    /** Re-exports what a committed content change affects, when an export directory is configured. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(PublicContentChanged event) {
        if (settings.exportDir() == null) {
            return;
        }
        background.submit(() -> {
            for (long siteId : event.siteIds()) {
                try {
                    cluster.snapshot().byId(siteId).ifPresent(view -> exportChange(view, event));
                } catch (RuntimeException e) {
                    log.warn("Incremental export of site {} after article {} failed", siteId, event.articleId(), e);
                }
            }
        });
    }

    private void exportChange(SiteView view, PublicContentChanged event) {
        ExportWriter writer = new ExportWriter(settings.exportDir().resolve(folder(view)));
        PublicSite.Target target = new PublicSite.Target(site.hostAddress(view), "");
        AffectedPages affected = AffectedPages.of(event, cluster.snapshot().channels(view.id()));
        List<String> pages = pages(view).stream().filter(affected::contains).toList();
        pages.forEach(path -> writePage(writer, target, path));
        writePage(writer, target, PagePaths.article(event.articleId()));
        // lists that became shorter leave pages behind: remove them
        for (String code : affected.channelCodes()) {
            for (int n = pages.stream()
                                    .filter(p -> p.startsWith("/c/" + code + "/") && p.endsWith(".html"))
                                    .toList()
                                    .size()
                            + 1;
                    writer.exists(PagePaths.channel(code, n));
                    n++) {
                writer.delete(PagePaths.channel(code, n));
                writer.delete(PagePaths.channel(code, n) + ".gz");
            }
        }
        catalogue.published(view.id(), event.articleId()).ifPresent(a -> writeFiles(writer, target, a));
        log.debug("Exported {} pages of site {} after article {}", pages.size(), view.siteCode(), event.articleId());
    }

    private SiteView site(String siteCode) {
        SiteClusterSnapshot snapshot = cluster.snapshot();
        return snapshot.byCode(siteCode)
                .orElseThrow(() -> snapshot.anyByCode(siteCode).isPresent()
                        // a site not launched has no public pages to write: export would publish it before its time
                        ? new DomainException("publishing.export.error.notLaunched", siteCode)
                        : new DomainException("publishing.export.error.site", siteCode));
    }

    private Path directory(Path baseDirectory) {
        Path dir = baseDirectory != null ? baseDirectory : settings.exportDir();
        if (dir == null) {
            throw new DomainException("publishing.export.error.noDirectory");
        }
        return dir;
    }

    /** The site's folder: its primary domain (one nginx server each), else its site code. */
    static String folder(SiteView view) {
        String domain = view.primaryDomain();
        return domain != null && domain.matches("[a-z0-9.-]+") ? domain : view.siteCode();
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
