package org.civitas.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civitas.platform.NavigationItem;
import org.civitas.platform.NavigationMenu;
import org.civitas.reporting.ReportingPermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The menu shows a page once, even to someone who may reach it by two entries' permissions. */
class NavigationAdviceTest {

    // two modules' menus: their entries are shown merged, in their order
    private final NavigationAdvice advice = new NavigationAdvice(List.of(
            NavigationMenu.of(new NavigationItem(
                    "nav.group.desk",
                    "nav.reporting.scores",
                    "/admin/reporting/scores",
                    ReportingPermissions.EDIT,
                    "trophy",
                    430)),
            NavigationMenu.of(
                    new NavigationItem(
                            "nav.group.desk",
                            "nav.reporting.instructions",
                            "/admin/reporting/instructions",
                            ReportingPermissions.EDIT,
                            "pen",
                            420),
                    new NavigationItem(
                            "nav.group.desk",
                            "nav.reporting.instructions",
                            "/admin/reporting/instructions",
                            ReportingPermissions.INSTRUCT,
                            "pen",
                            421))));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn(String... permissions) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "someone", "n/a", AuthorityUtils.createAuthorityList(permissions)));
    }

    @Test
    void anEntryReachableByTwoPermissionsIsShownOnceToWhoeverHoldsBoth() {
        signIn(ReportingPermissions.EDIT, ReportingPermissions.INSTRUCT);
        assertThat(advice.navigation().get("nav.group.desk"))
                .extracting(NavigationItem::href)
                .containsExactly("/admin/reporting/instructions", "/admin/reporting/scores");
    }

    @Test
    void eachPermissionAloneStillShowsTheEntry() {
        signIn(ReportingPermissions.INSTRUCT);
        assertThat(advice.navigation().get("nav.group.desk"))
                .extracting(NavigationItem::messageKey)
                .containsExactly("nav.reporting.instructions");
        signIn(ReportingPermissions.EDIT);
        assertThat(advice.navigation().get("nav.group.desk"))
                .extracting(NavigationItem::href)
                .containsExactly("/admin/reporting/instructions", "/admin/reporting/scores");
    }
}
