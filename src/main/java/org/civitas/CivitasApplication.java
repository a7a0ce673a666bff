package org.civitas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Civitas: one application serving a government website cluster and an information desk. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "platform")
public class CivitasApplication {

    public static void main(String[] args) {
        org.civitas.exchange.CommandLineLauncher.launch(CivitasApplication.class, args);
    }

    /** Starts the web application directly, bypassing the command line (used by tests and IDEs). */
    public static void serve(String... args) {
        SpringApplication.run(CivitasApplication.class, args);
    }
}
