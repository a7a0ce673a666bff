package org.civitas.site;

/**
 * One channel of a blueprint. {@code name} may contain {@code {site}}, replaced by the site's name.
 *
 * @param parentCode the entry above it, or {@code null} at the top
 */
public record BlueprintEntry(String code, String parentCode, String name, ChannelType type) {

    public String nameFor(String siteName) {
        return name.replace("{site}", siteName);
    }
}
