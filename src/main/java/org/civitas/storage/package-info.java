/** Blobs (attachments, images, large files): streamed, content-addressed storage with checksums and byte ranges. */
package org.civitas.storage;
