/** The installation's time zone, set for the whole JVM before the application starts. */
package org.civitas.platform.time;
