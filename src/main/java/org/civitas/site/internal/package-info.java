/** Persistence, rules and services of the site module. */
package org.civitas.site.internal;
