package org.civitas.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.civitas.identity.CivitasUser;
import org.civitas.identity.internal.ExternalSignIn.MappedGrant;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.SpringSecurityLdapTemplate;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;

/**
 * Signs in with the directory's password on the ordinary login form: the manager asks the local
 * password first, then this provider binds to the directory as the user, reads the user's groups
 * and organisation attribute, and hands the proven identity to {@link ExternalSignIn}. The
 * resulting authentication is an ordinary console session for the linked account.
 */
class DirectorySignIn implements SignInMethod, AuthenticationProvider {

    static final String FACTOR = "FACTOR_LDAP";

    private final DirectorySettings settings;
    private final ExternalSignIn external;
    private final BindAuthenticator authenticator;
    private final SpringSecurityLdapTemplate template;

    DirectorySignIn(DirectorySettings settings, ExternalSignIn external) {
        this.settings = settings;
        this.external = external;
        var source = new DefaultSpringSecurityContextSource(settings.url() + "/" + settings.baseDn());
        if (settings.bindDn() != null && !settings.bindDn().isBlank()) {
            source.setUserDn(settings.bindDn());
            source.setPassword(settings.bindPassword() == null ? "" : settings.bindPassword());
        }
        source.afterPropertiesSet();
        this.authenticator = new BindAuthenticator(source);
        authenticator.setUserSearch(
                new FilterBasedLdapUserSearch(settings.userSearchBase(), settings.userSearchFilter(), source));
        this.template = new SpringSecurityLdapTemplate(source);
    }

    @Override
    public String code() {
        return ExternalAccount.LDAP;
    }

    @Override
    public List<AuthenticationProvider> providers() {
        return List.of(this);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        Object password = attempt.getCredentials();
        if (username == null
                || username.isBlank()
                || password == null
                || password.toString().isEmpty()) {
            throw new BadCredentialsException("empty"); // an empty password would be an anonymous bind
        }
        DirContextOperations entry = authenticator.authenticate(attempt);
        String dn = entry.getNameInNamespace();
        CivitasUser user = external.signIn(new ExternalSignIn.Identity(
                ExternalAccount.LDAP,
                dn,
                username,
                entry.getStringAttribute(settings.displayNameAttribute()),
                organisationOf(entry),
                grantsOf(entry, dn, username),
                settings.createAccounts()));
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FACTOR));
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        result.setDetails(attempt.getDetails());
        return result;
    }

    private String organisationOf(DirContextOperations entry) {
        String value = settings.organisationAttribute() == null
                ? null
                : entry.getStringAttribute(settings.organisationAttribute());
        if (value == null || value.isBlank()) {
            return settings.defaultOrganisation();
        }
        return settings.organisations().getOrDefault(value, value);
    }

    private List<MappedGrant> grantsOf(DirContextOperations entry, String dn, String username) {
        Set<LdapName> groups = new LinkedHashSet<>();
        if (settings.groupAttribute() != null && !settings.groupAttribute().isBlank()) {
            String[] values = entry.getStringAttributes(settings.groupAttribute());
            if (values != null) {
                for (String v : values) {
                    name(v, "").ifPresent(groups::add);
                }
            }
        }
        if (settings.groupSearchBase() != null && !settings.groupSearchBase().isBlank()) {
            for (Map<String, List<String>> found : template.searchForMultipleAttributeValues(
                    settings.groupSearchBase(),
                    settings.groupSearchFilter(),
                    new Object[] {dn, username},
                    new String[] {"cn"})) {
                found.getOrDefault(SpringSecurityLdapTemplate.DN_KEY, List.of()).forEach(v -> {
                    // depending on the server the name is full or relative to the base DN: keep both
                    name(v, "").ifPresent(groups::add);
                    name(v, settings.baseDn()).ifPresent(groups::add);
                });
            }
        }
        List<MappedGrant> grants = new ArrayList<>();
        for (var mapping : settings.groups()) {
            // the search answers full names; a mapping may be written relative to the base DN
            boolean member = name(mapping.group(), "").filter(groups::contains).isPresent()
                    || name(mapping.group(), settings.baseDn())
                            .filter(groups::contains)
                            .isPresent();
            if (member) {
                grants.add(new MappedGrant(mapping.role(), mapping.organisation(), mapping.scope()));
            }
        }
        return grants;
    }

    /** LdapName compares case-insensitively and ignores spacing, as directories do. */
    private static java.util.Optional<LdapName> name(String dn, String base) {
        try {
            var name = new LdapName(dn);
            if (base != null && !base.isBlank()) {
                name.addAll(0, new LdapName(base));
            }
            return java.util.Optional.of(name);
        } catch (InvalidNameException e) {
            return java.util.Optional.empty();
        }
    }
}
