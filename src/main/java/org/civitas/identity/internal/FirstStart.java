package org.civitas.identity.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.civitas.platform.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs at every start: makes sure the built-in roles exist, and on the very first start of an
 * installation creates the root organisation and the {@code admin} account (printing its login),
 * plus the demo data when this installation wants it: {@code civitas.demo.mode=auto} creates it on
 * an empty embedded database only, {@code always} (or {@code --demo}) on any empty database,
 * {@code never} not at all. Demo data never goes into a database that already has data.
 */
@Component
@Order(0)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);

    private final Roles roles;
    private final Installations installations;
    private final Bootstrap bootstrap;
    private final List<DemoData> demoData;
    private final Environment environment;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Users users;

    FirstStart(
            Roles roles,
            Installations installations,
            Bootstrap bootstrap,
            List<DemoData> demoData,
            Environment environment,
            TransactionTemplate tx,
            Clock clock,
            Users users) {
        this.users = users;
        this.roles = roles;
        this.installations = installations;
        this.bootstrap = bootstrap;
        this.demoData = demoData;
        this.environment = environment;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(s -> ensureBuiltInRoles());
        if (environment.containsProperty("civitas.command")) {
            // a command-line run (org.civitas.exchange) leaves the first start, and its banner, to serve
            return;
        }
        var installed = installations.findById(1);
        if (installed.isPresent()) {
            var text = new StringBuilder("\n  Civitas is ready: " + consoleAddress() + "\n");
            if (installed.get().demo()) {
                text.append(demoAccounts("  Demo accounts (with the passwords they chose at their first login):\n"));
            }
            System.out.println(text);
            return;
        }
        // accounts made on the command line before the first serve: neither a second admin nor demo data
        boolean adopted = bootstrap.hasUsers();
        boolean demo = !adopted && wantsDemo(args);
        String password = tx.execute(s -> {
            installations.save(new Installation(clock.instant(), demo));
            return bootstrap.firstAdministrator(demo);
        });
        if (demo) {
            demoData.stream()
                    .sorted(Comparator.comparingInt(DemoData::order))
                    .forEach(d -> tx.executeWithoutResult(s -> d.create()));
        }
        announce(password, demo, adopted);
    }

    /** The demo accounts that exist, in the order of the demo data, each with its display name and what it is for. */
    private String demoAccounts(String heading) {
        var text = new StringBuilder(heading);
        demoData.stream()
                .sorted(Comparator.comparingInt(DemoData::order))
                .flatMap(d -> d.accounts().stream())
                .forEach(a -> tx.executeWithoutResult(s -> users.findByUsernameIgnoreCase(a.username())
                        .ifPresent(u -> text.append(
                                String.format("    %-22s %s — %s%n", a.username(), u.displayName(), a.job())))));
        return text.toString();
    }

    void ensureBuiltInRoles() {
        for (BuiltInRole r : BuiltInRole.values()) {
            roles.findByCode(r.name())
                    .ifPresentOrElse(
                            existing -> existing.update(existing.name(), existing.description(), r.permissions),
                            () -> roles.save(new Role(r.name(), r.displayName, r.description, true, r.permissions)));
        }
    }

    private boolean wantsDemo(ApplicationArguments args) {
        if (args.containsOption("demo")) {
            return true;
        }
        String mode = environment.getProperty("civitas.demo.mode", "auto");
        String url = environment.getProperty("spring.datasource.url", "");
        return switch (mode) {
            case "always" -> true;
            case "never" -> false;
            default -> url.startsWith("jdbc:h2:");
        };
    }

    private String consoleAddress() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://localhost:" + port + "/admin";
    }

    private void announce(String password, boolean demo, boolean adopted) {
        log.info("First start: installation created (demo data: {}), administrator 'admin' ready", demo);
        // the password goes to the console only, never into the log files; the accounts are the last thing printed
        System.out.println(announcement(password, demo, adopted));
    }

    /** What the first start prints: the console's address, the first administrator and, last, the demo accounts. */
    String announcement(String password, boolean demo, boolean adopted) {
        var text = new StringBuilder("\n\n  Civitas is ready: " + consoleAddress() + "\n");
        if (adopted) {
            text.append("  Administrators: the accounts created on the command line\n");
        } else if (password != null) {
            text.append("  First administrator: admin / ").append(password).append('\n');
            text.append("  (shown once; it must be changed at the first login unless CIVITAS_ADMIN_PASSWORD set it)\n");
        } else {
            text.append("  First administrator: admin, with the password from CIVITAS_ADMIN_PASSWORD\n");
        }
        if (demo) {
            text.append(
                    demoAccounts("  Demo accounts, one for each job: they share that password, and each must change it"
                            + " at its first login\n  (the three administrators admin, secadmin and auditor also enrol an"
                            + " authenticator app):\n"));
        }
        return text.toString();
    }
}
