package org.civitas.exchange.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by the commands that open the installation, and the Spring properties such a run needs. */
final class OperatorOptions {

    @Option(names = "--data-dir", paramLabel = "DIR")
    Path dataDir;

    @Option(names = "--verbose")
    boolean verbose;

    /**
     * No web server, no banner, nothing on the console but the command's own output (the log file in
     * the data directory still records everything), no workflow job executor, and no taking over of a
     * running server's unfinished event deliveries; asynchronous listeners (audit) finish before exit.
     */
    String[] springArguments(String command) {
        List<String> args = new ArrayList<>(List.of(
                "--civitas.command=" + command,
                "--spring.main.web-application-type=none",
                "--spring.main.banner-mode=off",
                "--spring.main.log-startup-info=false",
                "--flowable.async-executor-activate=false",
                "--spring.modulith.events.republish-outstanding-events-on-restart=false",
                "--spring.task.execution.shutdown.await-termination=true",
                "--spring.task.execution.shutdown.await-termination-period=30s"));
        if (!verbose) {
            args.add("--logging.console.enabled=false");
        }
        if (dataDir != null) {
            args.add("--civitas.data-dir=" + dataDir.toAbsolutePath().normalize());
        }
        return args.toArray(String[]::new);
    }
}
