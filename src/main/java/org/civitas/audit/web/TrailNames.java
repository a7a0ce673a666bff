package org.civitas.audit.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civitas.identity.OrganisationView;
import org.civitas.identity.trusted.OrganisationDirectory;
import org.civitas.identity.trusted.UserDirectory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The names people know for what the trail records by number or account: a person's display name for the
 * account that acted, and an organisation's name for the ids that identity and reporting summaries hold
 * (records keep the ids, so that a renamed unit does not change what was hashed into the chain). Names are
 * looked up once per page or export, never per row.
 */
@Component
class TrailNames {

    /** The arguments of these summaries that are organisation ids, by position. */
    private static final Map<String, Set<Integer>> UNIT_ARGUMENTS = Map.of(
            "audit.summary.OrganisationCreated", Set.of(1),
            "audit.summary.OrganisationMoved", Set.of(1, 2),
            "audit.summary.UserCreated", Set.of(1),
            "audit.summary.RoleGranted", Set.of(3),
            "audit.summary.CommissionAnswered", Set.of(0),
            "audit.summary.CommissionAnsweredLate", Set.of(0),
            "audit.summary.part.user.organisation", Set.of(0, 1));

    private static final String UNKNOWN_UNIT = "audit.summary.part.unit.id";

    private final UserDirectory users;
    private final OrganisationDirectory organisations;

    TrailNames(UserDirectory users, OrganisationDirectory organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    /** The display names of these accounts, in one lookup; accounts without one are left out. */
    Map<String, String> people(Collection<String> accounts) {
        return users.displayNames(accounts);
    }

    /** Organisation names for one page or export: the tree is read the first time a summary needs it. */
    Units units() {
        return new Units();
    }

    final class Units {

        private Map<Long, String> names;

        /** The summary with organisation names in place of the organisation ids it holds. */
        MessageSourceResolvable named(MessageSourceResolvable summary) {
            Object[] args = summary.getArguments();
            if (args == null || args.length == 0 || summary.getCodes() == null) {
                return summary;
            }
            String code = summary.getCodes()[0];
            Set<Integer> units = UNIT_ARGUMENTS.getOrDefault(code, Set.of());
            Object[] named = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                Object arg = args[i];
                if (arg instanceof MessageSourceResolvable part) {
                    named[i] = named(part);
                } else if (units.contains(i) && arg instanceof String id && !id.isBlank()) {
                    named[i] = unit(id);
                } else {
                    named[i] = arg;
                }
            }
            return new DefaultMessageSourceResolvable(summary.getCodes(), named, summary.getDefaultMessage());
        }

        private Object unit(String id) {
            Optional<String> name;
            try {
                name = Optional.ofNullable(names().get(Long.parseLong(id.trim())));
            } catch (NumberFormatException e) {
                return id;
            }
            return name.<Object>map(n -> n)
                    .orElseGet(() -> new DefaultMessageSourceResolvable(
                            new String[] {UNKNOWN_UNIT}, new Object[] {id}, "#" + id));
        }

        private Map<Long, String> names() {
            if (names == null) {
                names = new HashMap<>();
                for (OrganisationView unit : organisations.all()) {
                    names.put(unit.id(), unit.name());
                }
            }
            return names;
        }
    }
}
