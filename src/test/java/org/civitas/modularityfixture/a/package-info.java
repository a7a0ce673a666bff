/** A module that declares no dependency and still uses module {@code b}. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.civitas.modularityfixture.a;
