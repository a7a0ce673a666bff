/**
 * Trusted ports of the identity module: they check no permission, so a caller checks access (or runs as the
 * operator) before it hands anything out. Other modules list "identity :: trusted" among their allowed dependencies.
 */
@org.springframework.modulith.NamedInterface("trusted")
package org.civitas.identity.trusted;
