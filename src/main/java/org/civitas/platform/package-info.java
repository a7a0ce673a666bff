/** Shared kernel: web layout, navigation, i18n, error handling, clock and the contract for audited events. */
package org.civitas.platform;
