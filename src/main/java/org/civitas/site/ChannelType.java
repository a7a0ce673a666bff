package org.civitas.site;

/** How a channel presents its content. */
public enum ChannelType {
    LIST,
    SINGLE_PAGE,
    LINK,
    DISCLOSURE
}
