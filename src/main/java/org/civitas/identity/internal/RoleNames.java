package org.civitas.identity.internal;

import java.util.Locale;
import org.civitas.identity.RoleView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A role's name and description in the reader's language. Built-in and demo roles have theirs in the
 * bundles under {@code role.label.<CODE>} and {@code role.about.<CODE>}; they are shown from there
 * while the stored text is still the one the installation wrote (in either language, or the older
 * "中文 / English" form). A role an administrator created, or renamed, is shown as they wrote it.
 */
@Component
class RoleNames {

    private static final String NAME = "role.label.";
    private static final String DESCRIPTION = "role.about.";

    private final MessageSource messages;

    RoleNames(MessageSource messages) {
        this.messages = messages;
    }

    String name(String code, String stored) {
        return localised(NAME + code, stored);
    }

    String description(String code, String stored) {
        // demo data stores a role's name as its description too: that is the shipped text as well
        String chineseName = messages.getMessage(NAME + code, null, null, Locale.SIMPLIFIED_CHINESE);
        return localised(DESCRIPTION + code, stored != null && stored.equals(chineseName) ? null : stored);
    }

    /** The role as the reader sees it, in their language. */
    RoleView view(Role r) {
        return new RoleView(
                r.id(),
                r.code(),
                name(r.code(), r.name()),
                description(r.code(), r.description()),
                r.builtin(),
                r.permissions());
    }

    private String localised(String key, String stored) {
        String chinese = messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE);
        if (chinese == null) {
            return stored;
        }
        String english = messages.getMessage(key, null, null, Locale.ENGLISH);
        boolean asShipped = stored == null
                || stored.isBlank()
                || stored.equals(chinese)
                || stored.equals(english)
                || stored.startsWith(chinese + " / ");
        return asShipped ? messages.getMessage(key, null, stored, LocaleContextHolder.getLocale()) : stored;
    }
}
