package org.brainj.runtime.net;

import java.util.List;

/**
 * Orders a network's schedule entries (manual 7.2.2): given the network, return every entry
 * ({@code "E.input"}, {@code "E.update"}, ...) exactly once, in running order. Evaluated at every
 * run, so it follows groups added later.
 *
 * <pre>{@code
 * net.schedule(n -> {
 *   List<String> order = new ArrayList<>();
 *   n.nodes().forEach(node -> order.add(node.entry("input")));
 *   n.nodes().forEach(node -> node.steps().forEach(s -> order.add(node.entry(s))));
 *   n.nodes().forEach(node -> order.add(node.entry("monitor")));
 *   return order;
 * });
 * }</pre>
 */
@FunctionalInterface
public interface SchedulePolicy {
  List<String> order(Network network);
}
