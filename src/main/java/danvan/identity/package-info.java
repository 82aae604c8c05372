/**
 * Accounts, roles scoped to organisation subtrees, sign-in with lockout, password management.
 */
@ApplicationModule(displayName = "Tài khoản và phân quyền", allowedDependencies = { "platform", "org" })
package danvan.identity;

import org.springframework.modulith.ApplicationModule;
