/** The content module's demo data: articles of the demo sites and the web editors' teams, created only when demo data is switched on. */
package org.civitas.content.internal.demo;
