package org.civitas.identity;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * Managing users (system administrator; other administrators' accounts by the security
 * administrator) and one's own password, within the caller's data scope and the table of duties.
 */
public interface UserService {

    Page<UserView> search(String text, Long organisationId, Pageable page);

    UserView get(long id);

    /** Creates a user who must change the initial password at first login. */
    CreatedUser create(UserDraft form);

    /**
     * Creates a service account for a machine client: it cannot sign in on the console, and its
     * tokens are issued by the security administrator. {@code initialPassword} is ignored.
     */
    UserView createServiceAccount(UserDraft form);

    /**
     * The names of the operations on accounts the caller may perform on this account (for the
     * console to offer only those), e.g. {@code RESET_PASSWORD}, {@code ISSUE_TOKEN}.
     */
    java.util.Set<String> operationsOn(long id);

    UserView update(long id, UserDraft form);

    void setEnabled(long id, boolean enabled);

    void unlock(long id);

    /** Replaces the password with a generated one, shown once; the user must change it at next login. */
    String resetPassword(long id);

    /**
     * The signed-in user replaces their own password; the policy and the reuse rule apply. A wrong current
     * password counts as a failed sign-in; when it locks the account this throws Spring Security's
     * {@code LockedException} (the console then signs the user out).
     */
    void changeOwnPassword(String currentPassword, String newPassword);

    /** A new user and, when it was generated, the initial password to hand over. */
    record CreatedUser(UserView user, String initialPassword) {}
}
