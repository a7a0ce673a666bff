/**
 * Journals (刊物) and their editions (期): compilation, numbering, sign-off, release to an audience,
 * export and forwarding. This package is the module's API.
 */
package org.civitas.journal;
