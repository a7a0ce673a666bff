/** Exchange with the outside: the command line, Lotus Notes DXL import, backup and restore; later sync. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "audit",
            "audit :: trusted",
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
