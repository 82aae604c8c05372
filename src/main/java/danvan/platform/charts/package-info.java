/**
 * Charts for every module's pages: a {@link danvan.platform.charts.Chart} is drawn by the fragment
 * {@code fragments/chart :: chart(chart)} as a table (read without JavaScript) that {@code /js/charts.js} turns
 * into a Chart.js chart; each row can link to the records it counts.
 */
package danvan.platform.charts;
