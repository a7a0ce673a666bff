/** Exchange with the outside: the command line; backup and restore; later Lotus Notes DXL import and sync. */
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
            "storage :: trusted"
        })
package org.civitas.exchange;
