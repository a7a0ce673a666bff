package org.civitas.journal.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.civitas.identity.AccessControl;
import org.civitas.identity.SecurityLabel;
import org.civitas.identity.SecurityLabels;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.journal.Credit;
import org.civitas.journal.EditionItemDraft;
import org.civitas.journal.ItemUse;
import org.civitas.platform.DomainException;
import org.civitas.platform.RichText;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Validation of what editions are made of; every refusal says why. */
@Component
class EditionRules implements LabelOrder {

    static final int MAX_BODY = 100_000;
    private static final Pattern SOURCE_TYPE = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

    private final SecurityLabels labels;
    private final OrganisationDirectory organisations;
    private final AccessControl access;
    private final PictureUse pictures;

    EditionRules(
            SecurityLabels labels, OrganisationDirectory organisations, AccessControl access, PictureUse pictures) {
        this.labels = labels;
        this.organisations = organisations;
        this.access = access;
        this.pictures = pictures;
    }

    /** A checked item, ready to be stored. */
    record ItemContent(
            String section,
            String title,
            String bodyHtml,
            List<CreditValue> credits,
            String sourceType,
            String sourceId,
            ItemUse use,
            String label) {

        /** The item's own label, or the edition's for an item without one. */
        String labelIn(String editionLabel) {
            return label == null ? editionLabel : label;
        }
    }

    ItemContent item(EditionItemDraft draft) {
        if (draft == null) {
            throw new DomainException("journal.item.required");
        }
        String section = sectionTitle(draft.section());
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw DomainException.onField("title", "journal.item.title.invalid", 200);
        }
        String body = RichText.clean(draft.bodyHtml());
        if (RichText.toPlainText(body).isBlank()) {
            throw DomainException.onField("bodyHtml", "journal.item.body.required");
        }
        if (body.length() > MAX_BODY) {
            throw DomainException.onField("bodyHtml", "journal.item.body.tooLong", MAX_BODY);
        }
        // every reader of the edition will see its pictures: only pictures the compiler may read go in
        pictures.requireUsable(body);
        List<CreditValue> credits = new ArrayList<>();
        for (Credit c : draft.credits()) {
            var organisation = organisations
                    .find(c.organisationId())
                    .orElseThrow(() ->
                            DomainException.onField("credits", "journal.item.credit.unknown", c.organisationId()));
            String name = c.organisationName() == null || c.organisationName().isBlank()
                    ? organisation.name()
                    : c.organisationName().strip();
            if (credits.stream().noneMatch(v -> v.organisationId() == c.organisationId())) {
                credits.add(new CreditValue(c.organisationId(), name.length() > 200 ? name.substring(0, 200) : name));
            }
        }
        String type = blankToNull(draft.sourceType());
        String id = blankToNull(draft.sourceId());
        if ((type == null) != (id == null)
                || type != null && (!SOURCE_TYPE.matcher(type).matches() || id.length() > 64)) {
            throw new DomainException("journal.item.source.invalid", type + ":" + id);
        }
        String label = blankToNull(draft.label());
        if (label != null && labels.find(label).isEmpty()) {
            throw DomainException.onField("label", "journal.label.unknown", label);
        }
        return new ItemContent(section, title, body, credits, type, id, draft.use(), label);
    }

    static String sectionTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.length() > 100) {
            throw DomainException.onField("title", "journal.section.title.tooLong", 100);
        }
        return t;
    }

    static String editorNote(String note) {
        String n = blankToNull(note);
        if (n != null && n.length() > 2000) {
            throw DomainException.onField("editorNote", "journal.edition.note.tooLong", 2000);
        }
        return n;
    }

    /** A known label the compiler may read (nobody files an edition they could not read themselves). */
    String label(String code) {
        if (labels.find(code).isEmpty()) {
            throw DomainException.onField("securityLabel", "journal.label.unknown", code);
        }
        if (!access.canRead(code)) {
            throw DomainException.onField("securityLabel", "journal.edition.label.aboveClearance", code);
        }
        return code;
    }

    @Override
    public int rank(String code) {
        return labels.find(code).map(SecurityLabel::rank).orElse(Integer.MAX_VALUE);
    }

    @Override
    public Object shown(String code) {
        return labels.find(code)
                .map(l -> (Object) l.name(LocaleContextHolder.getLocale()))
                .orElse(code);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
