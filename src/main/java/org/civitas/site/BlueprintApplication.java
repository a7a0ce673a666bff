package org.civitas.site;

import java.util.List;

/**
 * What applying a blueprint changed on one site, by blueprint entry code.
 *
 * @param added channels created for entries the site lacked
 * @param renamed blueprint channels that took the blueprint's (new) name
 * @param detached channels whose entry the blueprint no longer has: they became local channels,
 *     content and all
 */
public record BlueprintApplication(
        long siteId, String siteName, List<String> added, List<String> renamed, List<String> detached) {

    public int changes() {
        return added.size() + renamed.size() + detached.size();
    }
}
