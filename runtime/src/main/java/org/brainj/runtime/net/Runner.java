package org.brainj.runtime.net;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.backend.Executor;
import org.brainj.runtime.backend.RunPlan;
import org.brainj.runtime.backend.ScheduleEntry;
import org.brainj.runtime.backend.SimulationException;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Population;
import org.brainj.runtime.group.SynapseGroup;
import org.brainj.runtime.group.StateVar;
import org.brainj.runtime.input.GroupInputs;
import org.brainj.runtime.input.Input;
import org.brainj.runtime.input.InputOp;
import org.brainj.runtime.input.InputValue;
import org.brainj.runtime.input.TimeNeuronFunction;
import org.brainj.runtime.monitor.GroupMonitors;
import org.brainj.runtime.monitor.Indices;
import org.brainj.runtime.monitor.Monitor;
import org.brainj.runtime.monitor.MonitorStreams;
import org.brainj.runtime.monitor.SpikeMonitor;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.monitor.TimeGrid;
import org.brainj.runtime.monitor.Trace;
import org.brainj.runtime.report.ConsoleProgress;
import org.brainj.runtime.report.ProgressListener;
import org.brainj.runtime.report.Reporting;

/**
 * Runs a network: time step, inputs, monitors, progress reporting and backend, configured
 * fluently, then {@link #run(double)}.
 *
 * <pre>{@code
 * RunResult r = net.runner()
 *     .dt(0.1)
 *     .input(E.input(), 20.0)
 *     .monitor(E.V(), Indices.of(1, 2, 3))
 *     .monitorSpikes(E)
 *     .report(0.1)
 *     .run(100.0);
 * }</pre>
 *
 * <p>The configuration stays for later runs: {@code run(100)} then {@code run(100)} continues the
 * same simulation with the same inputs and monitors; each run returns its own {@link RunResult}.
 */
public final class Runner implements AutoCloseable {
  private final Network net;
  private double dt = 0.1;
  private Backend backend = Backend.SCALAR;
  private Executor executor;
  private final List<Input> inputs = new ArrayList<>();
  private final List<Monitor> monitors = new ArrayList<>();
  private final Map<NeuronGroup, SpikeMonitor> spikeMonitors = new IdentityHashMap<>();
  private final List<SpikeMonitor> spikeOrder = new ArrayList<>();
  private Reporting reporting;
  private MonitorStreams streams;

  Runner(Network net) {
    this.net = net;
  }

  public Network network() {
    return net;
  }

  // ---------------------------------------------------------------- settings

  /** The time step in ms (default 0.1). */
  public Runner dt(double dt) {
    if (!(dt > 0) || Double.isInfinite(dt)) {
      throw new IllegalArgumentException("dt must be a positive number of ms, got " + dt);
    }
    this.dt = dt;
    return this;
  }

  public double dt() {
    return dt;
  }

  /**
   * Releases what the backend holds between runs (worker threads, device buffers); the next run
   * starts a fresh executor. A no-op on the scalar backend.
   */
  @Override
  public void close() {
    if (executor != null) {
      executor.close();
      executor = null;
    }
  }

  /** Which backend steps the network (default {@link Backend#SCALAR}). */
  public Runner backend(Backend backend) {
    Objects.requireNonNull(backend, "backend");
    if (backend != this.backend && executor != null) {
      executor.close();
      executor = null;
    }
    this.backend = backend;
    return this;
  }

  public Backend backend() {
    return backend;
  }

  /** Applies a configuration function: {@code runner.with(r -> r.monitor(E.V()))}. */
  public Runner with(Consumer<Runner> configuration) {
    configuration.accept(this);
    return this;
  }

  // ---------------------------------------------------------------- inputs

  /** Adds {@code value} to {@code target} every step (manual 3.1.1, operation {@code +}). */
  public Runner input(StateVar target, double value) {
    return input(target, InputOp.ADD, InputValue.constant(value));
  }

