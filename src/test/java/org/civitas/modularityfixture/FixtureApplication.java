package org.civitas.modularityfixture;

/** The root of two made-up modules on which {@code ModularityTest} shows that its checks do fail. */
@org.springframework.modulith.Modulithic
public final class FixtureApplication {

    private FixtureApplication() {}
}
