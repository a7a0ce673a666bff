package org.civitas.support;

import java.util.ArrayList;
import java.util.List;
import org.civitas.content.ChannelReviewSettings;
import org.civitas.platform.RunningAs;
import org.civitas.site.ChannelView;
import org.civitas.site.SiteView;
import org.civitas.site.trusted.SiteDirectory;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The demo puts the review chain {@value #CHAIN} on the news channels of the portal and of 汶川县 (the web editors'
 * journey). Tests about something else that publish on submit in those channels take the chain off first, as the
 * system administrator would, and put it back afterwards ({@link #restore}): the tests share one application, and
 * the demo's own test ({@code DemoJobsIntegrationTest}) checks the chain.
 */
public final class DemoReviewChains {

    public static final String CHAIN = "web-review";

    private DemoReviewChains() {}

    /**
     * Takes {@value #CHAIN} off every channel that has it, signed in as {@code admin}; the sign-in is restored.
     * Returns the channels it was on (site id, channel id), for {@link #restore}.
     */
    public static List<long[]> clear(SiteDirectory sites, ChannelReviewSettings settings, UserDetailsService users) {
        return RunningAs.account(users.loadUserByUsername("admin"), () -> {
            List<long[]> cleared = new ArrayList<>();
            for (SiteView site : sites.all()) {
                var chains = settings.chains(site.id());
                for (ChannelView channel : flatten(sites.channels(site.id()))) {
                    if (CHAIN.equals(chains.get(channel.id()))) {
                        settings.setChain(site.id(), channel.id(), null);
                        cleared.add(new long[] {site.id(), channel.id()});
                    }
                }
            }
            return cleared;
        });
    }

    /** Puts {@value #CHAIN} back on the channels {@link #clear} took it off, signed in as {@code admin}. */
    public static void restore(ChannelReviewSettings settings, UserDetailsService users, List<long[]> channels) {
        RunningAs.account(users.loadUserByUsername("admin"), () -> {
            for (long[] channel : channels) {
                settings.setChain(channel[0], channel[1], CHAIN);
            }
            return null;
        });
    }

    private static List<ChannelView> flatten(List<ChannelView> tree) {
        List<ChannelView> out = new ArrayList<>();
        for (ChannelView c : tree) {
            out.add(c);
            out.addAll(flatten(c.children()));
        }
        return out;
    }
}