  /** Combines {@code value} with {@code target} every step using {@code op}. */
  public Runner input(StateVar target, InputOp op, double value) {
    return input(target, op, InputValue.constant(value));
  }

  /** Adds {@code value} (constant, per neuron, time series, function) to {@code target}. */
  public Runner input(StateVar target, InputValue value) {
    return input(target, InputOp.ADD, value);
  }

  /** Adds {@code f(t)} to {@code target} every step. */
  public Runner input(StateVar target, DoubleUnaryOperator f) {
    return input(target, InputOp.ADD, InputValue.ofTime(f));
  }

  /** Adds {@code f(t, i)} to neuron {@code i} of {@code target} every step. */
  public Runner input(StateVar target, TimeNeuronFunction f) {
    return input(target, InputOp.ADD, InputValue.ofTimeAndNeuron(f));
  }

  /**
   * Combines {@code value} with {@code target} every step using {@code op}. Inputs of a group are
   * applied at its {@code input} schedule entry in the order they were added.
   */
  public Runner input(StateVar target, InputOp op, InputValue value) {
    Objects.requireNonNull(target, "input target");
    requireMember(target.group(), "input to '" + target + "'");
    inputs.add(Input.of(target, op, value));
    return this;
  }

  /** Adds {@code value} to the variable named {@code "group.variable"} every step. */
  public Runner input(String target, double value) {
    return input(net.var(target), value);
  }

  /** Combines {@code value} with the variable named {@code "group.variable"} using {@code op}. */
  public Runner input(String target, InputOp op, double value) {
    return input(net.var(target), op, value);
  }

  /** Adds {@code value} to the variable named {@code "group.variable"} every step. */
  public Runner input(String target, InputValue value) {
    return input(net.var(target), value);
  }

  /** Combines {@code value} with the variable named {@code "group.variable"} using {@code op}. */
  public Runner input(String target, InputOp op, InputValue value) {
    return input(net.var(target), op, value);
  }

  /** Removes every input. */
  public Runner clearInputs() {
    inputs.clear();
    return this;
  }

  /** The configured inputs, in order. */
  public List<Input> inputs() {
    return List.copyOf(inputs);
  }

  // ---------------------------------------------------------------- monitors

  /** Records every neuron of {@code var} every step. */
  public Runner monitor(StateVar var) {
    return monitor(var, Indices.all(), 0);
  }

  /** Records the selected neurons of {@code var} every step (manual 8.1). */
  public Runner monitor(StateVar var, Indices indices) {
    return monitor(var, indices, 0);
  }

  /** Records every neuron of {@code var} every {@code period} ms (manual 8.2). */
  public Runner monitor(StateVar var, double period) {
    return monitor(var, Indices.all(), period);
  }

  /**
   * Records the selected neurons of {@code var} every {@code period} ms: at steps {@code i} of a
   * run with {@code i % round(period / dt) == 0}. The period must be a multiple of dt.
   */
  public Runner monitor(StateVar var, Indices indices, double period) {
    Objects.requireNonNull(var, "monitored variable");
    requireMember(var.group(), "monitor of '" + var + "'");
    monitors.add(Monitor.of(var, indices, period));
    return this;
  }

  /** Records the variable named {@code "group.variable"}, e.g. {@code monitor("E.V")}. */
  public Runner monitor(String var) {
    return monitor(net.var(var));
  }

  /** Records selected neurons of the variable named {@code "group.variable"}. */
  public Runner monitor(String var, Indices indices) {
    return monitor(net.var(var), indices);
  }

  /** Records selected neurons of the variable named {@code "group.variable"} every period ms. */
  public Runner monitor(String var, Indices indices, double period) {
    return monitor(net.var(var), indices, period);
  }

  /** Records variable {@code var} of {@code group}, e.g. {@code monitor(E, "V")}. */
  public Runner monitor(NeuronGroup group, String var) {
    return monitor(group.var(var));
  }

