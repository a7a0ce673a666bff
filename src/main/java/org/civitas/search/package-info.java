/**
 * Unified Chinese full-text search: public search on every site (published articles and the text of
 * their attachments) and console search over submissions, adoptions, editions and articles, filtered by
 * organisation scope and clearance inside the query. Indexes follow the other modules' events; a full
 * reindex and a drift check repair what events could not.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "content",
            "identity",
            "journal",
            "journal :: trusted",
            "platform",
            "publishing",
            "publishing :: view",
            "reporting",
            "reporting :: trusted",
            "site",
            "site :: trusted",
            "storage :: trusted"
        })
package org.civitas.search;
