package org.civitas;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules stay modules: no module reaches into another's internals, no cycles. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(CivitasApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        // The generated diagrams and canvases are committed under docs/modules so that a reader
        // of the repository sees the module structure without building.
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
