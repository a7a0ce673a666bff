package org.civitas.storage;

/**
 * A record that carries a blob, as its owning module judges it for the current user.
 *
 * @param record the record as the audit trail names it, e.g. {@code Submission 12}
 * @param readable whether the current user may read the record (its label, state and scope), and so the blob
 * @param publishable whether the record's files may become part of a public page (a public article or a site's
 *     logo; never a desk record or one labelled above PUBLIC)
 */
public record BlobHolder(String record, boolean readable, boolean publishable) {}
