package org.brainj.runtime.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.StateVar;
import org.brainj.runtime.monitor.SpikeRecord;
import org.brainj.runtime.monitor.TimeGrid;
import org.brainj.runtime.monitor.Trace;

/**
 * What one run recorded (BrainPy's {@code mon} after a run): the traces of the variable monitors
 * and the spike records, for this run only.
 *
 * <pre>{@code
 * r.trace(E.V()).shape();   // {1000, 10}
 * r.trace("E.V").ts();      // time of each row
 * r.spikes(E).times();      // (time, index) pairs
 * }</pre>
 */
public final class RunResult {
  private final TimeGrid grid;
  private final List<Trace> traces;
  private final Map<NeuronGroup, SpikeRecord> spikes;
  private final double elapsedSeconds;

  RunResult(
      TimeGrid grid,
      List<Trace> traces,
      Map<NeuronGroup, SpikeRecord> spikes,
      double elapsedSeconds) {
    this.grid = grid;
    this.traces = List.copyOf(traces);
    this.spikes = spikes;
    this.elapsedSeconds = elapsedSeconds;
  }

  /** The time of the run's first step (ms). */
  public double t0() {
    return grid.t0();
  }

  /** The network's time after the run (ms). */
  public double tEnd() {
    return grid.tEnd();
  }

  public double dt() {
    return grid.dt();
  }

  /** The number of steps run. */
  public int nSteps() {
    return grid.nSteps();
  }

  /** The time of every step of the run (a new array). */
  public double[] ts() {
    return grid.toArray();
  }

  public TimeGrid grid() {
    return grid;
  }

  /** Wall-clock seconds spent stepping (planning and allocation excluded). */
  public double elapsedSeconds() {
    return elapsedSeconds;
  }

  /**
   * The trace of {@code var}. When {@code var} had several monitors, the first one configured;
   * see {@link #traces(StateVar)} for all.
   */
  public Trace trace(StateVar var) {
    Objects.requireNonNull(var, "variable");
    for (Trace t : traces) {
      if (t.variable() == var) {
        return t;
      }
    }
    throw notMonitored(var.group().name() + "." + var.name());
  }

  /** The trace of the variable named {@code "group.variable"}, e.g. {@code "E.V"}. */
  public Trace trace(String var) {
    Objects.requireNonNull(var, "variable name");
    for (Trace t : traces) {
      if (t.name().equals(var)) {
        return t;
      }
    }
    throw notMonitored(var);
  }

  /** The trace of variable {@code var} of {@code group}. */
  public Trace trace(NeuronGroup group, String var) {
    return trace(group.var(var));
  }

  /** Every trace of {@code var}, in configuration order (empty if it was not monitored). */
  public List<Trace> traces(StateVar var) {
    List<Trace> out = new ArrayList<>();
    for (Trace t : traces) {
      if (t.variable() == var) {
        out.add(t);
      }
    }
    return out;
  }

  /** Every trace, in configuration order. */
  public List<Trace> traces() {
    return traces;
  }

  /** The spike records by group, in the order the spike monitors were configured (a view). */
  public Map<NeuronGroup, SpikeRecord> spikeRecords() {
    return Collections.unmodifiableMap(spikes);
  }

  /** The spikes of {@code group}, which must have been monitored with {@code monitorSpikes}. */
  public SpikeRecord spikes(NeuronGroup group) {
    Objects.requireNonNull(group, "group");
    SpikeRecord r = spikes.get(group);
    if (r == null) {
      throw spikesNotMonitored(group.name());
    }
    return r;
  }

  /** The spikes of the group named {@code group}. */
  public SpikeRecord spikes(String group) {
    for (Map.Entry<NeuronGroup, SpikeRecord> e : spikes.entrySet()) {
      if (e.getKey().name().equals(group)) {
        return e.getValue();
      }
    }
    throw spikesNotMonitored(group);
  }

  private IllegalArgumentException notMonitored(String name) {
    List<String> names = new ArrayList<>();
    for (Trace t : traces) {
      if (!names.contains(t.name())) {
        names.add(t.name());
      }
    }
    return new IllegalArgumentException(
        "'" + name + "' was not monitored in this run; monitored variables: " + names
            + ". Add runner.monitor(...) for it before run()");
  }

  private IllegalArgumentException spikesNotMonitored(String group) {
    List<String> names = new ArrayList<>();
    for (NeuronGroup g : spikes.keySet()) {
      names.add(g.name());
    }
    return new IllegalArgumentException(
        "the spikes of group '" + group + "' were not monitored in this run; spike monitors: "
            + names + ". Add runner.monitorSpikes(group) before run()");
  }

  @Override
  public String toString() {
    return "RunResult[" + nSteps() + " steps from t = " + t0() + " ms, " + traces.size()
        + " traces, " + spikes.size() + " spike records]";
  }
}
