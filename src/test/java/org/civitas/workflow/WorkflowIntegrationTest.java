package org.civitas.workflow;

import org.civitas.identity.OrganisationDirectory;
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
 * One application context for all workflow tests, with recorded events. Identity's directory is stood in
 * for by {@link WorkflowTestUsers}; its access control is the real one, reading the signed-in
 * {@link org.civitas.identity.CivitasUser} from the security context. Subclasses carry {@link org.civitas.support.DatabaseTest} themselves.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
abstract class WorkflowIntegrationTest {

    @MockitoBean
    UserDirectory directory;

    @MockitoBean
    OrganisationDirectory organisations;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void standInForIdentity() {
        WorkflowTestUsers.stub(directory, organisations);
    }

    @AfterEach
    void signOut() {
        WorkflowTestUsers.signOut();
    }
}
