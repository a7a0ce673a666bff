package org.civitas.identity;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the rest of the application sees them. Authorities are the permission
 * codes ({@code resource:action}) of all the user's role grants.
 */
public final class CivitasUser implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private final long organisationId;
    private final String clearance;
    private final Set<String> permissions;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private String passwordHash;

    public CivitasUser(
            long id,
            String username,
            String displayName,
            long organisationId,
            String clearance,
            Set<String> permissions,
            boolean enabled,
            boolean locked,
            boolean mustChangePassword,
            String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.clearance = clearance;
        this.permissions = Set.copyOf(permissions);
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public long organisationId() {
        return organisationId;
    }

    /** Code of the highest security label this user may read. */
    public String clearance() {
        return clearance;
    }

    public Set<String> permissions() {
        return permissions;
    }

    public boolean has(String permission) {
        return permissions.contains(permission);
    }

    /** True until the user replaces an initial or reset password; the console admits nothing else until then. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return permissions.stream().map(SimpleGrantedAuthority::new).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CivitasUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "CivitasUser[" + username + "]";
    }
}
