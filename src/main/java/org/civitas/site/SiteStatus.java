package org.civitas.site;

import java.util.Set;

/** The life of a site: built, then online, taken offline and brought back; never back to building. */
public enum SiteStatus {
    BUILDING,
    ONLINE,
    OFFLINE;

    /** The statuses this one may change to. */
    public Set<SiteStatus> next() {
        return switch (this) {
            case BUILDING -> Set.of(ONLINE, OFFLINE);
            case ONLINE -> Set.of(OFFLINE);
            case OFFLINE -> Set.of(ONLINE);
        };
    }
}
