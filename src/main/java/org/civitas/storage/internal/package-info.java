/** The file-system blob store: content-addressed files under the data directory and their metadata rows. */
package org.civitas.storage.internal;
