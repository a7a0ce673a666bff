package org.civitas.exchange.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/**
 * Parses {@code java -jar civitas.jar [command] [options]} with picocli before anything else starts,
 * so that help and usage errors answer at once. Without a command, or when the first argument is a
 * Spring-style {@code --option}, it serves the web application as {@code java -jar civitas.jar}
 * always did. Every other command ends the JVM with its exit code.
 */
public final class Launcher {

    private static final Set<String> OWN_OPTIONS = Set.of("--help", "--version");

    private final Cli cli;
    private final ServeCommand serve;

    Launcher(Class<?> application, Terminal terminal) {
        this(new Cli(application, terminal, new CliMessages(terminal.locale())));
    }

    /** The same commands on the given terminal and application (tests lend them the one they run in). */
    Launcher(Cli cli) {
        this.cli = cli;
        this.serve = new ServeCommand(cli);
    }

    public static void launch(Class<?> application, String[] args) {
        Launcher launcher = new Launcher(application, Terminal.system());
        int code = launcher.execute(args);
        if (!launcher.serving()) {
            // the workflow engine and other non-daemon threads must not keep a finished command alive
            System.exit(code);
        }
    }

    int execute(String... args) {
        return commandLine().execute(route(args).toArray(String[]::new));
    }

    boolean serving() {
        return serve.serving();
    }

    /** {@code serve} is the default command; Spring options ({@code --server.port=9090}) go to it. */
    static List<String> route(String... args) {
        List<String> routed = new ArrayList<>(List.of(args));
        if (routed.isEmpty() || (routed.getFirst().startsWith("--") && !OWN_OPTIONS.contains(routed.getFirst()))) {
            routed.addFirst("serve");
        }
        return routed;
    }

    CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CivitasCommand())
                .addSubcommand(serve)
                .addSubcommand(new CreateAdminCommand(cli))
                .addSubcommand(new ResetPasswordCommand(cli))
                .addSubcommand(new ResetSecondFactorCommand(cli))
                .addSubcommand(new CreateServiceAccountCommand(cli))
                .addSubcommand(new CreateTokenCommand(cli))
                .addSubcommand(new CreateSiteCommand(cli))
                .addSubcommand(new ImportArticlesCommand(cli))
                .addSubcommand(new ImportDxlCommand(cli))
                .addSubcommand(new VerifyImportCommand(cli))
                .addSubcommand(new ExportSiteCommand(cli))
                .addSubcommand(new ReindexCommand(cli))
                .addSubcommand(new CryptoMigrateCommand(cli))
                .addSubcommand(new BackupCommand(cli))
                .addSubcommand(new RestoreCommand(cli))
                .addSubcommand(new VersionCommand(cli))
                .addSubcommand(new HelpCommand());
        commandLine.setResourceBundle(cli.messages().bundle());
        commandLine.setExpandAtFiles(false);
        commandLine.setOut(new PrintWriter(cli.terminal().out(), true));
        commandLine.setErr(new PrintWriter(cli.terminal().err(), true));
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            // commands handle their expected failures; this is for the unexpected rest
            cli.note(cli.messages().text("failed.unexpected", Failures.rootReason(e)));
            return ExitCodes.ENVIRONMENT;
        });
        return commandLine;
    }
}
