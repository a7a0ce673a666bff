package org.civitas.journal;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.civitas.identity.CivitasUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs in stand-ins for the information office and readers in journal service tests. */
final class JournalTestUsers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 9000));

    private JournalTestUsers() {}

    static CivitasUser user(long id, String username, long organisationId, String clearance, String... permissions) {
        return new CivitasUser(
                id, username, username, organisationId, clearance, Set.of(permissions), true, false, false, null);
    }

    static void signIn(CivitasUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** The office head who defines journals and compiles editions, cleared for everything. */
    static void signInOffice() {
        signIn(user(
                910_000L,
                "office",
                1L,
                "SENSITIVE",
                JournalPermissions.MANAGE,
                JournalPermissions.COMPILE,
                JournalPermissions.READ));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A journal code no other test uses. */
    static String newCode(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet();
    }
}
