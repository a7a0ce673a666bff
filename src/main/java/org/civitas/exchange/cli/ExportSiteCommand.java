package org.civitas.exchange.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.civitas.publishing.StaticExport;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes a whole site, or every site, as static files (静态发布), as the console's export button does. */
@Command(name = "export-site", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class ExportSiteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(index = "0", paramLabel = "SITE_CODE", descriptionKey = "export-site.code")
        String siteCode;

        @Option(names = "--all", required = true, descriptionKey = "export-site.all")
        boolean all;
    }

    @Option(names = "--dir", paramLabel = "DIR", descriptionKey = "export-site.dir")
    Path dir;

    @Mixin
    OperatorOptions options;

    private final Cli cli;

    ExportSiteCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        return new OperatorRun(cli).run(spec.name(), options, context -> {
            // --all exports the public cluster: a site still being built (or taken offline) is not public
            List<SiteView> all =
                    which.all ? context.getBean(SiteDirectory.class).all() : List.of();
            List<String> codes = which.all
                    ? all.stream()
                            .filter(SiteView::launched)
                            .map(SiteView::siteCode)
                            .toList()
                    : List.of(which.siteCode);
            List<String> skipped = all.stream()
                    .filter(s -> !s.launched())
                    .map(SiteView::siteCode)
                    .toList();
            Path base = dir == null ? null : dir.toAbsolutePath().normalize();
            StaticExport export = context.getBean(StaticExport.class);
            List<String> lines = new ArrayList<>();
            int pages = 0;
            long millis = 0;
            for (String code : codes) {
                StaticExport.ExportReport report = export.exportSite(code, base);
                pages += report.pages();
                millis += report.millis();
                lines.add(cli.messages()
                        .text(
                                "export-site.done",
                                report.siteCode(),
                                report.pages(),
                                report.files(),
                                report.directory(),
                                report.millis()));
            }
            if (codes.size() > 1) {
                long rate = millis == 0 ? pages : Math.round(pages * 1000.0 / millis);
                lines.add(cli.messages().text("export-site.total", codes.size(), pages, millis, rate));
            }
            if (!skipped.isEmpty()) {
                lines.add(cli.messages().text("export-site.skipped", skipped.size(), String.join(", ", skipped)));
            }
            return Outcome.note(String.join(System.lineSeparator(), lines));
        });
    }
}
