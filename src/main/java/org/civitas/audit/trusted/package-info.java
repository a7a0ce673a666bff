/** Trusted ports of the audit module (no permission checks): for the operator's command line. */
@org.springframework.modulith.NamedInterface("trusted")
package org.civitas.audit.trusted;
