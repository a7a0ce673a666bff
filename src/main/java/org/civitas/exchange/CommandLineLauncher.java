package org.civitas.exchange;

import org.civitas.exchange.cli.Launcher;

/**
 * Entry point of {@code java -jar civitas.jar [command]}: {@code serve} (the default) starts the web
 * application; the operator commands ({@code create-admin}, {@code reset-password}, {@code create-token},
 * {@code version}) run once and exit with 0 (done), 1 (refused by a business rule), 2 (usage error) or
 * 3 (environment problem, such as a database in use by a running server).
 */
public final class CommandLineLauncher {

    private CommandLineLauncher() {}

    public static void launch(Class<?> application, String[] args) {
        Launcher.launch(application, args);
    }
}
