package org.brainj.runtime.net;

import java.util.ArrayList;
import java.util.List;

/**
 * Something with schedule entries in a network: a neuron group now, synapse groups later. What a
 * {@link SchedulePolicy} sees when it orders the network's entries.
 */
public interface Node {

  /** The node's unique name in its network. */
  String name();

  NodeKind kind();

  /** The neuron group or synapse group behind this node. */
  org.brainj.runtime.group.Population population();

  /**
   * The node's own running order of its local entries, e.g. {@code [input, update, monitor]}
   * (manual 7.1; a group builder may customize it, manual 7.2.1).
   */
  List<String> schedule();

  /** The local entries that are neither {@code input} nor {@code monitor}, in schedule order. */
  default List<String> steps() {
    List<String> out = new ArrayList<>();
    for (String s : schedule()) {
      if (!s.equals(Network.INPUT) && !s.equals(Network.MONITOR)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The network entry of a local entry: {@code name() + "." + local}. */
  default String entry(String local) {
    return name() + "." + local;
  }

  /** This node's network entries in its own order. */
  default List<String> entries() {
    List<String> out = new ArrayList<>();
    for (String s : schedule()) {
      out.add(entry(s));
    }
    return out;
  }

  /** Whether the node's schedule has the local entry {@code local}. */
  default boolean has(String local) {
    return schedule().contains(local);
  }
}
