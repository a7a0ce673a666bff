package org.civitas.identity;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Managing users (system administrator) and one's own password, within the caller's data scope. */
public interface UserService {

    Page<UserView> search(String text, Long organisationId, Pageable page);

    UserView get(long id);

    /** Creates a user who must change the initial password at first login. */
    CreatedUser create(UserForm form);

    UserView update(long id, UserForm form);

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
