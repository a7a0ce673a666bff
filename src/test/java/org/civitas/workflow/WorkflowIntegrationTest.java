package org.civitas.workflow;

import org.civitas.identity.AccessControl;
import org.civitas.identity.Organisations;
import org.civitas.identity.UserDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * One application context for all workflow tests (identity stood in for by {@link WorkflowTestUsers}),
 * with recorded events. Subclasses carry {@link org.civitas.support.DatabaseTest} themselves.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
abstract class WorkflowIntegrationTest {

    @MockitoBean
    AccessControl access;

    @MockitoBean
    UserDirectory directory;

    @MockitoBean
    Organisations organisations;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void standInForIdentity() {
        WorkflowTestUsers.stub(access, directory, organisations);
    }

    @AfterEach
    void signOut() {
        WorkflowTestUsers.signOut();
    }
}
