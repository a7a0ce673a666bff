package org.civitas.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.civitas.platform.HomeContributor;
import org.civitas.platform.HomeContributor.PendingWork;
import org.civitas.platform.HomeContributor.RecentItem;
import org.civitas.platform.HomeContributor.Shortcut;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The console's landing page, a work page: what waits for the signed-in person, what they worked on last and
 * where their job starts, each part contributed by the module that owns it ({@link HomeContributor}).
 */
@Controller
class HomeController {

    /** Recent items shown, over all modules. */
    static final int RECENT = 8;

    private final List<HomeContributor> contributors;

    HomeController(List<HomeContributor> contributors) {
        this.contributors = contributors;
    }

    @GetMapping({"/admin", "/admin/", "/admin/home"})
    String home(Model model, Authentication auth) {
        Set<String> granted = auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        model.addAttribute(
                "pendingWork",
                contributors.stream()
                        .flatMap(c -> c.pendingWork().stream())
                        .sorted(Comparator.comparingInt(PendingWork::order))
                        .toList());
        model.addAttribute(
                "recentItems",
                contributors.stream()
                        .flatMap(c -> c.recentItems(RECENT).stream())
                        .sorted(Comparator.comparing(RecentItem::at).reversed())
                        .limit(RECENT)
                        .toList());
        model.addAttribute(
                "shortcuts",
                contributors.stream()
                        .flatMap(c -> c.shortcuts().stream())
                        .filter(s -> s.permission() == null || granted.contains(s.permission()))
                        .sorted(Comparator.comparingInt(Shortcut::order))
                        .toList());
        return "admin/home/index";
    }
}
