package danvan;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module boundaries of DESIGN.md honest and writes the module diagrams. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(DanvanApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
