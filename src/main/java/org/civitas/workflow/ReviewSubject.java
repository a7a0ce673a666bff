package org.civitas.workflow;

import java.util.regex.Pattern;
import org.civitas.platform.AuditedObject;
import org.civitas.platform.DomainException;

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

    /** Lower-case module and kind, e.g. {@code content.article}; never a {@code /}, which separates type and id. */
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

    /** What an owning module must say about the item it sends for review; refused with a reason otherwise. */
    public ReviewSubject {
        if (type == null || !TYPE.matcher(type).matches()) {
            throw new DomainException("workflow.subject.type.invalid");
        }
        if (blank(id) || id.length() > 128) {
            throw new DomainException("workflow.subject.id.invalid");
        }
        if (blank(title) || title.length() > 500) {
            throw new DomainException("workflow.subject.title.invalid");
        }
        if (blank(author)) {
            throw new DomainException("workflow.subject.author.required");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

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
