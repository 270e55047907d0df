package org.brainj.examples.manual;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.brainj.examples.cli.Charts;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.examples.networks.Gamma;
import org.brainj.models.HHGammaGroup;
import org.brainj.models.LIFGroup;
import org.brainj.runtime.input.InputValue;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.net.Runner;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Manual chapter 9, the repeat running mode, on networks that are built once:
 *
 * <ul>
 *   <li>9.1, parameter search: the firing rate of a LIF neuron (3.1.1) against its input current
 *       for two membrane time constants. For every point the network is reset, the input
 *       replaced and {@code tau} set; nothing is rebuilt. The rates are compared with the
 *       analytic rate {@code 1000 / (t_ref + tau ln((R I - V_reset) / (R I - V_th)))} Hz.
 *   <li>9.2, splitting a long run: the manual's gamma network (HH + GABA_A, here 100 neurons)
 *       run as 0-500, 500-1000 and 1000-1500 ms, the last part with the input given as a
 *       vector, then reset and run as one 1500 ms run. The spikes and the final state must be identical.
 * </ul>
 */
public final class RepeatExample implements Example {
  private static final double[] TAUS = {10, 20};
  private static final Color[] COLORS = {new Color(30, 80, 200), new Color(200, 40, 40)};
  private static final int CURRENTS = 25;        // 0, 2.5, ..., 60
  private static final double CURRENT_STEP = 2.5;
  /** The manual's 9.2 uses 200 neurons; 100 (as in 9.1) keeps the two 1500 ms runs quick. */
  private static final int GAMMA_N = 100;

  @Override
  public String name() {
    return "repeat";
  }

  @Override
  public String description() {
    return "repeat mode: LIF rate vs input and tau by reset + set (9.1); a 1500 ms run split"
        + " in three equals one run (9.2)";
  }

  @Override
  public void run(ExampleContext ctx) {
    sweep(ctx);
    split(ctx);
  }

  // ------------------------------------------------------------------ 9.1

  private static void sweep(ExampleContext ctx) {
    Network net = Network.create();
    LIFGroup lif = net.add(LIFGroup.builder(1).name("LIF").build());
    Runner runner = net.runner().dt(0.1).monitorSpikes(lif);
    double duration = ctx.scale(1000);

    double[] currents = new double[CURRENTS];
    for (int k = 0; k < CURRENTS; k++) {
      currents[k] = k * CURRENT_STEP;
    }
    XYChart chart = Charts.empty("LIF rate vs input (manual 9.1): simulated (dots) and analytic"
        + " (lines)", "input I", "rate (Hz)");
    chart.getStyler().setLegendVisible(true);
    double worst = 0;
    int runs = 0;
    double firstRun = 0;
    double otherRuns = 0;
    for (int which = 0; which < TAUS.length; which++) {
      double tau = TAUS[which];
      lif.tau().set(tau);                           // a parameter: takes effect at the next run
      double[] simulated = new double[CURRENTS];
      double[] analytic = new double[CURRENTS];
      StringBuilder table = new StringBuilder();
      for (int k = 0; k < CURRENTS; k++) {
        net.reset();                                // initial state, time 0; nothing rebuilt
        runner.clearInputs().input(lif.input(), currents[k]);
        RunResult r = runner.run(duration);
        simulated[k] = rate(r.spikes(lif), duration);
        analytic[k] = analyticRate(currents[k], tau);
        if (runs++ == 0) {
          firstRun = r.elapsedSeconds();
        } else {
          otherRuns += r.elapsedSeconds();
        }
        if (analytic[k] > 0) {
          worst = Math.max(worst, Math.abs(simulated[k] - analytic[k]) / analytic[k]);
        }
        if (k % 4 == 0) {
          table.append(String.format(Locale.ROOT, " I=%.0f: %.1f/%.1f", currents[k],
              simulated[k], analytic[k]));
        }
      }
      ctx.report(String.format(Locale.ROOT, "tau = %.0f ms, rate simulated/analytic (Hz):%s",
          tau, table));
      XYSeries dots = chart.addSeries("simulated, tau = " + (int) tau, currents, simulated);
      dots.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      dots.setMarker(SeriesMarkers.CIRCLE);
      dots.setMarkerColor(COLORS[which]);
      XYSeries line = chart.addSeries("analytic, tau = " + (int) tau, currents, analytic);
      line.setMarker(SeriesMarkers.NONE);
      line.setLineColor(COLORS[which]);
    }
    ctx.report(String.format(Locale.ROOT, "sweep: %d runs of %.0f ms on one network (reset,"
        + " new input, tau set); largest deviation from the analytic rate %.1f %% (Euler at"
        + " dt = 0.1 and spike times on the 0.1 ms grid); first run %.4f s (the JVM warming up),"
        + " later runs %.4f s on average: nothing is compiled or rebuilt between runs", runs,
        duration, 100 * worst, firstRun, otherRuns / (runs - 1)));
    Charts.save(chart, ctx.file("repeat_rate_vs_input.png"));
  }

