package org.civitas.platform;

import java.util.List;

/**
 * A module's entries of the console navigation, declared together as one bean: each module lists all its
 * entries in one place. The layout merges the menus of all modules by each entry's {@code order}.
 */
public record NavigationMenu(List<NavigationItem> items) {

    public NavigationMenu {
        items = List.copyOf(items);
    }

    public static NavigationMenu of(NavigationItem... items) {
        return new NavigationMenu(List.of(items));
    }
}
