package org.civitas.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database and data directory of its own: an in-memory H2
 * database by default, or a fresh schema on the PostgreSQL at 127.0.0.1:5432 when the system
 * property {@code civitas.test.database=postgres} is set (the second surefire pass). The schema
 * is dropped when the context closes.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var env = context.getEnvironment();
        // a benchmark (bench/desk) names its own long-lived database
        if (env.getPropertySources().contains("civitasTestDatabase") || Boolean.getBoolean("civitas.bench")) {
            return;
        }
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> props = new HashMap<>();
        props.put("civitas.data-dir", tempDir(id).toString());
        if (TestDatabases.postgresRequested()) {
            String schema = "civitas_t" + id;
            props.put("spring.datasource.url", TestDatabases.POSTGRES_URL + "?currentSchema=" + schema);
            props.put("spring.datasource.username", TestDatabases.POSTGRES_USER);
            props.put("spring.datasource.password", "");
            props.put("spring.flyway.schemas", schema);
            props.put("spring.flyway.default-schema", schema);
            props.put("flowable.database-schema", schema);
            // registered first, so destroyed last: after the pools, the engine and the event registry are done
            context.getBeanFactory()
                    .registerSingleton("civitasTestSchemaDropper", (DisposableBean) () -> dropSchema(schema));
        } else {
            props.put("spring.datasource.url", "jdbc:h2:mem:civitas" + id + ";DB_CLOSE_DELAY=-1");
        }
        env.getPropertySources().addFirst(new MapPropertySource("civitasTestDatabase", props));
    }

    private static Path tempDir(String id) {
        try {
            return Files.createTempDirectory("civitas-test-" + id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dropSchema(String schema) {
        try (var c = DriverManager.getConnection(TestDatabases.POSTGRES_URL, TestDatabases.POSTGRES_USER, "");
                var s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
        }
    }
}
