/**
 * Indicators: named, typed figures that modules count per unit subtree and period, for reports and dashboards.
 * A module declares a {@link danvan.platform.figures.FigureSource} bean; {@link danvan.platform.figures.Figures}
 * gathers the catalogue and asks each source.
 */
package danvan.platform.figures;
