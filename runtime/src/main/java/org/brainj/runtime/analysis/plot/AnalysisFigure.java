package org.brainj.runtime.analysis.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A figure of an analysis (phase plane, bifurcation diagram), drawn with XChart: lines and
 * markers in layers (vector field below curves below trajectories below fixed points, whatever
 * the order they were added in), a white publication style, saved headless as PNG or SVG.
 *
 * <p>The chart is rebuilt from the recorded series on every {@link #chart()}, so series can be
 * added after a save. A line may contain {@code NaN} coordinates: it is broken there, which lets
 * one series (one legend entry) hold many curves.
 */
public final class AnalysisFigure {
  /** Drawing order, bottom first. */
  public enum Layer {
    FIELD, CURVES, TRAJECTORIES, POINTS
  }

  private record Spec(Layer layer, String name, double[] x, double[] y, Color color,
      float width, boolean dashed, Marker marker, int markerSize, boolean legend) {}

  /** Dash and gap of dashed lines, in pixels. */
  private static final float[] DASH = {6f, 4f};

  private final List<Spec> specs = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  private String title;
  private final String xLabel;
  private final String yLabel;
  private int width = 800;
  private int height = 600;
  private double[] xRange;
  private double[] yRange;

  /** An empty figure with a title and axis labels (null for none). */
  public AnalysisFigure(String title, String xLabel, String yLabel) {
    this.title = title == null ? "" : title;
    this.xLabel = xLabel == null ? "" : xLabel;
    this.yLabel = yLabel == null ? "" : yLabel;
  }

  /** The picture's size in pixels (default 800 x 600). */
  public AnalysisFigure size(int width, int height) {
    if (width < 100 || height < 100) {
      throw new IllegalArgumentException("a figure needs at least 100 x 100 pixels, got "
          + width + " x " + height);
    }
    this.width = width;
    this.height = height;
    return this;
  }

  /** The width in pixels. */
  public int width() {
    return width;
  }

  /** The height in pixels. */
  public int height() {
    return height;
  }

  /** Sets the title (empty or null: none). */
  public AnalysisFigure title(String title) {
    this.title = title == null ? "" : title;
    return this;
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** Fixes the x axis to {@code [min, max]} (default: fitted to the data). */
  public AnalysisFigure xRange(double min, double max) {
    this.xRange = range("x", min, max);
    return this;
  }

  /** Fixes the y axis to {@code [min, max]}. */
  public AnalysisFigure yRange(double min, double max) {
    this.yRange = range("y", min, max);
    return this;
  }

  private static double[] range(String axis, double min, double max) {
    if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
      throw new IllegalArgumentException("the " + axis + " range needs finite min < max, got ["
          + min + ", " + max + "]");
    }
    return new double[] {min, max};
  }

  /**
   * Adds a line (broken at {@code NaN}s); {@code legend} false keeps it out of the legend.
   * Returns the series' name, made unique if needed.
   */
  public String line(Layer layer, String name, double[] x, double[] y, Color color, float width,
      boolean dashed, boolean legend) {
    return add(new Spec(layer, name, x, y, color, width, dashed, SeriesMarkers.NONE, 0, legend));
  }

  /** Adds markers without a line. Returns the series' name, made unique if needed. */
  public String scatter(Layer layer, String name, double[] x, double[] y, Color color,
      Marker marker, int size, boolean legend) {
    return add(new Spec(layer, name, x, y, color, 0, false, marker, size, legend));
  }

  private String add(Spec spec) {
    Objects.requireNonNull(spec.name(), "series name");
    if (spec.x().length != spec.y().length) {
      throw new IllegalArgumentException("series '" + spec.name() + "' has " + spec.x().length
          + " x values and " + spec.y().length + " y values");
    }
    String unique = spec.name();
    for (int k = 2; names.contains(unique); k++) {
      unique = spec.name() + " (" + k + ")";
    }
    names.add(unique);
    specs.add(new Spec(spec.layer(), unique, spec.x(), spec.y(), spec.color(), spec.width(),
        spec.dashed(), spec.marker(), spec.markerSize(), spec.legend()));
    return unique;
  }

  /** The series' names, in drawing order. */
  public List<String> seriesNames() {
    return sorted().stream().map(Spec::name).toList();
  }

  /** The number of series. */
  public int seriesCount() {
    return specs.size();
  }

  private List<Spec> sorted() {
    List<Spec> out = new ArrayList<>(specs);
    out.sort((a, b) -> a.layer().compareTo(b.layer())); // stable: insertion order within a layer
    return out;
  }

  /** A new XChart chart with every series, in layer order. */
  public XYChart chart() {
    XYChart c = new XYChart(width, height);
    c.setTitle(title);
    c.setXAxisTitle(xLabel);
    c.setYAxisTitle(yLabel);
    XYStyler s = c.getStyler();
    style(c);
    boolean anyLegend = false;
    for (Spec spec : sorted()) {
      double[] x = spec.x();
      double[] y = spec.y();
      if (x.length == 0) { // XChart cannot draw an empty series
        x = new double[] {Double.NaN};
        y = new double[] {Double.NaN};
      } else if (spec.width() > 0 && spec.dashed()) {
        double[][] even = resample(x, y, DASH[0] + DASH[1]);
        x = even[0];
        y = even[1];
      } else if (spec.width() > 0 && x.length > 1000) {
        double[][] thin = thin(x, y);
        x = thin[0];
        y = thin[1];
      }
      XYSeries series = c.addSeries(spec.name(), x, y);
      series.setLineColor(spec.color());
      series.setMarkerColor(spec.color());
      series.setMarker(spec.markerSize() > 0 ? new SizedMarker(spec.marker(), spec.markerSize())
          : spec.marker());
      series.setShowInLegend(spec.legend());
      anyLegend |= spec.legend();
      if (spec.width() > 0) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setLineStyle(spec.dashed()
            ? new BasicStroke(spec.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                DASH, 0f)
            : new BasicStroke(spec.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      } else {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      }
    }
    s.setLegendVisible(anyLegend);
    legendLayout(s);
    if (xRange != null) {
      s.setXAxisMin(xRange[0]);
      s.setXAxisMax(xRange[1]);
    }
    if (yRange != null) {
      s.setYAxisMin(yRange[0]);
      s.setYAxisMax(yRange[1]);
    }
    return c;
  }

  /**
   * A long line without the points that would land within a pixel of the previous one
   * (trajectories have thousands of points per pixel of path): same picture, smaller files.
   */
  private double[][] thin(double[] x, double[] y) {
    double[] xr = xRange != null ? xRange : extent(x);
    double[] yr = yRange != null ? yRange : extent(y);
    double sx = width / Math.max(xr[1] - xr[0], Double.MIN_NORMAL);
    double sy = height / Math.max(yr[1] - yr[0], Double.MIN_NORMAL);
    double[] ox = new double[x.length];
    double[] oy = new double[y.length];
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      boolean gap = Double.isNaN(x[i]) || Double.isNaN(y[i]);
      boolean edge = i == 0 || i == x.length - 1 || gap || Double.isNaN(x[i - 1])
          || Double.isNaN(y[i - 1]) || Double.isNaN(x[i + 1]) || Double.isNaN(y[i + 1]);
      if (edge || n == 0 || Math.abs(x[i] - ox[n - 1]) * sx + Math.abs(y[i] - oy[n - 1]) * sy
          >= 1.0) {
        ox[n] = x[i];
        oy[n++] = y[i];
      }
    }
    return new double[][] {java.util.Arrays.copyOf(ox, n), java.util.Arrays.copyOf(oy, n)};
  }

  /**
   * A dashed line resampled to pieces of one dash period each: XChart strokes every segment on
   * its own, restarting the dash pattern, so a line of many short segments would look solid.
   */
  private double[][] resample(double[] x, double[] y, double periodPixels) {
    double[] xr = xRange != null ? xRange : extent(x);
    double[] yr = yRange != null ? yRange : extent(y);
    // the plot area, roughly: the figure less its axes, title and legend
    double sx = width * 0.85 / Math.max(xr[1] - xr[0], Double.MIN_NORMAL);
    double sy = height * 0.72 / Math.max(yr[1] - yr[0], Double.MIN_NORMAL);
    List<double[]> out = new ArrayList<>();
    int i = 0;
    while (i < x.length) {
      if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
        i++;
        continue;
      }
      if (!out.isEmpty()) {
        out.add(new double[] {Double.NaN, Double.NaN});
      }
      out.add(new double[] {x[i], y[i]});
      double carried = 0; // pixels since the last emitted point
      for (i = i + 1; i < x.length && !Double.isNaN(x[i]) && !Double.isNaN(y[i]); i++) {
        double dx = x[i] - x[i - 1];
        double dy = y[i] - y[i - 1];
        double len = Math.hypot(dx * sx, dy * sy);
        double at = periodPixels - carried;
        while (at <= len) {
          out.add(new double[] {x[i - 1] + dx * at / len, y[i - 1] + dy * at / len});
          at += periodPixels;
        }
        carried = len - (at - periodPixels);
      }
      double[] last = out.get(out.size() - 1);
      if (last[0] != x[i - 1] || last[1] != y[i - 1]) {
        out.add(new double[] {x[i - 1], y[i - 1]});
      }
    }
    double[] ox = new double[out.size()];
    double[] oy = new double[out.size()];
    for (int k = 0; k < ox.length; k++) {
      ox[k] = out.get(k)[0];
      oy[k] = out.get(k)[1];
    }
    return new double[][] {ox, oy};
  }

  private static double[] extent(double[] v) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double d : v) {
      if (Double.isFinite(d)) {
        lo = Math.min(lo, d);
        hi = Math.max(hi, d);
      }
    }
    return lo <= hi ? new double[] {lo, hi} : new double[] {0, 1};
  }

  /** A short legend goes below the plot in a row, a long one to its right in a column. */
  private void legendLayout(XYStyler s) {
    int chars = 0;
    for (Spec spec : specs) {
      if (spec.legend()) {
        chars += spec.name().length() + 6;
      }
    }
    if (chars * 7 < width - 40) {
      s.setLegendPosition(Styler.LegendPosition.OutsideS);
      s.setLegendLayout(Styler.LegendLayout.Horizontal);
    } else {
      s.setLegendPosition(Styler.LegendPosition.OutsideE);
      s.setLegendLayout(Styler.LegendLayout.Vertical);
    }
  }

  /** A marker drawn at its own size (XChart has one marker size per chart). */
  private static final class SizedMarker extends Marker {
    private final Marker base;
    private final int size;

    SizedMarker(Marker base, int size) {
      this.base = base;
      this.size = size;
    }

    @Override
    public void paint(java.awt.Graphics2D g, double x, double y, int ignored) {
      base.paint(g, x, y, size);
    }
  }

  private void style(XYChart c) {
    XYStyler s = c.getStyler();
    Color ink = new Color(0x22, 0x22, 0x22);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(true);
    s.setPlotBorderColor(ink);
    s.setChartFontColor(ink);
    s.setChartTitleVisible(!title.isEmpty());
    s.setChartTitleBoxVisible(false);
    s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    s.setLegendBorderColor(Color.WHITE);
    s.setLegendBackgroundColor(Color.WHITE);
    s.setAntiAlias(true);
    s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    s.setAxisTickLabelsColor(ink);
    s.setAxisTickMarksColor(ink);
    s.setPlotGridLinesColor(new Color(0xE6, 0xE6, 0xE6));
    s.setPlotGridLinesStroke(new BasicStroke(0.6f));
  }

  /** The figure drawn into an image of {@link #width()} x {@link #height()} pixels. */
  public BufferedImage toImage() {
    return BitmapEncoder.getBufferedImage(chart());
  }

  /** Saves as PNG or SVG, chosen by the extension ({@code .png}, {@code .svg}); returns the file. */
  public Path save(String file) {
    return save(Path.of(file));
  }

  /** Saves as PNG or SVG, chosen by the extension ({@code .png}, {@code .svg}); returns the file. */
  public Path save(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    XYChart c = chart();
    if (name.endsWith(".png")) {
      return write(file, out -> BitmapEncoder.saveBitmap(c, out, BitmapEncoder.BitmapFormat.PNG));
    }
    if (name.endsWith(".svg")) {
      return write(file, out -> VectorGraphicsEncoder.saveVectorGraphic(c, out,
          VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
    }
    throw new IllegalArgumentException("cannot tell the picture format of '" + file
        + "'; name it .png or .svg");
  }

  private interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private static Path write(Path file, Writer writer) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        writer.write(out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not save the figure to '" + file + "': " + e, e);
    }
  }

  @Override
  public String toString() {
    return "AnalysisFigure[" + title + ", " + specs.size() + " series, " + width + " x "
        + height + "]";
  }
}
