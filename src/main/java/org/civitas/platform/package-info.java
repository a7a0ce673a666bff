/** Shared kernel: web layout, navigation, i18n, error handling, clock and the contract for audited events. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.civitas.platform;
