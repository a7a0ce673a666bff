package org.civitas.publishing.view;

/** A choice of a select box: what it shows ({@code name}), what it sends ({@code value}), whether chosen. */
public record Option(String name, String value, boolean selected) {}
