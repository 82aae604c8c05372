/** The emulation figures reports and dashboards count: movements organised, units taking part, self-assessments. */
package danvan.emulation.figures;
