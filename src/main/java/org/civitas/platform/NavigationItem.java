package org.civitas.platform;

/**
 * An entry of the console navigation. Modules declare their entries as beans; the layout shows an
 * entry only to users holding {@code permission} (or to every signed-in user when it is {@code null}).
 *
 * @param group message key of the navigation group the entry belongs to
 * @param messageKey message key of the entry's label
 * @param href console-relative link, e.g. {@code /admin/users}
 * @param permission authority needed to see the entry, {@code resource:action}
 * @param icon Bootstrap Icons name without the {@code bi-} prefix
 * @param order position within the group
 */
public record NavigationItem(String group, String messageKey, String href, String permission, String icon, int order) {}
