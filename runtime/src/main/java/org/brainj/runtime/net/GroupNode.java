package org.brainj.runtime.net;

import java.util.List;
import org.brainj.runtime.group.NeuronGroup;

/** A neuron group as a schedule node. */
record GroupNode(NeuronGroup group) implements Node {

  @Override
  public String name() {
    return group.name();
  }

  @Override
  public org.brainj.runtime.group.Population population() {
    return group;
  }

  @Override
  public NodeKind kind() {
    return NodeKind.NEURON_GROUP;
  }

  @Override
  public List<String> schedule() {
    return group.schedule();
  }

  @Override
  public String toString() {
    return group.toString();
  }
}
