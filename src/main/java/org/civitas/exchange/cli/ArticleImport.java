package org.civitas.exchange.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.content.ArticleDraft;
import org.civitas.content.trusted.ArticleImports;
import org.civitas.platform.DomainException;
import org.civitas.storage.BlobInfo;
import org.civitas.storage.trusted.BlobImport;
import org.springframework.context.ApplicationContext;

/**
 * Imports articles from an old CMS's export: a JSON Lines file (format in docs/command-line.md) and the
 * files beside it. Each line stands alone: a bad one is refused with its number and reason and the rest go
 * on; a refused line leaves no article behind (a file it named and that was already stored stays an
 * unattached upload, which expires). Lines are matched to earlier imports by their {@code sourceKey}:
 * an unchanged line (same text, same files) is skipped without touching anything, a changed one becomes a
 * new version of its article.
 *
 * <p>Articles are written in batches of {@value #BATCH}, each one transaction, so that the search index
 * takes each batch as one bulk write after its commit rather than one commit per article.
 */
final class ArticleImport {

    /** Articles per transaction (and per bulk write to the search index). */
    static final int BATCH = 500;

    /** Where the editor's pictures live: a picture of the export is stored and shown from there. */
    private static final String BLOB_ADDRESS = "/api/v1/blobs/";

    private final ApplicationContext context;
    private final CliMessages messages;
    private final ArticleImports imports;
    private final BlobImport blobs;

    /** Files stored in this run, by path and content: a picture many articles show is stored once. */
    private final Map<String, BlobInfo> stored = new HashMap<>();

    ArticleImport(ApplicationContext context, CliMessages messages) {
        this.context = context;
        this.messages = messages;
        this.imports = context.getBean(ArticleImports.class);
        this.blobs = context.getBean(BlobImport.class);
    }

    /**
     * @param folder the export folder files are read from (only from inside it)
     * @param progress told the number of lines done, every thousand
     */
    ImportReport run(Path file, Path folder, String actor, IntConsumer progress) {
        ExportFolder export;
        try {
            export = new ExportFolder(folder, messages);
        } catch (IOException e) {
            throw new DomainException("import.folder.unreadable", folder, e.getMessage());
        }
        ImportReport report = new ImportReport();
        List<Pending> batch = new ArrayList<>();
        boolean any = false;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                any = true;
                prepare(number, text, export, actor, report).ifPresent(batch::add);
                if (batch.size() >= BATCH) {
                    write(batch, actor, report);
                    batch.clear();
                }
                if (number % 1000 == 0) {
                    progress.accept(number);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new DomainException("import.file.unreadable", file, e.getMessage());
        }
        write(batch, actor, report);
        // refused while reading or while writing: listed in the file's order
        report.refusals.sort(java.util.Comparator.comparingInt(ImportReport.Refusal::line));
        if (!any) {
            throw new DomainException("import.empty", file);
        }
        return report;
    }

    /** A line ready for the database, with what it stored. */
    private record Pending(
            ArticleLine line, ArticleImports.Imported article, int attachments, int pictures, long bytes) {}

    private java.util.Optional<Pending> prepare(
            int number, String text, ExportFolder export, String actor, ImportReport report) {
        ArticleLine line;
        try {
            line = ArticleLine.parse(number, text, export, messages);
        } catch (LineProblem problem) {
            report.refuse(number, null, problem.getMessage());
            return java.util.Optional.empty();
        }
        var known = imports.find(line.sourceKey().strip());
        if (known.isPresent() && known.get().digest().equals(line.digest())) {
            report.unchanged++; // nothing read beyond the hashes, nothing stored, nothing written
            return java.util.Optional.empty();
        }
        try {
            long[] bytes = {0};
            List<Long> attachmentIds = new ArrayList<>();
            for (ArticleLine.File attachment : line.attachments()) {
                BlobInfo blob = store(attachment.path(), attachment.name(), actor, bytes);
                attachmentIds.add(blob.id());
            }
            String body = line.draft().bodyHtml();
            Map<String, String> addresses = new HashMap<>();
            for (var picture : line.pictures().entrySet()) {
                Path path = picture.getValue();
                BlobInfo blob = store(path, path.getFileName().toString(), actor, bytes);
                addresses.put(picture.getKey(), BLOB_ADDRESS + blob.id());
            }
            ArticleDraft draft = withFiles(line.draft(), rewrite(body, addresses), attachmentIds);
            var article = new ArticleImports.Imported(
                    line.sourceKey(),
                    line.digest(),
                    line.siteCode(),
                    line.channelCode(),
                    draft,
                    line.indexNumber(),
                    line.createdAt());
            return java.util.Optional.of(new Pending(
                    line, article, attachmentIds.size(), line.pictures().size(), bytes[0]));
        } catch (DomainException e) {
            report.refuse(number, line.sourceKey(), reason(e)); // e.g. a file type the allow-list refuses
            return java.util.Optional.empty();
        }
    }

