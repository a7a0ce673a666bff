package org.civitas.exchange.dxl.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.identity.trusted.UserDirectory;

/**
 * Matches the names of Readers/Authors fields to accounts and organisations: a hierarchical Notes name
 * ({@code CN=张伟/OU=信息科/O=阿坝州}) by its common name to a username, a group or role ({@code [信息员]},
 * {@code 信息科}) to an organisation of that name. One per run: organisations are read once.
 */
final class NameMatching {

    private final UserDirectory users;
    private final Map<String, OrganisationView> organisations = new HashMap<>();
    private final Map<String, Optional<String>> cache = new HashMap<>();

    NameMatching(UserDirectory users, OrganisationDirectory organisationDirectory) {
        this.users = users;
        for (OrganisationView organisation : organisationDirectory.all()) {
            organisations.putIfAbsent(organisation.name().toLowerCase(Locale.ROOT), organisation);
        }
    }

    /** {@code user:<username>} or {@code organisation:<code>}, or empty when the name matches nobody. */
    Optional<String> match(String notesName) {
        return cache.computeIfAbsent(notesName, this::lookUp);
    }

    private Optional<String> lookUp(String notesName) {
        String common = commonName(notesName);
        if (common.isEmpty() || common.contains("*")) {
            return Optional.empty();
        }
        var user = users.findByUsername(common);
        if (user.isPresent()) {
            return Optional.of("user:" + user.get().username());
        }
        OrganisationView organisation = organisations.get(common.toLowerCase(Locale.ROOT));
        return Optional.ofNullable(organisation).map(o -> "organisation:" + o.code());
    }

    /** {@code CN=张伟/OU=信息科/O=阿坝州} → 张伟, {@code 张伟/信息科/阿坝州} → 张伟, {@code [信息员]} → 信息员. */
    static String commonName(String notesName) {
        String name = notesName.strip();
        if (name.startsWith("[") && name.endsWith("]")) {
            return name.substring(1, name.length() - 1).strip();
        }
        String first = List.of(name.split("/")).getFirst().strip();
        int equals = first.indexOf('=');
        return equals >= 0 ? first.substring(equals + 1).strip() : first;
    }
}
