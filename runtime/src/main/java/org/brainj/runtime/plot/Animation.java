package org.brainj.runtime.plot;

import com.madgag.gif.fmsware.AnimatedGifEncoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An animated GIF of one-dimensional variables over time, as BrainPy's {@code animate_1D}: each
 * frame plots the values against the position (neuron index) at one time, titled with the time.
 * Made by {@link Plots#animate1d}.
 *
 * <pre>{@code
 * Plots.animate1d(r.trace(g.V())).frameStep(10).delay(50).save("v.gif");
 * }</pre>
 *
 * <p>All frames share one value axis (the range of all values, rounded outwards to round
 * numbers, unless {@link #yRange} fixes it), so that movement shows.
 */
public final class Animation {
  private static final String GIF = ".gif";

  private final double[] times;
  private double[] positions;
  private final Map<String, double[][]> variables = new LinkedHashMap<>();
  private final Map<String, double[]> fixed = new LinkedHashMap<>();
  private int frameStep = 1;
  private int delay = 50;
  private int width = 800;
  private int height = 500;
  private String title;
  private String xLabel = "Neuron index";
  private String yLabel = "";
  private double[] yRange;

  Animation(double[] times) {
    this.times = Checks.data("times", times).clone();
    for (int i = 0; i < this.times.length; i++) {
      if (Double.isNaN(this.times[i])) {
        throw new IllegalArgumentException("times has NaN at index " + i);
      }
    }
  }

  /**
   * Adds a variable that changes over time: {@code values[t][i]} at time {@code times[t]} and
   * position {@code i}.
   */
  public Animation variable(String name, double[][] values) {
    String what = checkName(name);
    Objects.requireNonNull(values, "values of '" + name + "'");
    if (values.length != times.length) {
      throw new IllegalArgumentException(
          "values of '" + name + "': has " + values.length + " rows but there are "
              + times.length + " times");
    }
    double[][] copy = new double[values.length][];
    int n = positionCount();
    for (int t = 0; t < values.length; t++) {
      copy[t] = Checks.data(what + " at time index " + t, values[t]).clone();
      if (n < 0) {
        n = copy[t].length; // the first variable's first row sets the number of positions
      }
      if (copy[t].length != n) {
        throw new IllegalArgumentException(
            what + " at time index " + t + ": has " + copy[t].length + " values but there are "
                + n + " positions");
      }
    }
    variables.put(name, copy);
    return this;
  }

  /** Adds a curve that stays the same in every frame (BrainPy's {@code static_vars}). */
  public Animation fixed(String name, double[] values) {
    String what = checkName(name);
    double[] copy = Checks.data(what, values).clone();
    checkWidth(what, copy.length);
    fixed.put(name, copy);
    return this;
  }

  /** The horizontal coordinate of each position (default 0, 1, 2, ...). */
  public Animation positions(double[] x) {
    double[] copy = Checks.data("positions", x).clone();
    if (positions == null && variables.isEmpty() && fixed.isEmpty()) {
      positions = copy;
      return this;
    }
    int n = positionCount();
    if (copy.length != n) {
      throw new IllegalArgumentException(
          "positions: has " + copy.length + " values but the variables have " + n);
    }
    positions = copy;
    return this;
  }

  /** Draws every {@code step}-th time (default 1: every time). */
  public Animation frameStep(int step) {
    this.frameStep = Checks.positive("frameStep", step);
    return this;
  }

  /** The time each frame shows, in milliseconds of real time (default 50). */
  public Animation delay(int milliseconds) {
    this.delay = Checks.positive("delay", milliseconds);
    return this;
  }

  /** The frames' size in pixels (default 800 x 500). */
  public Animation size(int width, int height) {
    this.width = Checks.positive("width", width);
    this.height = Checks.positive("height", height);
    return this;
  }

  /** The title before each frame's time, or null. */
  public Animation title(String title) {
    this.title = title;
    return this;
  }

  public Animation xLabel(String label) {
    this.xLabel = label;
    return this;
  }

  public Animation yLabel(String label) {
    this.yLabel = label;
    return this;
  }

  /** Fixes the value axis to [min, max] in every frame. */
  public Animation yRange(double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
      throw new IllegalArgumentException(
          "yRange: needs finite min < max, got [" + min + ", " + max + "]");
    }
    this.yRange = new double[] {min, max};
    return this;
  }

  /** The number of frames: one for every {@code frameStep}-th time, starting with the first. */
  public int frameCount() {
    return (times.length + frameStep - 1) / frameStep;
  }

  /** The time shown in frame {@code k}. */
  public double frameTime(int k) {
    Objects.checkIndex(k, frameCount());
    return times[k * frameStep];
  }

  /** Frame {@code k} as a plot, e.g. to look at one moment or save it as PNG or SVG. */
  public Plot frame(int k) {
    Objects.checkIndex(k, frameCount());
    if (variables.isEmpty()) {
      throw new IllegalStateException("an animation needs at least one variable");
    }
    int t = k * frameStep;
    double[] x = positions != null ? positions : indices(positionCount());
    String time = "t = " + timeFormat().format(times[t]) + " ms";
    Plot plot =
        new Plot(title == null || title.isEmpty() ? time : title + ", " + time, xLabel, yLabel)
            .size(width, height);
    variables.forEach((name, values) -> plot.line(name, x, values[t]));
    fixed.forEach((name, values) -> plot.line(name, x, values));
    if (x.length > 1) {
      double[] xb = Ticks.bounds(min(x), max(x), 20);
      plot.xRange(xb[0], xb[1]);
    }
    double[] yb = yRange != null ? yRange : valueBounds();
    return plot.yRange(yb[0], yb[1]);
  }

  /**
   * Writes the animated GIF, looping forever.
   *
   * @param file a file name ending in {@code .gif}
   */
  public Path save(String file) {
    Objects.requireNonNull(file, "file");
    return save(Path.of(file));
  }

  /**
   * Writes the animated GIF, looping forever; frames are drawn and encoded one at a time.
   *
   * @param file a file ending in {@code .gif}
   */
  public Path save(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    if (name == null || !name.toString().toLowerCase(Locale.ROOT).endsWith(GIF)) {
      throw new IllegalArgumentException(
          "file: an animation is saved as GIF, so its name must end in .gif: '" + file + "'");
    }
    int frames = frameCount();
    Plot first = frame(0); // checks that there is something to draw before the file is opened
    return PictureFiles.write(
        file,
        out -> {
          AnimatedGifEncoder gif = new AnimatedGifEncoder();
          check(gif.start(out), file);
          gif.setRepeat(0);
          gif.setDelay(delay);
          for (int k = 0; k < frames; k++) {
            BufferedImage image = (k == 0 ? first : frame(k)).toImage();
            check(gif.addFrame(image), file);
          }
          check(gif.finish(), file);
        });
  }

  private static void check(boolean ok, Path file) throws IOException {
    if (!ok) {
      throw new IOException("the GIF encoder failed writing '" + file + "'");
    }
  }

  private String checkName(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("name: a variable needs a non-empty name");
    }
    if (variables.containsKey(name) || fixed.containsKey(name)) {
      throw new IllegalArgumentException(
          "name: this animation already has a variable named '" + name + "'");
    }
    return "values of '" + name + "'";
  }

  /** The number of positions, from what has been given so far, or -1. */
  private int positionCount() {
    if (positions != null) {
      return positions.length;
    }
    if (!variables.isEmpty()) {
      return variables.values().iterator().next()[0].length;
    }
    if (!fixed.isEmpty()) {
      return fixed.values().iterator().next().length;
    }
    return -1;
  }

  private void checkWidth(String what, int n) {
    int expected = positionCount();
    if (expected >= 0 && n != expected) {
      throw new IllegalArgumentException(
          what + ": has " + n + " values but there are " + expected + " positions");
    }
  }

  private double[] valueBounds() {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[][] values : variables.values()) {
      for (double[] row : values) {
        lo = Math.min(lo, min(row));
        hi = Math.max(hi, max(row));
      }
    }
    for (double[] row : fixed.values()) {
      lo = Math.min(lo, min(row));
      hi = Math.max(hi, max(row));
    }
    if (lo > hi) { // all NaN
      return new double[] {0, 1};
    }
    return Ticks.bounds(lo, hi, 10);
  }

  private static double min(double[] a) {
    double m = Double.POSITIVE_INFINITY;
    for (double x : a) {
      if (x < m) {
        m = x;
      }
    }
    return m;
  }

  private static double max(double[] a) {
    double m = Double.NEGATIVE_INFINITY;
    for (double x : a) {
      if (x > m) {
        m = x;
      }
    }
    return m;
  }

  private static double[] indices(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
    }
    return x;
  }

  private static DecimalFormat timeFormat() {
    return new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
  }
}
