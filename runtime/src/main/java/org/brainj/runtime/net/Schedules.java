package org.brainj.runtime.net;

import java.util.ArrayList;
import java.util.List;

/** Ready-made network schedules (manual 7.2.2). */
public final class Schedules {
  private Schedules() {}

  /**
   * The default, BrainPy's {@code DefaultNetwork}: the nodes one after another in the order they
   * were added, each with its own schedule: {@code [E.input, E.update, ..., E.monitor, I.input,
   * ...]}.
   */
  public static SchedulePolicy serial() {
    return Schedules::serialOrder;
  }

  /**
   * BrainPy's {@code CustomizedNetwork}: every node's {@code input} first, then the step functions
   * of each kind of node (synapses before neurons, see {@link NodeKind}), each node's steps in its
   * own order, then every node's {@code monitor}.
   */
  public static SchedulePolicy phased() {
    return Schedules::phasedOrder;
  }

  private static List<String> serialOrder(Network net) {
    List<String> order = new ArrayList<>();
    for (Node node : net.nodes()) {
      order.addAll(node.entries());
    }
    return order;
  }

  private static List<String> phasedOrder(Network net) {
    List<String> order = new ArrayList<>();
    for (Node node : net.nodes()) {
      if (node.has(Network.INPUT)) {
        order.add(node.entry(Network.INPUT));
      }
    }
    for (NodeKind kind : NodeKind.values()) {
      for (Node node : net.nodes()) {
        if (node.kind() == kind) {
          for (String step : node.steps()) {
            order.add(node.entry(step));
          }
        }
      }
    }
    for (Node node : net.nodes()) {
      if (node.has(Network.MONITOR)) {
        order.add(node.entry(Network.MONITOR));
      }
    }
    return order;
  }
}
