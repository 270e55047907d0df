package org.brainj.runtime.monitor;

import java.util.Objects;
import org.brainj.runtime.group.NeuronGroup;

/**
 * A configured sparse spike monitor of one group: each step, at the group's {@code monitor} entry,
 * the neurons listed by {@link NeuronGroup#spikeIndices()} are appended as (time, index).
 */
public final class SpikeMonitor {
  private final NeuronGroup group;

  private SpikeMonitor(NeuronGroup group) {
    this.group = group;
  }

  /** A spike monitor of {@code group}, which must have a {@code @Spike} variable. */
  public static SpikeMonitor of(NeuronGroup group) {
    Objects.requireNonNull(group, "group");
    if (!group.hasSpikes()) {
      throw new IllegalArgumentException(
          "cannot monitor spikes of group '" + group.name() + "': model " + group.model().name()
              + " has no @Spike variable; its variables are " + group.vars().keySet());
    }
    return new SpikeMonitor(group);
  }

  public NeuronGroup group() {
    return group;
  }

  @Override
  public String toString() {
    return "spikes of " + group.name();
  }
}
