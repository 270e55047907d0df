package org.brainj.examples.manual;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.brainj.examples.cli.Charts;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.runtime.connect.Connect;
import org.brainj.runtime.connect.Connectivity;
import org.brainj.runtime.connect.Connector;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Manual chapter 5, synaptic connectivity: every connector of {@code brainpy.connect} with the
 * manual's arguments, built with {@link Connect} and drawn. Matrix-like connectors are drawn as
 * their connection matrix (a square at each (post, pre) pair); the geometric ones of 5.2.4-5.2.6
 * (GaussianProb, GaussianWeight, DOG) as the manual draws them: the connections (or weights) of
 * one presynaptic neuron over the 2-D grid of postsynaptic neurons. The summary lists each
 * connector's synapse count and degrees.
 */
public final class ConnectExample implements Example {
  /** How a connectivity is drawn. */
  private enum View {
    /** the connection matrix: a square at every (post, pre) pair */
    MATRIX,
    /** the synapses (weights where given) of one presynaptic neuron over the 2-D post grid */
    NEIGHBOURHOOD
  }

  /** One connector of the manual, its groups' shape and how to draw it. */
  private record Case(String file, String section, Connector connector, int[] shape, View view,
      int neuron) {
    static Case matrix(String file, String section, Connector c, int... shape) {
      return new Case(file, section, c, shape, View.MATRIX, -1);
    }

    static Case around(String file, String section, Connector c, int neuron, int... shape) {
      return new Case(file, section, c, shape, View.NEIGHBOURHOOD, neuron);
    }
  }

  /** The manual's IndexConn of 5.3: pre 0, 1, 2 onto post 0, with groups of 5 and 3. */
  private static final int[] INDEX_PRE = {0, 1, 2};
  private static final int[] INDEX_POST = {0, 0, 0};

  @Override
  public String name() {
    return "connect";
  }

  @Override
  public String description() {
    return "every connector of the manual drawn as a connection matrix or a 2-D pattern, with"
        + " synapse counts (manual 5)";
  }

  @Override
  public void run(ExampleContext ctx) {
    for (Case c : cases()) {
      Connectivity conn = c.connector().build(c.shape());
      ctx.report(describe(c, conn));
      if (c.view() == View.MATRIX) {
        Charts.save(matrix(c.section() + " " + c.connector() + " on " + shape(c.shape()), conn),
            ctx.file(c.file()));
      } else {
        Charts.save(neighbourhood(c, conn), ctx.file(c.file()));
      }
    }
    // 5.3: a connectivity given by index lists (the manual's IndexConn) between 5 and 3 neurons
    Connectivity index = Connect.fromIds(INDEX_PRE, INDEX_POST).build(5, 3);
    ctx.report(String.format(Locale.ROOT, "5.3 fromIds(i=%s, j=%s) on 5 -> 3: %d synapses;"
        + " pre2post %s; pre_slice_syn %s", Arrays.toString(INDEX_PRE),
        Arrays.toString(INDEX_POST), index.synapseCount(),
        Arrays.deepToString(index.pre2post()), Arrays.deepToString(index.preSlice())));
    Charts.save(matrix("5.3 fromIds(i=[0, 1, 2], j=[0, 0, 0]) on 5 -> 3", index),
        ctx.file("connect_index.png"));
    // 5.3 by conn_mat: a connector from a boolean matrix, here its transpose for the 3 -> 5 view
    Connectivity fromMatrix = Connect.fromMatrix(index.transpose().connMat()).build(3, 5);
    ctx.report(String.format(Locale.ROOT, "5.3 fromMatrix(conn_mat of the transpose, 3 x 5):"
        + " %d synapses; post2pre %s (the index connector's pre2post)",
        fromMatrix.synapseCount(), Arrays.deepToString(fromMatrix.post2pre())));
    Charts.save(matrix("5.3 fromMatrix(3 x 5 conn_mat)", fromMatrix),
        ctx.file("connect_matrix.png"));
  }

