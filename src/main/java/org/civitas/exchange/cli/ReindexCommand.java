package org.civitas.exchange.cli;

import java.util.concurrent.Callable;
import org.civitas.search.DriftReport;
import org.civitas.search.ReindexReport;
import org.civitas.search.SearchAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Rebuilds the full-text index (with progress), or with {@code --check} only compares it with the
 * database. A running web application on the same data keeps answering from its index meanwhile only
 * with the Elasticsearch backend; the embedded Lucene index belongs to one process.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class)
final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--check", descriptionKey = "reindex.check")
    boolean check;

    @Mixin
    OperatorOptions options;

    private final Cli cli;

    ReindexCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        return new OperatorRun(cli).run(spec.name(), options, context -> {
            SearchAdministration search = context.getBean(SearchAdministration.class);
            if (check) {
                DriftReport drift = search.drift();
                String note = drift.clean()
                        ? cli.messages().text("reindex.clean", drift.expected(), drift.indexed())
                        : cli.messages()
                                .text(
                                        "reindex.drift",
                                        drift.expected(),
                                        drift.indexed(),
                                        drift.missingCount(),
                                        drift.extraCount(),
                                        drift.staleCount());
                return new Outcome(note, drift.clean() ? "clean" : "drift");
            }
            int[] lastPercent = {-1};
            String[] lastPhase = {""};
            ReindexReport report = search.reindex(OperatorRun.actor(), p -> {
                int step = p.percent() / 10;
                if (!p.phase().equals(lastPhase[0]) || step != lastPercent[0]) {
                    lastPhase[0] = p.phase();
                    lastPercent[0] = step;
                    cli.note(cli.messages().text("reindex.progress", p.phase(), p.done(), p.total(), p.percent()));
                }
            });
            long millis = Math.max(1, report.took().toMillis());
            return new Outcome(
                    cli.messages()
                            .text(
                                    "reindex.done",
                                    report.documents(),
                                    report.index(),
                                    millis,
                                    Math.round(report.documents() * 1000.0 / millis)),
                    String.valueOf(report.documents()));
        });
    }
}
