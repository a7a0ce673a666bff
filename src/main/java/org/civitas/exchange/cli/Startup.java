package org.civitas.exchange.cli;

import java.nio.file.Path;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts the application and, when that fails, says why in words an operator can act on. It keeps
 * the environment Spring prepared, so that the data directory named in the message is the one the
 * application actually used (from {@code --data-dir}, {@code CIVITAS_DATA_DIR} or the default).
 */
final class Startup {

    private final SpringApplication application;
    private volatile Environment environment;

    Startup(Class<?> source, boolean web) {
        application = new SpringApplication(source);
        if (!web) {
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setBannerMode(Banner.Mode.OFF);
            application.setLogStartupInfo(false);
        }
        application.addListeners((ApplicationListener<?>) event -> {
            if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
                environment = prepared.getEnvironment();
            }
        });
    }

    ConfigurableApplicationContext run(String... args) {
        return application.run(args);
    }

    /** The reason a start failed, in the operator's language; Spring Boot has logged the details. */
    String explain(RuntimeException failure, CliMessages messages) {
        if (Failures.databaseInUse(failure)) {
            return messages.text("database.inUse", dataDir());
        }
        return messages.text("cannotStart", Failures.rootReason(failure), logFile());
    }

    Path dataDir() {
        String dir = environment == null ? null : environment.getProperty("civitas.data-dir");
        return Path.of(dir == null ? "data" : dir).toAbsolutePath().normalize();
    }

    String logFile() {
        String file = environment == null ? null : environment.getProperty("logging.file.name");
        return file == null ? "-" : Path.of(file).toAbsolutePath().normalize().toString();
    }
}
