package org.brainj.examples.manual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.ExampleContext;
import org.brainj.models.FreqInputGroup;
import org.brainj.models.LIFGroup;
import org.brainj.models.PoissonGroup;
import org.brainj.models.synapses.ExpCUBASynapses;
import org.brainj.runtime.connect.Connect;
import org.brainj.runtime.input.Current;
import org.brainj.runtime.input.Inputs;
import org.brainj.runtime.input.SpikeTimeGroup;
import org.brainj.runtime.measure.Measures;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.plot.Plots;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Manual chapter 17: the current builders of {@code brainpy.inputs} ({@code period_input},
 * {@code constant_current}, {@code spike_input}, {@code ramp_input}) with the manual's arguments,
 * each plotted over time, then inputs at work: a period input switching a LIF group on and off, and
 * the input groups of BrainPy 0.2.3 (Poisson, spike times, fixed frequency) driving LIF neurons
 * through synapses.
 */
public final class InputsExample implements Example {
  @Override
  public String name() {
    return "inputs";
  }

  @Override
  public String description() {
    return "input currents (period, constant, spike, ramp) and Poisson / spike-time / frequency"
        + " input groups driving LIF neurons (manual 17)";
  }

  @Override
  public void run(ExampleContext ctx) {
    currents(ctx);
    currentDrivesLif(ctx);
    inputGroups(ctx);
  }

  /** The manual's five currents, each plotted as in its {@code show(current, duration, title)}. */
  private static void currents(ExampleContext ctx) {
    Current period = Inputs.periodInput(new double[] {0, 1, 0}, new double[] {100, 300, 100});
    describe(ctx, "period_input([0, 1, 0], [100, 300, 100])", period, 99.9, 100.0, 399.9, 400.0);
    plot(ctx, period, "[(0, 100), (1, 300), (0, 100)]", "inputs_period.png");

    Current constant =
        Inputs.constantCurrent(new double[][] {{-1, 10}, {1, 3}, {3, 30}, {-0.5, 10}}, 0.1);
    describe(ctx, "constant_current([(-1, 10), (1, 3), (3, 30), (-0.5, 10)], 0.1)", constant,
        9.9, 10.0, 12.9, 13.0, 43.0);
    plot(ctx, constant, "[(-1, 10), (1, 3), (3, 30), (-0.5, 10)]", "inputs_constant.png");

    Current spikes = Inputs.spikeInput(new double[] {10, 20, 30, 200, 300}, 1.0, 0.5, 400.0);
    long pulses = Arrays.stream(spikes.samples()).filter(v -> v != 0).count();
    describe(ctx, "spike_input([10, 20, 30, 200, 300], 1, 0.5, 400)", spikes, 9.9, 10.0, 10.9,
        11.0);
    ctx.report("  " + pulses + " samples are 0.5 (5 pulses of 1 ms = 10 steps)");
    plot(ctx, spikes, "Spike Input Example", "inputs_spike.png");

    Current ramp = Inputs.rampInput(0, 1, 1000);
    describe(ctx, "ramp_input(0, 1, 1000)", ramp, 0.0, 500.0, 999.9);
    plot(ctx, ramp, "c_start=0, c_end=1, duration=1000, t_start=0, t_end=None",
        "inputs_ramp.png");

    Current section = Inputs.rampInput(0, 1, 1000, 200, 800);
    describe(ctx, "ramp_input(0, 1, 1000, 200, 800)", section, 199.9, 200.0, 799.9, 800.0);
    plot(ctx, section, "c_start=0, c_end=1, duration=1000, t_start=200, t_end=800",
        "inputs_ramp_section.png");
  }

  /** The period input as the input of 10 LIF neurons: they fire only while it is on. */
  private static void currentDrivesLif(ExampleContext ctx) {
    Network net = Network.create();
    LIFGroup lif = net.add(LIFGroup.builder(10).name("LIF").build());
    Current current =
        Inputs.periodInput(new double[] {0, 26, 0}, new double[] {100, 300, 100}, 0.1);
    // the whole current, whatever the scale: 10 neurons for 500 ms cost nothing
    double duration = current.duration();
    SpikeRecord s = net.runner().dt(current.dt()).input(lif.input(), current).monitorSpikes(lif)
        .run(duration).spikes(lif);
    double[] times = s.times();
    ctx.report(String.format(Locale.ROOT,
        "LIF driven by period_input([0, 26, 0], [100, 300, 100]) for %.1f ms: %d spikes%s",
        duration, s.count(), times.length == 0 ? ""
            : String.format(Locale.ROOT, " between %.1f and %.1f ms", times[0],
                times[times.length - 1])));
    Plots.raster(s).title("LIF driven by a period input (on from 100 to 400 ms)")
        .save(ctx.file("inputs_lif_raster.png"));
  }

