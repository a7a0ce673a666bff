/** The website cluster: sites (portal and sub-sites), channel blueprints and each site's channel tree. */
package org.civitas.site;
