package org.civitas.publishing.view;

/** A named link: another site of the cluster, a shared article's source, a search suggestion. */
public record Link(String name, String url) {}
