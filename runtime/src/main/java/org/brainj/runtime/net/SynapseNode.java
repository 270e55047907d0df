package org.brainj.runtime.net;

import java.util.List;
import org.brainj.runtime.group.Population;
import org.brainj.runtime.group.SynapseGroup;

/** A synapse group as a schedule node. */
record SynapseNode(SynapseGroup synapses) implements Node {

  @Override
  public String name() {
    return synapses.name();
  }

  @Override
  public Population population() {
    return synapses;
  }

  @Override
  public NodeKind kind() {
    return NodeKind.SYNAPSE_GROUP;
  }

  @Override
  public List<String> schedule() {
    return synapses.schedule();
  }

  @Override
  public String toString() {
    return synapses.toString();
  }
}
