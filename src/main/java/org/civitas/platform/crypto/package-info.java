/**
 * Commercial cryptography (国密) and its standard counterpart: digest algorithms for the audit chain
 * and file checksums, and encryption at rest of fields marked sensitive. Other modules use this
 * package as the platform's named interface {@code crypto}.
 */
@org.springframework.modulith.NamedInterface("crypto")
package org.civitas.platform.crypto;
