package org.civitas.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.civitas.support.DatabaseTest;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The engine lives in the application's own schema (also the per-test schema on PostgreSQL), without Flowable's IDM. */
@DatabaseTest
class WorkflowEngineIntegrationTest extends WorkflowIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repository;

    @Autowired
    ApplicationContext context;

    @Test
    void flowableTablesAreInTheApplicationSchemaAndItsIdmIsOff() {
        assertThat(tablesHere("act_ru_task")).isOne();
        assertThat(tablesHere("review_chain")).isOne();
        // other test contexts of this JVM have schemas of their own; what must not happen is that
        // Flowable ignores the configured schema and writes to the database's default one
        assertThat(tablesInDefaultSchema("act_ru_task"))
                .as("no Flowable tables in the default schema")
                .isZero();
        assertThat(tablesHere("act_id_user")).as("Flowable IDM tables").isZero();
        assertThat(context.getBeanNamesForType(org.flowable.idm.api.IdmIdentityService.class))
                .isEmpty();
    }

    @Test
    void theReviewProcessIsDeployedOnceHoweverOftenTheApplicationStarts() {
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("civitasReviewChain")
                        .count())
                .isOne();
        context.getBean("reviewProcessDeployment", org.springframework.beans.factory.SmartInitializingSingleton.class)
                .afterSingletonsInstantiated();
        assertThat(repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey("civitasReviewChain")
                        .count())
                .isOne();
    }

    private int tablesHere(String table) {
        return jdbc.queryForObject(
                "select count(*) from information_schema.tables where lower(table_name) = ? "
                        + "and lower(table_schema) = lower(current_schema())",
                Integer.class,
                table);
    }

    private int tablesInDefaultSchema(String table) {
        return jdbc.queryForObject(
                "select count(*) from information_schema.tables where lower(table_name) = ? "
                        + "and lower(table_schema) in ('public', 'PUBLIC') and lower(table_schema) <> lower(current_schema())",
                Integer.class,
                table);
    }
}
