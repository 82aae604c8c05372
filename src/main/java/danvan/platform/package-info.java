/**
 * Shared kernel: audit trail, error handling, web layout, the signed-in actor, text folding.
 * Imports no business module.
 */
@ApplicationModule(displayName = "Nền tảng", type = ApplicationModule.Type.OPEN)
package danvan.platform;

import org.springframework.modulith.ApplicationModule;
