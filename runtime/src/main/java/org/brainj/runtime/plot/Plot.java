package org.brainj.runtime.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;

/**
 * A chart made by {@link Plots}, to adjust and save as PNG or SVG. Works headless.
 *
 * <pre>{@code Plots.line(r.trace(E.V())).size(1000, 400).title("E.V").save("v.png");}</pre>
 *
 * <p>{@link #chart()} gives the underlying XChart chart for anything else; call {@link #size}
 * before changing it, since a new size builds a new chart.
 */
public final class Plot {
  private final Consumer<XYChart> content;
  private final int seriesCount;
  private String title;
  private String xLabel;
  private String yLabel;
  private Boolean legend;
  private int width = 800;
  private int height = 500;
  private XYChart chart;

  Plot(String title, String xLabel, String yLabel, int seriesCount, Consumer<XYChart> content) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.seriesCount = seriesCount;
    this.content = content;
  }

  /** The picture's size in pixels (default 800 x 500). */
  public Plot size(int width, int height) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "plot size must be positive, got " + width + " x " + height);
    }
    this.width = width;
    this.height = height;
    this.chart = null;
    return this;
  }

  public Plot title(String title) {
    this.title = title;
    if (chart != null) {
      chart.setTitle(title);
    }
    return this;
  }

  public Plot xLabel(String label) {
    this.xLabel = label;
    if (chart != null) {
      chart.setXAxisTitle(label);
    }
    return this;
  }

  public Plot yLabel(String label) {
    this.yLabel = label;
    if (chart != null) {
      chart.setYAxisTitle(label);
    }
    return this;
  }

  /** Shows or hides the legend; by default it is shown for up to 20 series. */
  public Plot legend(boolean visible) {
    this.legend = visible;
    if (chart != null) {
      chart.getStyler().setLegendVisible(visible);
    }
    return this;
  }

  /** The XChart chart, built on first use. */
  public XYChart chart() {
    if (chart == null) {
      XYChart c = new XYChart(width, height);
      c.setTitle(title == null ? "" : title);
      c.setXAxisTitle(xLabel == null ? "" : xLabel);
      c.setYAxisTitle(yLabel == null ? "" : yLabel);
      c.getStyler().setLegendVisible(legend != null ? legend : seriesCount <= 20);
      c.getStyler().setChartTitleVisible(title != null && !title.isEmpty());
      // XChart's default hint packs time ticks so densely that their labels run together
      c.getStyler().setXAxisTickMarkSpacingHint(Math.max(80, width / 10));
      c.getStyler().setXAxisMaxLabelCount(Math.max(4, width / 80));
      content.accept(c);
      chart = c;
    }
    return chart;
  }

  /** The chart drawn into an image. */
  public BufferedImage toImage() {
    return BitmapEncoder.getBufferedImage(chart());
  }

  /** Saves as PNG or SVG, chosen by the file's extension ({@code .png}, {@code .svg}). */
  public Path save(String file) {
    return save(Path.of(file));
  }

  /** Saves as PNG or SVG, chosen by the file's extension ({@code .png}, {@code .svg}). */
  public Path save(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return savePng(file);
    }
    if (name.endsWith(".svg")) {
      return saveSvg(file);
    }
    throw new IllegalArgumentException(
        "cannot tell the picture format of '" + file + "'; name it .png or .svg");
  }

  /** Saves as PNG. */
  public Path savePng(Path file) {
    return write(file, out -> BitmapEncoder.saveBitmap(chart(), out, BitmapEncoder.BitmapFormat.PNG));
  }

  /** Saves as SVG. */
  public Path saveSvg(Path file) {
    return write(
        file,
        out ->
            VectorGraphicsEncoder.saveVectorGraphic(
                chart(), out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG));
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
      throw new UncheckedIOException("could not save the plot to '" + file + "': " + e, e);
    }
  }
}
