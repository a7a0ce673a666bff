/** Exchange with the outside: the command line; later Lotus Notes DXL import and sync, backup and restore. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "content",
            "content :: trusted",
            "identity",
            "identity :: trusted",
            "platform",
            "platform :: crypto",
            "publishing",
            "search",
            "site",
            "site :: trusted",
            "storage",
            "storage :: trusted"
        })
package org.civitas.exchange;
