package danvan.platform.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;
import org.springframework.core.io.ClassPathResource;

/**
 * A {@link Chart} drawn on the server as a PNG for printed documents (no JavaScript in an export): bars laid
 * horizontally so long Vietnamese row names stay readable, a pie ({@code pie}) or ring ({@code doughnut}) for the
 * parts of a whole; text in the bundled Liberation Serif (the one with Vietnamese glyphs), values printed on the
 * bars and slices. The picture is drawn at {@code scale} times its size in points, for print.
 */
public final class ChartPictures {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Font REGULAR = font("LiberationSerif-Regular.ttf");

	private static final Font BOLD = font("LiberationSerif-Bold.ttf");

	/** Greys and one blue: printed on a black-and-white office printer the bars stay apart. */
	private static final Color[] PALETTE = { new Color(0x1F4E79), new Color(0x8FAADC), new Color(0x595959),
			new Color(0xBFBFBF), new Color(0x2E75B6), new Color(0x7F7F7F) };

	private ChartPictures() {
	}

	/** The chart as PNG bytes (its title drawn above it unless null, for a document that captions it instead) of {@code widthPt × scale} by {@code heightPt × scale} pixels. */
	public static byte[] png(Chart chart, int widthPt, int heightPt, int scale) {
		JFreeChart drawn = isRound(chart.type()) ? pie(chart) : bars(chart);
		drawn.setBackgroundPaint(Color.WHITE);
		drawn.setBorderVisible(false);
		if (chart.title() != null && !chart.title().isBlank()) {
			drawn.setTitle(new TextTitle(chart.title(), BOLD.deriveFont(13f)));
		}
		LegendTitle legend = drawn.getLegend();
		if (legend != null) {
			legend.setItemFont(REGULAR.deriveFont(10.5f));
			legend.setPosition(RectangleEdge.BOTTOM);
			legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
		}
		BufferedImage image = new BufferedImage(widthPt * scale, heightPt * scale, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.scale(scale, scale);
			drawn.draw(g, new Rectangle2D.Double(0, 0, widthPt, heightPt));
		}
		finally {
			g.dispose();
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A pie or a ring: drawn square-ish, not by its number of rows. */
	public static boolean isRound(String type) {
		return "pie".equals(type) || "doughnut".equals(type);
	}

	private static JFreeChart bars(Chart chart) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Chart.Series series : chart.series()) {
			for (int i = 0; i < chart.categories().size(); i++) {
				// a category is keyed by its position: two units may share a name
				data.addValue(series.values().get(i), series.name(), new Row(i, chart.categories().get(i).label()));
			}
		}
		CategoryAxis rows = new CategoryAxis();
		rows.setTickLabelFont(REGULAR.deriveFont(10.5f));
		rows.setMaximumCategoryLabelLines(2);
		rows.setMaximumCategoryLabelWidthRatio(0.4f);
		NumberAxis values = new NumberAxis();
		values.setTickLabelFont(REGULAR.deriveFont(10f));
		values.setStandardTickUnits(NumberAxis.createIntegerTickUnits(VIETNAMESE));
		values.setNumberFormatOverride(NumberFormat.getNumberInstance(VIETNAMESE));
		values.setUpperMargin(0.12);
		BarRenderer renderer = new BarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setItemMargin(0.05);
		renderer.setMaximumBarWidth(0.12);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
				NumberFormat.getNumberInstance(VIETNAMESE)));
		renderer.setDefaultItemLabelFont(REGULAR.deriveFont(10f));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		renderer.setItemLabelAnchorOffset(3);
		for (int s = 0; s < chart.series().size(); s++) {
			renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
		}
		CategoryPlot plot = new CategoryPlot(data, rows, values, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(0xD9D9D9));
		plot.setOutlineVisible(false);
		return new JFreeChart(null, REGULAR, plot, chart.series().size() > 1);
	}

	private static JFreeChart pie(Chart chart) {
		DefaultPieDataset<Row> data = new DefaultPieDataset<>();
		List<java.math.BigDecimal> values = chart.series().get(0).values();
		for (int i = 0; i < chart.categories().size(); i++) {
			data.setValue(new Row(i, chart.categories().get(i).label()), values.get(i));
		}
		PiePlot<Row> plot = "doughnut".equals(chart.type()) ? ring(data) : new PiePlot<>(data);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setOutlineVisible(false);
		plot.setShadowPaint(null);
		plot.setLabelFont(REGULAR.deriveFont(10.5f));
		plot.setLabelBackgroundPaint(Color.WHITE);
		plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}: {1} ({2})",
				NumberFormat.getNumberInstance(VIETNAMESE), NumberFormat.getPercentInstance(VIETNAMESE)));
		plot.setIgnoreZeroValues(true);
		for (int i = 0; i < chart.categories().size(); i++) {
			plot.setSectionPaint(new Row(i, chart.categories().get(i).label()), PALETTE[i % PALETTE.length]);
		}
		return new JFreeChart(null, REGULAR, plot, true);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static PiePlot<Row> ring(DefaultPieDataset<Row> data) {
		return (PiePlot) new RingPlot(data);
	}

	/** A category as JFreeChart keys it: equal by position, shown by its label. */
	private record Row(int index, String label) implements Comparable<Row> {

		@Override
		public int compareTo(Row other) {
			return Integer.compare(index, other.index);
		}

		@Override
		public String toString() {
			return label;
		}

	}

	private static Font font(String file) {
		// the server has no screen; AWT must not look for one when the first chart is drawn
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
		try (InputStream in = new ClassPathResource("fonts/" + file).getInputStream()) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException e) {
			throw new IllegalStateException("font " + file + " missing from the classpath", e);
		}
	}

}
