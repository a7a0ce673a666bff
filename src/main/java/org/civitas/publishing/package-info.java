/**
 * The public face of the site cluster: resolves a request to a site, renders its pages from the site's
 * sandboxed theme, keeps them as bytes in a cache evicted by publish events, writes feeds and sitemaps,
 * and exports whole sites as static files for nginx or a CDN.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "content",
            "identity",
            "platform",
            "site",
            "site :: trusted",
            "storage",
            "storage :: trusted"
        })
package org.civitas.publishing;
