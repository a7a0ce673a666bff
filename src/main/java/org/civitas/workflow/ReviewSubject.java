package org.civitas.workflow;

import org.civitas.platform.AuditedObject;

/**
 * The item under review, as its owning module describes it. The workflow module never reads the item
 * itself; it keeps this description with the review and hands it back in tasks, history and events.
 *
 * @param type module and kind of item, e.g. {@code content.article}, {@code reporting.submission}
 * @param id the item's identifier within its type
 * @param title what the inbox shows
 * @param author username of whoever submitted the item; "return to author" sends it back to them
 * @param organisationId the organisation the item belongs to, or {@code null}; steps scoped to the
 *     subject's organisation need it
 */
public record ReviewSubject(String type, String id, String title, String author, Long organisationId)
        implements AuditedObject {

    /** The audit trail names the subject by its aggregate ({@code content.article} → {@code Article}). */
    @Override
    public String auditObjectType() {
        return AuditedObject.typeOf(type);
    }

    @Override
    public String auditObjectId() {
        return id;
    }
}
