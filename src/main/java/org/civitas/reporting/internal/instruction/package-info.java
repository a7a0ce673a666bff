/** Leaders' instructions (批示) on adopted items and editions, and the office's follow-up register. */
package org.civitas.reporting.internal.instruction;
