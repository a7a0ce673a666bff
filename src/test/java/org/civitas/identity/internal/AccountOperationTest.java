package org.civitas.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.civitas.identity.IdentityPermissions;
import org.civitas.identity.internal.AccountOperation.Target;
import org.junit.jupiter.api.Test;

/** The invariants the table of duties must keep, whatever rows are added to it. */
class AccountOperationTest {

    @Test
    void nobodyActsOnTheirOwnAccountExceptOnTheirOwnTokensAndAuthenticator() {
        for (AccountOperation op : AccountOperation.values()) {
            var self = op.cell(Target.SELF);
            assertThat(self.permissions()).as(op.name()).isEmpty();
            assertThat(self.owner())
                    .as(op.name())
                    .isEqualTo(Set.of(
                                    AccountOperation.ISSUE_TOKEN,
                                    AccountOperation.LIST_TOKENS,
                                    AccountOperation.REVOKE_TOKEN,
                                    AccountOperation.REPLACE_OWN_SECOND_FACTOR)
                            .contains(op));
        }
        assertThat(AccountOperation.ISSUE_TOKEN.cell(Target.SELF).ownerWithoutDuty())
                .isTrue();
    }

    @Test
    void tokensAreIssuedForServiceAccountsOnlyByTheSecurityAdministrator() {
        for (Target target : Target.values()) {
            var cell = AccountOperation.ISSUE_TOKEN.cell(target);
            if (target == Target.SERVICE) {
                assertThat(cell.permissions()).containsExactly(IdentityPermissions.TOKEN_MANAGE);
            } else {
                assertThat(cell.permissions()).as(target.name()).isEmpty();
            }
        }
    }

    @Test
    void theSystemAdministratorsPermissionNeverReachesTheOtherDuties() {
        for (AccountOperation op : AccountOperation.values()) {
            for (Target target : Set.of(Target.SECURITY, Target.AUDIT)) {
                assertThat(op.cell(target).permissions())
                        .as(op + " on " + target)
                        .doesNotContain(IdentityPermissions.USER_WRITE);
            }
        }
    }

    @Test
    void delegatedRolesReachOrdinaryAccountsOnly() {
        for (AccountOperation op :
                Set.of(AccountOperation.GRANT_DELEGATED_ROLE, AccountOperation.REVOKE_DELEGATED_GRANT)) {
            for (Target target : Target.values()) {
                assertThat(op.cell(target).nobody()).as(op + " on " + target).isEqualTo(target != Target.ORDINARY);
            }
        }
    }

    @Test
    void anAuthenticatorIsReplacedByItsOwnerOnly() {
        for (Target target : Target.values()) {
            var cell = AccountOperation.REPLACE_OWN_SECOND_FACTOR.cell(target);
            assertThat(cell.permissions()).as(target.name()).isEmpty();
            assertThat(cell.owner()).as(target.name()).isEqualTo(target == Target.SELF);
            assertThat(cell.ownerWithoutDuty()).as(target.name()).isFalse();
        }
    }

    @Test
    void noOneResetsAServiceAccountsPassword() {
        assertThat(AccountOperation.RESET_PASSWORD.cell(Target.SERVICE).nobody())
                .isTrue();
    }
}
