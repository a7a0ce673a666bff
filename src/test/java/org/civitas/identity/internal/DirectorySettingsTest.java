package org.civitas.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.civitas.identity.DataScope;
import org.junit.jupiter.api.Test;

class DirectorySettingsTest {

    @Test
    void aGroupMayNotGiveABuiltInAdministratorRole() {
        for (String role : List.of("SYSTEM_ADMIN", "security_admin", "AUDITOR")) {
            assertThatThrownBy(() -> settings(new DirectorySettings.GroupMapping("cn=it", role, "root", null)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("administrator role");
        }
    }

    @Test
    void defaultsSuitAPlainLdapDirectory() {
        var s = settings(new DirectorySettings.GroupMapping("cn=editors", "EDITOR", "root", null));
        assertThat(s.userSearchFilter()).isEqualTo("(uid={0})");
        assertThat(s.groupSearchFilter()).isEqualTo("(member={0})");
        assertThat(s.createAccounts()).isTrue();
        assertThat(s.groups().getFirst().scope()).isEqualTo(DataScope.OWN);
    }

    private static DirectorySettings settings(DirectorySettings.GroupMapping mapping) {
        return new DirectorySettings(
                true,
                "ldap://x",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(mapping));
    }
}