    private BlobInfo store(Path path, String name, String actor, long[] bytes) {
        String key = path + "\n" + name + "\n" + ExportFolder.sha256(path);
        BlobInfo known = stored.get(key);
        if (known != null) {
            return known;
        }
        try (InputStream in = Files.newInputStream(path)) {
            BlobInfo blob = blobs.storeImported(in, name, null, actor);
            bytes[0] += blob.size();
            stored.put(key, blob);
            return blob;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each picture address of the export replaced by its stored file's address. */
    private static String rewrite(String body, Map<String, String> addresses) {
        if (addresses.isEmpty()) {
            return body;
        }
        Matcher m = Pattern.compile("(<img\\b[^>]*?\\bsrc\\s*=\\s*)([\"'])([^\"']*)\\2", Pattern.CASE_INSENSITIVE)
                .matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String address = addresses.get(m.group(3));
            String replacement = address == null ? m.group() : m.group(1) + m.group(2) + address + m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static ArticleDraft withFiles(ArticleDraft d, String body, List<Long> attachmentIds) {
        return new ArticleDraft(
                d.title(),
                d.subtitle(),
                d.summary(),
                body,
                d.coverBlobId(),
                attachmentIds,
                d.source(),
                d.author(),
                d.tags(),
                d.pinned(),
                d.sortOrder(),
                d.externalUrl(),
                d.publishAt(),
                d.withdrawAt(),
                d.disclosure(),
                d.language());
    }

    /**
     * One transaction for the batch; when something fails beyond the per-article checks (which refuse an
     * article before any write), the batch is rolled back and its articles are written one per transaction,
     * so that only the failing one is refused.
     */
    private void write(List<Pending> batch, String actor, ImportReport report) {
        if (batch.isEmpty()) {
            return;
        }
        List<ArticleImports.Result> results;
        try {
            results = imports.importAll(
                    actor, batch.stream().map(Pending::article).toList());
        } catch (RuntimeException whole) {
            if (batch.size() == 1) {
                Pending p = batch.getFirst();
                report.refuse(p.line().number(), p.line().sourceKey(), reason(whole));
                return;
            }
            for (Pending p : batch) {
                write(List.of(p), actor, report);
            }
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Pending p = batch.get(i);
            ArticleImports.Result result = results.get(i);
            switch (result.outcome()) {
                case CREATED -> report.created++;
                case UPDATED -> report.updated++;
                case UNCHANGED -> report.unchanged++;
                case REFUSED -> report.refuse(p.line().number(), p.line().sourceKey(), reason(result.refusal()));
            }
            if (result.outcome() == ArticleImports.Outcome.CREATED
                    || result.outcome() == ArticleImports.Outcome.UPDATED) {
                report.attachments += p.attachments();
                report.pictures += p.pictures();
                report.bytes += p.bytes();
            }
        }
    }

    private String reason(RuntimeException e) {
        if (e instanceof DomainException d) {
            return context.getMessage(d.messageKey(), d.arguments(), d.messageKey(), messages.locale());
        }
        return Failures.rootReason(e);
    }
}
