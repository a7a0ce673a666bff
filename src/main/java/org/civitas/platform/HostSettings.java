package org.civitas.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The host names this installation answers to by configuration, never by what a request claims.
 * A request's {@code Host} (or a forwarded host, honoured only from the trusted proxies that
 * {@code civitas.trusted-proxies} lists) is used in absolute links only when it is one of these or
 * a site's own domain.
 *
 * @param console where the console lives; see {@link Console}
 * @param trustedHosts further host names absolute links may carry (for example the address a
 *     single-host installation is reached by); {@code localhost} is always trusted
 */
@ConfigurationProperties("civitas")
public record HostSettings(Console console, List<String> trustedHosts) {

    /**
     * @param host the console's own host name (the production layout): public hosts then refuse the
     *     console, and the console host serves no theme content. Empty: one host serves both (the
     *     embedded default), and theme packages with script or SVG wait for the security
     *     administrator's approval
     */
    public record Console(String host) {}

    public HostSettings {
        trustedHosts = trustedHosts == null ? List.of() : List.copyOf(trustedHosts);
    }

    /** The console's host name, lower case, when the console is bound to one. */
    public Optional<String> consoleHost() {
        return console == null || console.host() == null || console.host().isBlank()
                ? Optional.empty()
                : Optional.of(console.host().strip().toLowerCase(Locale.ROOT));
    }

    /** Whether the console shares its origin with the public sites (no console host configured). */
    public boolean singleHost() {
        return consoleHost().isEmpty();
    }

    /** Whether a host name (without port) is the console host, localhost or a configured trusted host. */
    public boolean trusts(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        return name.equals("localhost")
                || consoleHost().filter(name::equals).isPresent()
                || trustedHosts.stream().anyMatch(h -> h.strip().equalsIgnoreCase(name));
    }
}
