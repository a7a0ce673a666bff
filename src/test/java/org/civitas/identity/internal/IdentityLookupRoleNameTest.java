package org.civitas.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Review pages name who may act on a step by the role's name (issue 11: the office head's sign-off task read
 * "可办理人 Journal signer", the English name the demo stored): a shipped role is named in the reader's language,
 * a role an administrator named keeps that name.
 */
class IdentityLookupRoleNameTest {

    private final Roles roles = mock(Roles.class);
    private final IdentityLookup directory = new IdentityLookup(
            mock(Organisations.class), mock(Users.class), mock(RoleGrants.class), roles, new RoleNames(messages()));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aShippedRoleIsNamedInTheReadersLanguage() {
        when(roles.findByCode("JOURNAL_SIGNER"))
                .thenReturn(Optional.of(new Role("JOURNAL_SIGNER", "Journal signer", null, false, Set.of())));
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(directory.roleName("JOURNAL_SIGNER")).contains("刊物签发人");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(directory.roleName("JOURNAL_SIGNER")).contains("Journal signer");
    }

    @Test
    void aRoleAnAdministratorNamedKeepsItsName() {
        when(roles.findByCode("JOURNAL_SIGNER"))
                .thenReturn(Optional.of(new Role("JOURNAL_SIGNER", "州政府秘书长", null, false, Set.of())));
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(directory.roleName("JOURNAL_SIGNER")).contains("州政府秘书长");
        assertThat(directory.roleName("NO_SUCH_ROLE")).isEmpty();
    }

    private static ResourceBundleMessageSource messages() {
        var source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/identity");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
