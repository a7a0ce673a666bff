/** The console pages of the website cluster: sites, channels, blueprints and compliance. */
package org.civitas.site.web;
