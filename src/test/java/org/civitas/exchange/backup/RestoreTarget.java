package org.civitas.exchange.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.civitas.support.TestDatabases;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flywaydb.core.Flyway;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A second, empty installation's database for restore tests: a fresh in-memory H2 database or a fresh schema on
 * the PostgreSQL at 127.0.0.1:5432, with the schema a Civitas start creates there — Flyway's migrations up to a
 * given version, the workflow engine's tables and the event publication table — and a blob directory of its own.
 */
final class RestoreTarget implements AutoCloseable {

    private final DriverManagerDataSource dataSource;
    private final String postgresSchema;
    final Path blobs;

    private RestoreTarget(DriverManagerDataSource dataSource, String postgresSchema, Path blobs) {
        this.dataSource = dataSource;
        this.postgresSchema = postgresSchema;
        this.blobs = blobs;
    }

    static RestoreTarget h2(String schemaVersion) throws Exception {
        String url = "jdbc:h2:mem:restore" + id() + ";DB_CLOSE_DELAY=-1";
        var target = new RestoreTarget(new DriverManagerDataSource(url, "sa", ""), null, blobDir());
        target.create(schemaVersion, "h2", null);
        return target;
    }

    static RestoreTarget postgres(String schemaVersion) throws Exception {
        String schema = "civitas_r" + id();
        try (Connection c = DriverManager.getConnection(TestDatabases.POSTGRES_URL, TestDatabases.POSTGRES_USER, "")) {
            c.createStatement().execute("create schema " + schema);
        }
        var target = new RestoreTarget(
                new DriverManagerDataSource(
                        TestDatabases.POSTGRES_URL + "?currentSchema=" + schema, TestDatabases.POSTGRES_USER, ""),
                schema,
                blobDir());
        target.create(schemaVersion, "postgresql", schema);
        return target;
    }

    DataSource dataSource() {
        return dataSource;
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    String schemaVersion() {
        return flyway(null, postgresSchema == null ? "h2" : "postgresql", postgresSchema)
                .info()
                .current()
                .getVersion()
                .getVersion();
    }

    private void create(String schemaVersion, String vendor, String schema) throws Exception {
        flyway(schemaVersion, vendor, schema).migrate();
        ProcessEngineConfiguration engine = new StandaloneProcessEngineConfiguration()
                .setDataSource(dataSource)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setAsyncExecutorActivate(false);
        if (schema != null) {
            engine.setDatabaseSchema(schema);
        }
        ((StandaloneProcessEngineConfiguration) engine).setDisableIdmEngine(true);
        engine.buildProcessEngine().close();
        try (Connection c = dataSource.getConnection()) {
            ScriptUtils.executeSqlScript(
                    c,
                    new ClassPathResource(
                            "org/springframework/modulith/events/jdbc/schemas/v2/schema-" + vendor + ".sql"));
        }
    }

    private Flyway flyway(String target, String vendor, String schema) {
        var config = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor);
        if (target != null) {
            config.target(target);
        }
        if (schema != null) {
            config.schemas(schema).defaultSchema(schema);
        }
        return config.load();
    }

    @Override
    public void close() throws Exception {
        if (postgresSchema != null) {
            try (Connection c = dataSource.getConnection()) {
                c.createStatement().execute("drop schema if exists " + postgresSchema + " cascade");
            }
        } else {
            try (Connection c = dataSource.getConnection()) {
                c.createStatement().execute("shutdown");
            }
        }
    }

    private static String id() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static Path blobDir() throws Exception {
        return Files.createTempDirectory("civitas-restore-blobs");
    }
}
