/** The information desk: reporting units, submissions (来稿), sign-off, adoption and near-duplicate detection. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "identity",
            "identity :: trusted",
            "journal",
            "journal :: trusted",
            "platform",
            "platform :: crypto",
            "statistics",
            "storage",
            "storage :: trusted",
            "workflow"
        })
package org.civitas.reporting;
