package org.civitas.content.web;

import org.civitas.content.ContentTestUsers;

/** Signs the service-level user out between MockMvc calls (MockMvc signs in per request). */
final class ContentIntegrationTestAccess {

    private ContentIntegrationTestAccess() {}

    static void signOut() {
        ContentTestUsers.signOut();
    }
}