  /** Records selected neurons of variable {@code var} of {@code group}. */
  public Runner monitor(NeuronGroup group, String var, Indices indices) {
    return monitor(group.var(var), indices);
  }

  /** Records selected neurons of variable {@code var} of {@code group} every period ms. */
  public Runner monitor(NeuronGroup group, String var, Indices indices, double period) {
    return monitor(group.var(var), indices, period);
  }

  /** Records the spikes of the groups sparsely, as (time, neuron index); see {@link RunResult#spikes}. */
  public Runner monitorSpikes(NeuronGroup... groups) {
    for (NeuronGroup g : groups) {
      Objects.requireNonNull(g, "group");
      requireMember(g, "spike monitor of '" + g.name() + "'");
      if (!spikeMonitors.containsKey(g)) {
        SpikeMonitor m = SpikeMonitor.of(g);
        spikeMonitors.put(g, m);
        spikeOrder.add(m);
      }
    }
    return this;
  }

  /** Records the spikes of the group named {@code group}. */
  public Runner monitorSpikes(String group) {
    return monitorSpikes(net.group(group));
  }

  /** Removes every monitor (variables and spikes). */
  public Runner clearMonitors() {
    monitors.clear();
    spikeMonitors.clear();
    spikeOrder.clear();
    return this;
  }

  /** The configured variable monitors, in order. */
  public List<Monitor> monitors() {
    return List.copyOf(monitors);
  }

  /**
   * Streams every monitor (variables and spikes) to {@code .npy} files in {@code dir} instead of
   * memory, so memory stays constant however long the run: {@code E.V.npy} (rows x neurons),
   * {@code E.V_t.npy}, {@code E.V_indices.npy}, {@code E.spike_times.npy}, {@code
   * E.spike_indices.npy}. Continued runs append to the files; after a reset the next run starts
   * them over; calling {@code streamTo} again starts new files. The traces and spike records of
   * the {@link RunResult} then say where their data are ({@code trace.file()}) instead of holding
   * them. See {@code docs/data-export.md}.
   */
  public Runner streamTo(Path dir) {
    this.streams = new MonitorStreams(dir);
    return this;
  }

  /** Records monitors in memory again (the default), after {@link #streamTo(Path)}. */
  public Runner recordInMemory() {
    this.streams = null;
    return this;
  }

  // ---------------------------------------------------------------- reporting

  /**
   * Prints progress to {@code System.out} every {@code fraction} of a run (0.1: every 10 %), like
   * BrainPy: {@code Run 10.0% used 0.054 s, about 0.486 s left.} Off by default.
   */
  public Runner report(double fraction) {
    return report(fraction, new ConsoleProgress(System.out));
  }

  /** Prints progress to {@code out} every {@code fraction} of a run. */
  public Runner report(double fraction, PrintStream out) {
    return report(fraction, new ConsoleProgress(out));
  }

  /** Tells {@code listener} the progress every {@code fraction} of a run. */
  public Runner report(double fraction, ProgressListener listener) {
    this.reporting = new Reporting(fraction, listener);
    return this;
  }

  /** Turns progress reporting off. */
  public Runner noReport() {
    this.reporting = null;
    return this;
  }

  // ---------------------------------------------------------------- running

  /**
   * Runs {@code duration} ms from the network's current time: {@code round(duration / dt)} steps,
   * step {@code i} at time {@code t0 + i * dt}. The duration must be a multiple of dt.
   */
  public RunResult run(double duration) {
    int n = steps(duration, "run(" + duration + ")");
    return execute(null, n);
  }

  /**
   * Runs from time {@code start} to {@code end} (manual 9.2): the network's time is set to
   * {@code start}, state is kept. {@code end - start} must be a multiple of dt.
   */
  public RunResult run(double start, double end) {
    if (!Double.isFinite(start) || !Double.isFinite(end) || !(end > start)) {
      throw new IllegalArgumentException(
          "run(" + start + ", " + end + "): need finite start < end (ms)");
    }
    int n = steps(end - start, "run(" + start + ", " + end + ")");
    return execute(start, n);
  }

