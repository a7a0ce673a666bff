/** Implementation of the journal module: entities, repositories, rules and services. */
package org.civitas.journal.internal;
