/**
 * Implementation of the reporting module, one sub-package per aggregate ({@code submission}, {@code adoption},
 * {@code commission}, {@code instruction}, {@code scoring}, {@code units}) plus {@code demo} for demo data; here
 * only the module's permissions and menu, settings, its part of the console home and its search texts.
 */
package org.civitas.reporting.internal;
