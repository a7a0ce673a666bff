/**
 * Journals (刊物) and their editions (期): compilation, numbering, sign-off, release to an audience,
 * export and forwarding. This package is the module's API.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "identity",
            "identity :: trusted",
            "platform",
            "storage",
            "storage :: trusted",
            "workflow"
        })
package org.civitas.journal;
