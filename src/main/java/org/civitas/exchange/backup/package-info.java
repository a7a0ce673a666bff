/** Logical backup and restore: the database as typed JSON Lines per table plus the blobs, in one checked archive. */
package org.civitas.exchange.backup;
