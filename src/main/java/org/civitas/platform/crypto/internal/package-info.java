/** Keystore loading, the SM4-GCM field cipher and the discovery and migration of sensitive columns. */
package org.civitas.platform.crypto.internal;
