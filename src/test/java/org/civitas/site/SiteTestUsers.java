package org.civitas.site;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.civitas.identity.CivitasUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs in stand-ins for the cluster administrator and site administrators in service tests. */
final class SiteTestUsers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 9000));

    private SiteTestUsers() {}

    static void signIn(long userId, String username, String... permissions) {
        var user = new CivitasUser(
                userId, username, username, 1L, "PUBLIC", Set.of(permissions), true, false, false, null);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static void signInClusterAdministrator() {
        signIn(900_000L, "cluster", SitePermissions.SITE_CREATE, SitePermissions.SITE_MANAGE);
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A site code no other test uses: 5132 + 2 county digits + 4 digits. */
    static String newSiteCode() {
        int n = SEQUENCE.incrementAndGet();
        return String.format("51323%05d", n % 100_000);
    }

    static String newDomain(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + ".example.gov.cn";
    }
}
