package org.civitas.identity.internal;

import java.util.List;
import java.util.Map;
import org.civitas.identity.DataScope;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Directory (LDAP / Active Directory) sign-in, {@code civitas.identity.ldap.*}; off unless {@code enabled}.
 *
 * @param url e.g. {@code ldaps://dc.example.gov.cn:636}
 * @param baseDn the root all other names are relative to (may be empty when they are absolute)
 * @param userSearchBase where users are searched, relative to the base DN
 * @param userSearchFilter {@code (uid={0})} for OpenLDAP, {@code (sAMAccountName={0})} for Active Directory
 * @param bindDn the service account that searches (empty for anonymous search)
 * @param groupSearchBase where groups are searched, relative to the base DN; blank to skip the search
 * @param groupSearchFilter {@code (member={0})}: {0} is the user's full DN, {1} the login name
 * @param groupAttribute an attribute of the user entry listing group DNs ({@code memberOf} in Active Directory)
 * @param displayNameAttribute the person's name for a new account
 * @param organisationAttribute the attribute that says where a new account belongs
 * @param organisations the attribute's values mapped to organisation codes (a value missing here is taken as a code)
 * @param defaultOrganisation the organisation code of a new account whose entry says nothing usable
 * @param createAccounts whether a first sign-in creates the account (otherwise an administrator creates it first)
 * @param groups group DN to grant; never one of the built-in administrator roles
 */
@ConfigurationProperties("civitas.identity.ldap")
record DirectorySettings(
        boolean enabled,
        String url,
        String baseDn,
        String userSearchBase,
        String userSearchFilter,
        String bindDn,
        String bindPassword,
        String groupSearchBase,
        String groupSearchFilter,
        String groupAttribute,
        String displayNameAttribute,
        String organisationAttribute,
        Map<String, String> organisations,
        String defaultOrganisation,
        Boolean createAccounts,
        List<GroupMapping> groups) {

    DirectorySettings {
        baseDn = baseDn == null ? "" : baseDn;
        userSearchBase = userSearchBase == null ? "" : userSearchBase;
        userSearchFilter = blank(userSearchFilter) ? "(uid={0})" : userSearchFilter;
        groupSearchFilter = blank(groupSearchFilter) ? "(member={0})" : groupSearchFilter;
        displayNameAttribute = blank(displayNameAttribute) ? "cn" : displayNameAttribute;
        organisations = organisations == null ? Map.of() : Map.copyOf(organisations);
        createAccounts = createAccounts == null || createAccounts;
        groups = groups == null ? List.of() : List.copyOf(groups);
        for (GroupMapping g : groups) {
            // an administrator duty is given by the security administrator in the console, never by a group
            if (PrivilegedRoleCheck.builtInAdministrator(g.role())) {
                throw new IllegalArgumentException("civitas.identity.ldap.groups: group " + g.group()
                        + " may not map to the administrator role " + g.role());
            }
        }
    }

    /**
     * One group's grant.
     *
     * @param group the group's DN
     * @param role the role code
     * @param organisation the organisation code the grant reaches from
     * @param scope how far it reaches ({@code OWN} when not given)
     */
    record GroupMapping(String group, String role, String organisation, DataScope scope) {
        GroupMapping {
            scope = scope == null ? DataScope.OWN : scope;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
