/** Blobs (attachments, images, large files): streamed, content-addressed storage with checksums and byte ranges. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "platform :: crypto"})
package org.civitas.storage;
