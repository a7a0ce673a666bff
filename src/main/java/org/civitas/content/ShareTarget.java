package org.civitas.content;

/** A channel of another site that an article can be pushed to. */
public record ShareTarget(long siteId, String siteName, long channelId, String channelName) {}