  /** Rate from the mean interspike interval (from the count when fewer than 2 spikes). */
  private static double rate(SpikeRecord s, double duration) {
    double[] t = s.times();
    if (t.length < 2) {
      return t.length / (duration / 1000);
    }
    return 1000 * (t.length - 1) / (t[t.length - 1] - t[0]);
  }

  /** The LIF's defaults: V_rest 0, V_reset -5, V_th 20, R 1, t_ref 1 ms. */
  private static double analyticRate(double input, double tau) {
    double ri = input;
    if (ri <= 20) {
      return 0;
    }
    return 1000 / (1 + tau * Math.log((ri + 5) / (ri - 20)));
  }

  // ------------------------------------------------------------------ 9.2

  private static void split(ExampleContext ctx) {
    Gamma gamma = Gamma.build(GAMMA_N);
    HHGammaGroup group = gamma.group();
    Runner runner = gamma.runner().monitorSpikes(group);
    if (ctx.progress()) {
      runner.report(0.5, ctx.out());
    }
    double part = ctx.scale(500);
    List<RunResult> parts = new ArrayList<>();
    parts.add(runner.run(0, part));
    parts.add(runner.run(part, 2 * part));
    double[] iext = new double[GAMMA_N];
    Arrays.fill(iext, Gamma.INPUT);
    // the manual's third run gives the input as a vector instead of a number
    runner.clearInputs().input(group.input(), InputValue.perNeuron(iext));
    parts.add(runner.run(2 * part, 3 * part));
    double[] vSplit = group.V().toDoubleArray();

    gamma.network().reset();
    runner.clearInputs().input(group.input(), Gamma.INPUT);
    RunResult whole = runner.run(3 * part);
    double[] vWhole = group.V().toDoubleArray();

    List<double[]> splitSpikes = new ArrayList<>();
    for (RunResult r : parts) {
      SpikeRecord s = r.spikes(group);
      for (int k = 0; k < s.count(); k++) {
        splitSpikes.add(new double[] {s.times()[k], s.indices()[k]});
      }
    }
    SpikeRecord all = whole.spikes(group);
    boolean sameSpikes = splitSpikes.size() == all.count();
    for (int k = 0; sameSpikes && k < all.count(); k++) {
      sameSpikes = splitSpikes.get(k)[0] == all.times()[k]
          && splitSpikes.get(k)[1] == all.indices()[k];
    }
    boolean sameState = Arrays.equals(vSplit, vWhole);
    for (int k = 0; k < parts.size(); k++) {
      RunResult r = parts.get(k);
      ctx.report(String.format(Locale.ROOT, "9.2 run %d: t = [%.0f, %.0f) ms, %d spikes, %.3f s%s",
          k + 1, r.t0(), r.tEnd(), r.spikes(group).count(), r.elapsedSeconds(),
          k == 2 ? " (input as a vector of 1.2)" : ""));
    }
    ctx.report(String.format(Locale.ROOT, "9.2 one run of %.0f ms after reset: %d spikes, %.3f s;"
        + " spike times and indices identical to the three runs: %s; final V identical bit for"
        + " bit: %s", 3 * part, all.count(), whole.elapsedSeconds(), sameSpikes ? "yes" : "NO",
        sameState ? "yes" : "NO"));
    Charts.save(splitRaster(parts, group), ctx.file("repeat_split_raster.png"));
  }

  /** The three runs' spikes in three colours on one time axis. */
  private static XYChart splitRaster(List<RunResult> parts, HHGammaGroup group) {
    XYChart chart = Charts.empty("gamma network (" + group.size() + " HH + GABA_A) run in three"
        + " parts (manual 9.2)", "Time (ms)", "Neuron index");
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(2);
    chart.getStyler().setLegendVisible(true);
    chart.getStyler().setYAxisMin(-0.5);
    chart.getStyler().setYAxisMax(group.size() - 0.5);
    for (int k = 0; k < parts.size(); k++) {
      SpikeRecord s = parts.get(k).spikes(group);
      double[] y = new double[s.count()];
      for (int i = 0; i < y.length; i++) {
        y[i] = s.indices()[i];
      }
      boolean empty = y.length == 0;
      XYSeries series = chart.addSeries(String.format(Locale.ROOT, "run %d: %.0f-%.0f ms", k + 1,
          parts.get(k).t0(), parts.get(k).tEnd()), empty ? new double[] {Double.NaN} : s.times(),
          empty ? new double[] {Double.NaN} : y);
      series.setMarker(SeriesMarkers.CIRCLE);
    }
    return chart;
  }
}
