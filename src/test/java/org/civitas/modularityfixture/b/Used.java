package org.civitas.modularityfixture.b;

/** Anything module a may use only if it declares module b. */
public class Used {}
