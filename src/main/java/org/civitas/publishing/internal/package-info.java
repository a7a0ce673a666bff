/** How public pages are made: site resolution, themes and their sandbox, rendering, the page cache, feeds and export. */
package org.civitas.publishing.internal;