  /** The manual's connectors with its arguments; sizes chosen so that the pictures stay legible. */
  private static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(Case.matrix("connect_one2one.png", "5.1.1", Connect.one2One(), 30));
    cases.add(Case.matrix("connect_all2all.png", "5.1.2", Connect.all2All().includeSelf(false),
        20));
    cases.add(Case.matrix("connect_grid_four.png", "5.1.3",
        Connect.gridFour().includeSelf(false), 8, 8));
    cases.add(Case.matrix("connect_grid_eight.png", "5.1.4",
        Connect.gridEight().includeSelf(false), 8, 8));
    cases.add(Case.matrix("connect_grid_n.png", "5.1.5",
        Connect.gridN(2).includeSelf(false), 8, 8));
    cases.add(Case.matrix("connect_fixed_prob.png", "5.2.1",
        Connect.fixedProb(0.5).includeSelf(false).seed(1234), 50));
    cases.add(Case.matrix("connect_fixed_pre_num.png", "5.2.2",
        Connect.fixedPreNum(10).includeSelf(true).seed(1234), 100));
    cases.add(Case.matrix("connect_fixed_post_num.png", "5.2.3",
        Connect.fixedPostNum(10).includeSelf(true).seed(1234), 100));
    cases.add(Case.around("connect_gaussian_prob.png", "5.2.4",
        Connect.gaussianProb(0.2).pMin(0.01).normalize(true).includeSelf(true).seed(1234),
        15 * 30 + 15, 30, 30));
    cases.add(Case.around("connect_gaussian_weight.png", "5.2.5",
        Connect.gaussianWeight(0.1, 1.0).wMin(0.01).normalize(true).includeSelf(true), 820,
        40, 40));
    cases.add(Case.around("connect_dog.png", "5.2.6",
        Connect.dog(0.08, 0.15, 1.0, 0.7).wMin(0.01).normalize(true).includeSelf(true),
        40 * 40 / 2 + 40 / 2, 40, 40));
    cases.add(Case.matrix("connect_small_world.png", "5.2.7",
        Connect.smallWorld(5, 0.2).directed(false).includeSelf(false).seed(1234), 50));
    cases.add(Case.matrix("connect_scale_free_ba.png", "5.2.8",
        Connect.scaleFreeBA(5).directed(false).seed(12345), 100));
    cases.add(Case.matrix("connect_scale_free_ba_dual.png", "5.2.9",
        Connect.scaleFreeBADual(3, 5, 0.5).directed(false).seed(12345), 100));
    cases.add(Case.matrix("connect_power_law.png", "5.2.10",
        Connect.powerLaw(3, 0.5).directed(false).seed(12345), 100));
    return cases;
  }

  private static String describe(Case c, Connectivity conn) {
    int[] out = new int[conn.preNum()];
    int[] in = new int[conn.postNum()];
    for (int i = 0; i < out.length; i++) {
      out[i] = conn.outDegree(i);
    }
    for (int j = 0; j < in.length; j++) {
      in[j] = conn.inDegree(j);
    }
    String text = String.format(Locale.ROOT, "%-7s %s on %s: %d synapses (%d -> %d neurons);"
        + " out-degree %s, in-degree %s", c.section(), c.connector(), shape(c.shape()),
        conn.synapseCount(), conn.preNum(), conn.postNum(), range(out), range(in));
    if (c.view() == View.NEIGHBOURHOOD) {
      text += String.format(Locale.ROOT, "; neuron %d has %d", c.neuron(),
          conn.outDegree(c.neuron()));
    }
    return text;
  }

  private static String shape(int[] s) {
    return s.length == 1 ? String.valueOf(s[0]) : s[0] + "x" + s[1];
  }

  /** "min-max, mean m" of a degree sequence. */
  private static String range(int[] d) {
    int min = Integer.MAX_VALUE;
    int max = 0;
    long sum = 0;
    for (int x : d) {
      min = Math.min(min, x);
      max = Math.max(max, x);
      sum += x;
    }
    return String.format(Locale.ROOT, "%d-%d (mean %.2f)", min, max, (double) sum / d.length);
  }

  /** The connection matrix: a square at (post, pre) for every synapse. */
  private static XYChart matrix(String title, Connectivity conn) {
    int[] pre = conn.preIds();
    int[] post = conn.postIds();
    double[] x = new double[post.length];
    double[] y = new double[pre.length];
    for (int s = 0; s < x.length; s++) {
      x[s] = post[s];
      y[s] = pre[s];
    }
    int n = Math.max(conn.preNum(), conn.postNum());
    XYChart chart = new XYChartBuilder().width(700).height(700)
        .title(title + ": " + conn.synapseCount() + " synapses").xAxisTitle("post id")
        .yAxisTitle("pre id").build();
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setMarkerSize(Math.max(2, Math.min(16, 560 / n)));
    chart.getStyler().setXAxisMin(-0.5);
    chart.getStyler().setXAxisMax(conn.postNum() - 0.5);
    chart.getStyler().setYAxisMin(-0.5);
    chart.getStyler().setYAxisMax(conn.preNum() - 0.5);
    boolean empty = x.length == 0; // XChart cannot draw an empty series
    XYSeries s = chart.addSeries("synapses", empty ? new double[] {Double.NaN} : x,
        empty ? new double[] {Double.NaN} : y);
    s.setMarker(SeriesMarkers.SQUARE);
    s.setMarkerColor(Color.BLACK);
    return chart;
  }

  /** The synapses of one presynaptic neuron over the 2-D grid of postsynaptic neurons. */
  private static HeatMapChart neighbourhood(Case c, Connectivity conn) {
    int height = c.shape()[0];
    int width = c.shape()[1];
    double[] value = new double[height * width];
    int row = c.neuron();
    int[] indptr = conn.preIndptr();
    int[] post = conn.postIds();
    double[] w = conn.hasWeights() ? conn.weights() : null;
    double lo = 0;
    double hi = 0;
    for (int s = indptr[row]; s < indptr[row + 1]; s++) {
      value[post[s]] = w == null ? 1 : w[s];
      lo = Math.min(lo, value[post[s]]);
      hi = Math.max(hi, value[post[s]]);
    }
    List<Integer> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (int k = 0; k < width; k++) {
      xs.add(k);
    }
    for (int k = 0; k < height; k++) {
      ys.add(k);
    }
    List<Number[]> cells = new ArrayList<>();
    for (int r = 0; r < height; r++) {
      for (int col = 0; col < width; col++) {
        cells.add(new Number[] {col, r, value[r * width + col]});
      }
    }
    String what = w == null ? "connections" : "weights";
    HeatMapChart chart = new HeatMapChartBuilder().width(700).height(650).build();
    chart.setTitle(c.section() + " " + c.connector().getClass().getSimpleName() + ": " + what
        + " of neuron " + row + " (row " + row / width + ", col " + row % width + ")");
    chart.setXAxisTitle("post column");
    chart.setYAxisTitle("post row");
    chart.getStyler().setShowValue(false);
    chart.getStyler().setPlotContentSize(0.95);
    if (lo < 0) {
      double m = Math.max(-lo, hi);   // symmetric, so that white is 0
      chart.getStyler().setMin(-m);
      chart.getStyler().setMax(m);
      chart.getStyler().setRangeColors(new Color[] {Color.BLUE, Color.WHITE, Color.RED});
    } else {
      chart.getStyler().setMin(0);
      chart.getStyler().setMax(hi > 0 ? hi : 1);
      chart.getStyler().setRangeColors(new Color[] {Color.WHITE, new Color(200, 30, 30)});
    }
    chart.getStyler().setDecimalPattern("0.00");   // the legend's numbers
    chart.getStyler().setXAxisDecimalPattern("0");
    chart.getStyler().setYAxisDecimalPattern("0");
    chart.getStyler().setXAxisMaxLabelCount(10);
    chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
    chart.addSeries(what, xs, ys, cells);
    return chart;
  }
}
