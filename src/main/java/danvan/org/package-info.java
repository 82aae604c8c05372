/**
 * The organisation: a tree of units of any depth whose kinds and level names are data, the officials
 * who work in them and their service history.
 */
@ApplicationModule(displayName = "Tổ chức và cán bộ", allowedDependencies = "platform")
package danvan.org;

import org.springframework.modulith.ApplicationModule;
