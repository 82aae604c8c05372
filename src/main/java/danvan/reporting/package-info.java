/**
 * Reports and dashboards compiled from the other modules' data. For now: the home dashboard.
 */
@ApplicationModule(displayName = "Báo cáo và tổng hợp", allowedDependencies = { "platform", "org" })
package danvan.reporting;

import org.springframework.modulith.ApplicationModule;
