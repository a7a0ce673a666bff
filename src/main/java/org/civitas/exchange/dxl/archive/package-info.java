/** Importing DXL exports into Civitas: the legacy-document archive, the per-form mapping, import and verification. */
package org.civitas.exchange.dxl.archive;
