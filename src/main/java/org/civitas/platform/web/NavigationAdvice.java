package org.civitas.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.NavigationMenu;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the console navigation (the entries of every module's {@link NavigationMenu}), filtered by the
 * signed-in user's permissions, into every console model.
 */
@ControllerAdvice(basePackages = "org.civitas")
class NavigationAdvice {

    private final List<NavigationItem> items;

    /**
     * Entries of equal position are ordered by group, so that the menu does not depend on the order in
     * which Spring happens to find the modules' menus (content's articles and reporting's desk share 400).
     */
    NavigationAdvice(List<NavigationMenu> menus) {
        this.items = menus.stream()
                .flatMap(menu -> menu.items().stream())
                .sorted(Comparator.comparingInt(NavigationItem::order).thenComparing(NavigationItem::group))
                .toList();
    }

    /** The request path, so that the layout can mark the current navigation entry. */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Navigation groups in the order of their first entry, each with the entries this user may see. Two
     * entries may lead to the same page for different permissions (领导批示 for the office's editors and for
     * leaders): a user holding both sees it once, where it comes first.
     */
    @ModelAttribute("navigation")
    Map<String, List<NavigationItem>> navigation() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Map.of();
        }
        Set<String> granted = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Map<String, List<NavigationItem>> groups = new LinkedHashMap<>();
        Set<String> shown = new java.util.HashSet<>();
        for (NavigationItem item : items) {
            if (item.visibleTo(granted) && shown.add(item.href())) {
                groups.computeIfAbsent(item.group(), g -> new java.util.ArrayList<>())
                        .add(item);
            }
        }
        return groups;
    }
}
