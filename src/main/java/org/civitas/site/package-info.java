/** The website cluster: sites (portal and sub-sites), channel blueprints and each site's channel tree. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "identity :: trusted", "platform"})
package org.civitas.site;
