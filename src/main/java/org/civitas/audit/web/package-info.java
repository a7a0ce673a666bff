/** The audit console: filtered, paged list, CSV export and chain verification under /admin/audit. */
package org.civitas.audit.web;