  /** Poisson, spike-time and frequency groups, each connected to LIF neurons by synapses. */
  private static void inputGroups(ExampleContext ctx) {
    Network net = Network.create();
    PoissonGroup poisson =
        net.add(PoissonGroup.builder(100).name("Poisson").freq(20).seed(2021).build());
    SpikeTimeGroup times = net.add(SpikeTimeGroup.builder(2).name("Times")
        .spikes(new double[] {10, 20, 20, 30}, new int[] {0, 0, 1, 1}).build());
    FreqInputGroup freq =
        net.add(FreqInputGroup.builder(1).name("Freq").freq(50).startTime(5).build());
    LIFGroup post = net.add(LIFGroup.builder(10).name("Post").build());
    net.connect(poisson, post, ExpCUBASynapses.builder().name("P2Post").weight(9).tau(5),
        Connect.fixedProb(0.2).seed(1));
    net.connect(times, post, ExpCUBASynapses.builder().name("T2Post").weight(2), Connect.all2All());
    net.connect(freq, post, ExpCUBASynapses.builder().name("F2Post").weight(2), Connect.all2All());
    double duration = ctx.scale(1000);
    RunResult r = net.runner().dt(0.1).monitorSpikes(poisson, times, freq, post).run(duration);

    SpikeRecord p = r.spikes(poisson);
    double rate = p.count() / (100 * duration / 1000);
    double[] cv = Measures.isiCv(p);
    double meanCv = Arrays.stream(cv).filter(Double::isFinite).average().orElse(Double.NaN);
    ctx.report(String.format(Locale.ROOT,
        "Poisson group, 100 neurons at 20 Hz for %.1f ms: %d spikes, %.2f Hz, mean ISI CV %.2f",
        duration, p.count(), rate, meanCv));
    SpikeRecord t = r.spikes(times);
    ctx.report("SpikeTime group (neuron 0 at 10, 20 ms; neuron 1 at 20, 30 ms): spikes at steps "
        + Arrays.toString(t.steps()) + ", neurons " + Arrays.toString(t.indices()));
    SpikeRecord f = r.spikes(freq);
    ctx.report(String.format(Locale.ROOT,
        "FreqInput group, 50 Hz from 5 ms: %d spikes, first at %.1f ms", f.count(),
        f.count() == 0 ? Double.NaN : f.times()[0]));
    SpikeRecord out = r.spikes(post);
    ctx.report(String.format(Locale.ROOT, "Post (10 LIF neurons fed by all three): %d spikes,"
        + " %.2f Hz", out.count(), out.count() / (10 * duration / 1000)));
    Plots.raster(p).title("Poisson input group, 20 Hz").save(ctx.file("inputs_poisson_raster.png"));
    Plots.rate(p, 10.0).title("Poisson input group: population rate (10 ms window)")
        .save(ctx.file("inputs_poisson_rate.png"));
  }

  /** Reports a current's shape and its values at some times. */
  private static void describe(ExampleContext ctx, String call, Current c, double... at) {
    StringBuilder values = new StringBuilder();
    for (double t : at) {
      int k = (int) Math.round(t / c.dt());
      values.append(String.format(Locale.ROOT, "%sI(%.1f) = %s", values.length() == 0 ? "" : ", ",
          t, c.get(k)));
    }
    ctx.report(String.format(Locale.ROOT, "%s: %d samples at dt = %.1f ms, duration %.1f ms; %s",
        call, c.length(), c.dt(), c.duration(), values));
  }

  /** The current over time, like the manual's {@code show}. */
  private static void plot(ExampleContext ctx, Current c, String title, String file) {
    XYChart chart = new XYChart(800, 400);
    chart.setTitle(title);
    chart.setXAxisTitle("Time [ms]");
    chart.setYAxisTitle("Current Value");
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setXAxisDecimalPattern("0");
    chart.getStyler().setYAxisDecimalPattern("0.##");
    XYSeries s = chart.addSeries("current", c.times(), c.samples());
    s.setMarker(SeriesMarkers.NONE);
    try {
      // saveBitmap appends the extension itself
      String path = ctx.file(file).toString();
      BitmapEncoder.saveBitmap(chart, path.substring(0, path.length() - 4),
          BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
