/** The append-only, hash-chained audit trail: who did what, when, from where, and with what outcome. */
package org.civitas.audit;
