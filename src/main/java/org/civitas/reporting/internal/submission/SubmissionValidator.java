package org.civitas.reporting.internal.submission;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civitas.identity.AccessControl;
import org.civitas.identity.SecurityLabels;
import org.civitas.platform.DomainException;
import org.civitas.platform.RichText;
import org.civitas.reporting.SubmissionDraft;
import org.civitas.reporting.SubmissionFileAccess;
import org.springframework.stereotype.Component;

/** Checks what a unit or an editor typed; refusals name the field. */
@Component
public class SubmissionValidator {

    static final int MAX_TITLE = 200;
    static final int MAX_SIGNER = 50;
    static final int MAX_CONTACT = 200;
    static final int MAX_REASON = 2000;
    static final int MAX_ATTACHMENTS = 20;

    /** A picture of the body served as a submission's file. */
    private static final Pattern PICTURE =
            Pattern.compile("<img[^>]*\\ssrc=\"" + Pattern.quote(SubmissionFileAccess.PATH) + "([0-9]{1,18})\"");

    private final SecurityLabels labels;
    private final AccessControl access;
    private final SubmissionFileAccess files;

    SubmissionValidator(SecurityLabels labels, AccessControl access, SubmissionFileAccess files) {
        this.labels = labels;
        this.access = access;
        this.files = files;
    }

    SubmissionContent check(SubmissionDraft form) {
        if (form == null) {
            throw new DomainException("reporting.form.required");
        }
        String title = title(form.title());
        String body = RichText.clean(form.body());
        String plain = RichText.toPlainText(body);
        if (plain.isBlank()) {
            throw DomainException.onField("body", "reporting.body.required");
        }
        if (form.category() == null) {
            throw DomainException.onField("category", "reporting.category.required");
        }
        if (form.urgency() == null) {
            throw DomainException.onField("urgency", "reporting.urgency.required");
        }
        String label = label(form.label());
        String signer = strip(form.signer());
        if (signer == null) {
            throw DomainException.onField("signer", "reporting.signer.required");
        }
        if (signer.length() > MAX_SIGNER) {
            throw DomainException.onField("signer", "reporting.signer.tooLong", MAX_SIGNER);
        }
        String contact = strip(form.contact());
        if (contact != null && contact.length() > MAX_CONTACT) {
            throw DomainException.onField("contact", "reporting.contact.tooLong", MAX_CONTACT);
        }
        return new SubmissionContent(
                title,
                body,
                plain,
                form.category(),
                form.urgency(),
                label,
                signer,
                contact,
                attachments(form.attachmentIds()),
                pictures(body));
    }

    public String title(String value) {
        String title = strip(value);
        if (title == null) {
            throw DomainException.onField("title", "reporting.title.required");
        }
        if (title.length() > MAX_TITLE) {
            throw DomainException.onField("title", "reporting.title.tooLong", MAX_TITLE);
        }
        return title;
    }

    /** Sanitized rich text that must have some text. */
    public String body(String value) {
        String body = RichText.clean(value);
        if (RichText.toPlainText(body).isBlank()) {
            throw DomainException.onField("body", "reporting.body.required");
        }
        return body;
    }

    public String reason(String value) {
        String reason = strip(value);
        if (reason == null) {
            throw DomainException.onField("reason", "reporting.reason.required");
        }
        if (reason.length() > MAX_REASON) {
            throw DomainException.onField("reason", "reporting.reason.tooLong", MAX_REASON);
        }
        return reason;
    }

    /** A known label the writer may read: nobody may write an item they could not read afterwards. */
    private String label(String code) {
        String value = strip(code);
        if (value == null) {
            return labels.lowest().code();
        }
        var label = labels.find(value)
                .orElseThrow(() -> DomainException.onField("label", "reporting.label.unknown", value));
        if (!access.canRead(label.code())) {
            throw DomainException.onField("label", "reporting.label.aboveClearance", label.code());
        }
        return label.code();
    }

    private List<Long> attachments(List<Long> ids) {
        var unique = new LinkedHashSet<Long>();
        for (Long id : ids) {
            if (id == null) {
                continue;
            }
            // only a file the writer uploaded or can already read: an id alone must not open another unit's file
            if (files.readable(id).isEmpty()) {
                throw DomainException.onField("attachmentIds", "reporting.attachment.unknown", Long.toString(id));
            }
            unique.add(id);
        }
        if (unique.size() > MAX_ATTACHMENTS) {
            throw DomainException.onField("attachmentIds", "reporting.attachment.tooMany", MAX_ATTACHMENTS);
        }
        return List.copyOf(unique);
    }

    /** The blobs the body shows at {@link SubmissionFileAccess#PATH}, each one the writer may read. */
    private Set<Long> pictures(String body) {
        var ids = new LinkedHashSet<Long>();
        Matcher m = PICTURE.matcher(body);
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            if (ids.add(id) && files.readable(id).isEmpty()) {
                throw DomainException.onField("body", "reporting.picture.unknown", Long.toString(id));
            }
        }
        return Set.copyOf(ids);
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
