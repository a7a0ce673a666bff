package org.civitas.platform;

import java.util.List;

/**
 * Several entries of the console navigation declared together, as one bean: a module with many entries
 * lists them in one place instead of one bean method each. The layout shows them as if each were a
 * {@link NavigationItem} bean.
 */
public record NavigationMenu(List<NavigationItem> items) {

    public NavigationMenu {
        items = List.copyOf(items);
    }

    public static NavigationMenu of(NavigationItem... items) {
        return new NavigationMenu(List.of(items));
    }
}
