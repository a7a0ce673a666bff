/** Console pages of the journal module. */
package org.civitas.journal.web;
