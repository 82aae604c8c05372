/**
 * Whom the installation belongs to: the owning unit, names, contacts, public address, logo, description, print
 * place and default language, set by the administrator on first sign-in and on the settings page. Other
 * modules read it through {@link danvan.platform.site.SiteIdentities}.
 */
@ApplicationModule(displayName = "Thông tin đơn vị sử dụng", allowedDependencies = { "platform", "org" })
package danvan.site;

import org.springframework.modulith.ApplicationModule;
