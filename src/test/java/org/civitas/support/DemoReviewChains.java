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
 * system administrator would; the demo's own test ({@code DemoJobsIntegrationTest}) checks the chain.
 */
public final class DemoReviewChains {

    public static final String CHAIN = "web-review";

    private DemoReviewChains() {}

    /** Takes {@value #CHAIN} off every channel that has it, signed in as {@code admin}; the sign-in is restored. */
    public static void clear(SiteDirectory sites, ChannelReviewSettings settings, UserDetailsService users) {
        RunningAs.account(users.loadUserByUsername("admin"), () -> {
            for (SiteView site : sites.all()) {
                var chains = settings.chains(site.id());
                for (ChannelView channel : flatten(sites.channels(site.id()))) {
                    if (CHAIN.equals(chains.get(channel.id()))) {
                        settings.setChain(site.id(), channel.id(), null);
                    }
                }
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
