package org.brainj.runtime.backend;

import java.util.Objects;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Population;

/**
 * One resolved entry of the network schedule ({@code "E.input"}, {@code "E.update"}, ...): the
 * names are looked up once when a run starts, so executors only follow references in the loop.
 *
 * <p>{@link Kind#STEP} entries are the group's compiled step functions, which a backend may run
 * its own way (SIMD, threads, a device); {@link Kind#INPUT} and {@link Kind#MONITOR} entries carry
 * a {@link StepAction} that runs on the host.
 */
public final class ScheduleEntry {

  /** What an entry does. */
  public enum Kind {
    /** apply the inputs of one group */
    INPUT,
    /** run one step function of one group ({@link NeuronGroup#executeStep}) */
    STEP,
    /** record the monitors of one group */
    MONITOR
  }

  final String label;
  final Kind kind;
  final Population group;
  final int stepId;
  final StepAction action;
  private boolean synapseUpdate;
  private boolean synapseOutput;

  private ScheduleEntry(String label, Kind kind, Population group, int stepId, StepAction action) {
    this.label = Objects.requireNonNull(label);
    this.kind = Objects.requireNonNull(kind);
    this.group = Objects.requireNonNull(group);
    this.stepId = stepId;
    this.action = action;
  }

  /** A step function of a group; {@code stepId} indexes {@code group.model().steps()}. */
  public static ScheduleEntry step(String label, NeuronGroup group, int stepId) {
    if (stepId < 0 || stepId >= group.model().steps().size()) {
      throw new IllegalArgumentException(
          "schedule entry '" + label + "': group '" + group.name() + "' has no step " + stepId);
    }
    return new ScheduleEntry(label, Kind.STEP, group, stepId, null);
  }

  /** An input or monitor entry running {@code action} on the host. */
  public static ScheduleEntry action(String label, Kind kind, Population group, StepAction action) {
    // a neuron group's step goes through step(...); other populations run their steps as actions
    if (kind == Kind.STEP && group instanceof NeuronGroup) {
      throw new IllegalArgumentException("schedule entry '" + label + "': use step(...) for steps");
    }
    return new ScheduleEntry(label, kind, group, -1, Objects.requireNonNull(action));
  }

  /**
   * A synapse group's {@code update} entry: {@code action} runs it on the host; a backend may
   * instead call {@code SynapseGroup.runUpdate} with its own thread pool.
   */
  public static ScheduleEntry synapseUpdate(String label, Population synapses, StepAction action) {
    ScheduleEntry e = action(label, Kind.STEP, synapses, action);
    e.synapseUpdate = true;
    return e;
  }

  /** A synapse group's {@code output} entry (see {@link #synapseUpdate}). */
  public static ScheduleEntry synapseOutput(String label, Population synapses, StepAction action) {
    ScheduleEntry e = action(label, Kind.STEP, synapses, action);
    e.synapseOutput = true;
    return e;
  }

  /** Whether this is a synapse group's {@code output} entry. */
  public boolean isSynapseOutput() {
    return synapseOutput;
  }

  /** Whether this is a synapse group's {@code update} entry. */
  public boolean isSynapseUpdate() {
    return synapseUpdate;
  }

  /** The schedule string this entry came from, e.g. {@code "E.update"}. */
  public String label() {
    return label;
  }

  public Kind kind() {
    return kind;
  }

  public Population group() {
    return group;
  }

  /** The step id for {@link Kind#STEP} entries, -1 otherwise. */
  public int stepId() {
    return stepId;
  }

  /** The host action for input and monitor entries, {@code null} for steps. */
  public StepAction action() {
    return action;
  }

  @Override
  public String toString() {
    return label;
  }
}