  /** Resets the network: every group to its initial values, time and step counter to 0. */
  public Runner reset() {
    net.reset();
    return this;
  }

  private int steps(double duration, String what) {
    if (!(duration > 0) || Double.isInfinite(duration)) {
      throw new IllegalArgumentException(
          what + ": the duration must be a positive number of ms, got " + duration);
    }
    double ratio = duration / dt;
    long n = Math.round(ratio);
    if (n == 0 || Math.abs(ratio - n) > 1e-9 * ratio) {
      throw new IllegalArgumentException(
          what + ": the duration " + duration + " ms is not a multiple of dt = " + dt + " ms ("
              + ratio + " steps); use a duration that is a whole number of steps");
    }
    if (n > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          what + ": " + n + " steps are too many for one run; run it in pieces");
    }
    return (int) n;
  }

  private RunResult execute(Double start, int nSteps) {
    // ---- plan and check everything before touching the network's state
    List<String> order = net.schedule();
    Map<Population, List<Input>> inputsOf = new LinkedHashMap<>();
    for (Input in : inputs) {
      inputsOf.computeIfAbsent(in.target().group(), g -> new ArrayList<>()).add(in);
    }
    Map<Population, List<Monitor>> monitorsOf = new LinkedHashMap<>();
    for (Monitor m : monitors) {
      monitorsOf.computeIfAbsent(m.variable().group(), g -> new ArrayList<>()).add(m);
    }
    inputsOf.forEach((g, in) -> checkEntry(g, Network.INPUT, "inputs " + in));
    monitorsOf.forEach((g, ms) -> checkEntry(g, Network.MONITOR, "monitors " + ms));
    for (SpikeMonitor s : spikeOrder) {
      checkEntry(s.group(), Network.MONITOR, "a spike monitor");
    }

    // time: keep the current origin when continuing, so split runs see the same times
    double t0 = start != null ? start : net.t();
    double originT;
    long originStep;
    boolean continuing =
        (start == null || Double.compare(start, net.t()) == 0)
            && Double.compare(dt, net.originDt()) == 0;
    if (continuing) {
      originT = net.originT();
      originStep = net.originStep();
    } else {
      originT = t0;
      originStep = net.stepCount();
    }
    long firstStep = net.stepCount();
    TimeGrid grid = new TimeGrid(originT, firstStep - originStep, dt, nSteps);

    Map<Population, GroupInputs> preparedInputs = new IdentityHashMap<>();
    for (Map.Entry<Population, List<Input>> e : inputsOf.entrySet()) {
      preparedInputs.put(e.getKey(), GroupInputs.prepare(e.getKey(), e.getValue(), nSteps, dt));
    }
    MonitorStreams streams = this.streams;
    if (streams != null) {
      streams.plan(monitors, spikeOrder, dt, firstStep);
    }
    Map<Population, GroupMonitors> preparedMonitors = new IdentityHashMap<>();
    for (Population g : net.populations()) {
      List<Monitor> ms = monitorsOf.getOrDefault(g, List.of());
      SpikeMonitor sm = g instanceof NeuronGroup ng ? spikeMonitors.get(ng) : null;
      if (!ms.isEmpty() || sm != null) {
        preparedMonitors.put(g, GroupMonitors.prepare(g, ms, sm, grid, streams));
      }
    }

    List<ScheduleEntry> entries = new ArrayList<>();
    for (String label : order) {
      int dot = label.indexOf('.');
      Node node = net.node(label.substring(0, dot));
      String local = label.substring(dot + 1);
      ScheduleEntry entry =
          resolve(label, node, local, preparedInputs, preparedMonitors, dt, firstStep);
      if (entry != null) {
        entries.add(entry);
      }
    }
    RunPlan plan = new RunPlan(entries, nSteps, dt, originT, firstStep - originStep, firstStep);
    if (executor == null) {
      executor = backend.newExecutor();
    }

    // ---- run
    if (streams != null) {
      streams.open();
    }
    net.setOrigin(originT, originStep, dt);
    ProgressListener listener = reporting == null ? null : reporting.listener();
    long startNs = System.nanoTime();
    try {
      if (listener == null) {
        executor.execute(plan, 0, nSteps);
      } else {
        listener.started(nSteps);
        int done = 0;
        for (int point : reporting.checkpoints(nSteps)) {
          executor.execute(plan, done, point);
          done = point;
          listener.progress(done, nSteps, seconds(startNs));
        }
      }
      net.advance(nSteps);
    } catch (SimulationException e) {
      net.advance(e.stepInRun());
      throw e;
    } finally {
      if (streams != null) {
        streams.close(net.stepCount());
      }
    }
    double elapsed = seconds(startNs);
    if (listener != null) {
      listener.finished(nSteps, elapsed);
    }

    List<Trace> traces = new ArrayList<>();
    Map<NeuronGroup, SpikeRecord> spikes = new LinkedHashMap<>();
    // traces in configuration order, whatever the group order
    Map<Monitor, Trace> byMonitor = new IdentityHashMap<>();
    for (GroupMonitors gm : preparedMonitors.values()) {
      for (Trace t : gm.traces()) {
        byMonitor.put(t.monitor(), t);
      }
    }
    for (Monitor m : monitors) {
      traces.add(byMonitor.get(m));
    }
    for (SpikeMonitor s : spikeOrder) {
      spikes.put(s.group(), preparedMonitors.get(s.group()).spikes());
    }
    return new RunResult(grid, traces, spikes, elapsed);
  }

  /**
   * The executable entry for one schedule string, or null when there is nothing to do (a group
   * without inputs or monitors). Other kinds of nodes (synapses) add their case here.
   */
  private static ScheduleEntry resolve(
      String label,
      Node node,
      String local,
      Map<Population, GroupInputs> inputs,
      Map<Population, GroupMonitors> monitors,
      double dt,
      long firstStep) {
    Population g = node.population();
    if (local.equals(Network.INPUT)) {
      GroupInputs in = inputs.get(g);
      return in == null || in.isEmpty()
          ? null
          : ScheduleEntry.action(label, ScheduleEntry.Kind.INPUT, g, in::apply);
    }
    if (local.equals(Network.MONITOR)) {
      GroupMonitors m = monitors.get(g);
      return m == null || m.isEmpty()
          ? null
          : ScheduleEntry.action(label, ScheduleEntry.Kind.MONITOR, g, m::record);
    }
    if (g instanceof SynapseGroup syn) {
      syn.prepare(dt);
      // the global step counter keys counter-based random draws in synapse code
      return switch (local) {
        case "update" -> ScheduleEntry.synapseUpdate(label, syn,
            (i, t) -> syn.runUpdate(t, dt, firstStep + i));
        case "output" -> ScheduleEntry.synapseOutput(label, syn,
            (i, t) -> syn.runOutput(t, dt, firstStep + i));
        default -> throw new IllegalStateException("synapse group '" + syn.name()
            + "' has no schedule entry '" + local + "'");
      };
    }
    return ScheduleEntry.step(label, (NeuronGroup) g, g.model().stepIndex(local));
  }

  private static double seconds(long startNs) {
    return (System.nanoTime() - startNs) * 1e-9;
  }

  private static void checkEntry(Population g, String local, String what) {
    if (!g.schedule().contains(local)) {
      throw new IllegalStateException(
          "group '" + g.name() + "' has " + what + " but its schedule " + g.schedule()
              + " has no '" + local + "' entry, so they would never run");
    }
  }

  private void requireMember(Population g, String what) {
    if (!net.contains(g)) {
      throw new IllegalArgumentException(
          what + ": group '" + g.name() + "' is not in this network; add it first with"
              + " net.add(group)");
    }
  }
}
