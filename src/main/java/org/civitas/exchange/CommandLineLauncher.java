package org.civitas.exchange;

import org.springframework.boot.SpringApplication;

/** Entry point of {@code java -jar civitas.jar [command]}: {@code serve} (the default) or an operator command. */
public final class CommandLineLauncher {

    private CommandLineLauncher() {}

    public static void launch(Class<?> application, String[] args) {
        SpringApplication.run(application, args);
    }
}
