package org.civitas.workflow.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.identity.trusted.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Readable names for candidate groups: {@code role:WEB_REVIEWER@org:16} becomes "网站审核员（汶川县）",
 * by the role's and the organisation's names; a role or organisation that no longer exists is named by
 * its code or number in words, never as the raw group.
 */
@Component
class GroupLabels {

    private final OrganisationDirectory organisations;
    private final UserDirectory users;
    private final MessageSource messages;

    GroupLabels(OrganisationDirectory organisations, UserDirectory users, MessageSource messages) {
        this.organisations = organisations;
        this.users = users;
        this.messages = messages;
    }

    Map<String, String> of(Collection<String> groups, Locale locale) {
        Map<String, String> labels = new LinkedHashMap<>();
        groups.stream().filter(Objects::nonNull).distinct().forEach(g -> labels.put(g, label(g, locale)));
        return labels;
    }

    String label(String group, Locale locale) {
        if (!group.startsWith("role:")) {
            return group;
        }
        String rest = group.substring("role:".length());
        int at = rest.indexOf("@org:");
        String code = at < 0 ? rest : rest.substring(0, at);
        String role = users.roleName(code)
                .filter(name -> !name.isBlank())
                .orElseGet(() -> messages.getMessage("workflow.group.role", new Object[] {code}, locale));
        if (at < 0) {
            return role;
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
        return messages.getMessage("workflow.group.at", new Object[] {role, organisation}, locale);
    }
}
