package org.civitas.modularityfixture.a;

import org.civitas.modularityfixture.b.Used;

/** Uses module b, which module a does not list. */
public class Undeclared {

    public Used used() {
        return new Used();
    }
}
