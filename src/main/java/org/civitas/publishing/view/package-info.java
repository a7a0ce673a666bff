/**
 * The view models public-site themes see: read-only records built from other modules' views, whose
 * component names are the only names a theme template may use (the sandbox derives its allow-list from
 * them, see docs/themes.md).
 */
@org.springframework.modulith.NamedInterface("view")
package org.civitas.publishing.view;
