package org.civitas.workflow.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.civitas.identity.OrganisationDirectory;
import org.civitas.identity.OrganisationView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Readable names for candidate groups: {@code role:editor@org:5} becomes "角色 editor（宣传部）". */
@Component
class GroupLabels {

    private final OrganisationDirectory organisations;
    private final MessageSource messages;

    GroupLabels(OrganisationDirectory organisations, MessageSource messages) {
        this.organisations = organisations;
        this.messages = messages;
    }

    Map<String, String> of(Collection<String> groups, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        groups.stream().filter(Objects::nonNull).distinct().forEach(g -> labels.put(g, label(g, locale)));
        return labels;
    }

    private String label(String group, Locale locale) {
        if (!group.startsWith("role:")) {
            return group;
        }
        String rest = group.substring("role:".length());
        int at = rest.indexOf("@org:");
        if (at < 0) {
            return messages.getMessage("workflow.group.role", new Object[] {rest}, locale);
        }
        String organisation = rest.substring(at + "@org:".length());
        try {
            organisation = organisations
                    .find(Long.parseLong(organisation))
                    .map(OrganisationView::name)
                    .orElse(organisation);
        } catch (NumberFormatException e) {
            // not an organisation id: show it as it is
        }
        return messages.getMessage("workflow.group.roleAt", new Object[] {rest.substring(0, at), organisation}, locale);
    }
}
