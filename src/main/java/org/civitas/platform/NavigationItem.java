package org.civitas.platform;

/**
 * An entry of the console navigation. Modules declare their entries in a {@link NavigationMenu}; the layout shows an
 * entry only to users holding {@code permission} (or to every signed-in user when it is {@code null})
 * and, when the entry has a {@code guard}, only when the guard admits them: the guard is the one the
 * page's controller asks, so that an entry never leads to a refusal.
 *
 * @param group message key of the navigation group the entry belongs to
 * @param messageKey message key of the entry's label
 * @param href console-relative link, e.g. {@code /admin/users}
 * @param permission authority needed to see the entry, {@code resource:action}
 * @param icon Bootstrap Icons name without the {@code bi-} prefix
 * @param order position within the group
 * @param guard the page's own access check, or {@code null} when {@code permission} is all it needs
 */
public record NavigationItem(
        String group, String messageKey, String href, String permission, String icon, int order, PageGuard guard) {

    public NavigationItem(String group, String messageKey, String href, String permission, String icon, int order) {
        this(group, messageKey, href, permission, icon, order, null);
    }

    /** Whether a user holding {@code granted} sees this entry. */
    public boolean visibleTo(java.util.Set<String> granted) {
        return (permission == null || granted.contains(permission)) && (guard == null || guard.admits());
    }
}
