/**
 * Trusted ports of the content module: they check no permission, so a caller checks access (or runs as the
 * operator) before it hands anything out. Other modules list "content :: trusted" among their allowed dependencies.
 */
@org.springframework.modulith.NamedInterface("trusted")
package org.civitas.content.trusted;
