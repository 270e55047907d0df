package org.brainj.runtime.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.brainj.runtime.connect.Connectivity;
import org.brainj.runtime.connect.Connector;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Population;
import org.brainj.runtime.group.SynapseBuilder;
import org.brainj.runtime.group.SynapseGroup;
import org.brainj.runtime.group.SynapseIndex;
import org.brainj.runtime.group.StateVar;

/**
 * The groups of a simulation, their running order and the network's time.
 *
 * <pre>{@code
 * Network net = Network.create();
 * var E = net.add(LIFGroup.builder(3200).name("E").build());
 * var I = net.add(LIFGroup.builder(800).name("I").build());
 * RunResult r = net.runner().monitorSpikes(E).input(E.input(), 20.0).run(100.0);
 * }</pre>
 *
 * <p>State lives in the groups and is never reset between runs: a run continues from the current
 * time ({@link #t()}), until {@link #reset()} puts every group back to its initial values and the
 * time and step counter back to 0 (manual chapter 9).
 */
public final class Network {
  /** The local schedule entry that applies a node's inputs. */
  public static final String INPUT = "input";
  /** The local schedule entry that records a node's monitors. */
  public static final String MONITOR = "monitor";

  private final List<NeuronGroup> groups = new ArrayList<>();
  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, Node> byName = new HashMap<>();
  private SchedulePolicy policy = Schedules.serial();
  /** the order given as a list, kept to say so when it no longer fits; null for policies */
  private List<String> fixedOrder;

  // time: t = originT + (step - originStep) * originDt, see RunPlan for why
  private long step;
  private double originT;
  private long originStep;
  private double originDt = Double.NaN;

  private Network() {}

  /** An empty network. */
  public static Network create() {
    return new Network();
  }

  /** A network of the given groups, in this order. */
  public static Network of(NeuronGroup... groups) {
    Network net = new Network();
    for (NeuronGroup g : groups) {
      net.add(g);
    }
    return net;
  }

  /**
   * Adds a group and returns it, typed: {@code var E = net.add(LIFGroup.builder(100).build());}.
   * Names must be unique in the network.
   */
  public <G extends NeuronGroup> G add(G group) {
    Objects.requireNonNull(group, "group");
    if (contains(group)) {
      throw new IllegalArgumentException("group '" + group.name() + "' is already in this network");
    }
    Node existing = byName.get(group.name());
    if (existing != null) {
      throw new IllegalArgumentException(
          "the network already has a group named '" + group.name() + "' (" + existing
              + "); give each group a unique name with .name(\"...\") on its builder, e.g. "
              + group.getClass().getSimpleName() + ".builder(" + group.size() + ").name(\""
              + group.name() + "2\")");
    }
    GroupNode node = new GroupNode(group);
    groups.add(group);
    nodes.add(node);
    byName.put(group.name(), node);
    return group;
  }

  /** Adds several groups, in order. */
  public Network addAll(NeuronGroup... groups) {
    for (NeuronGroup g : groups) {
      add(g);
    }
    return this;
  }

  /** The groups in the order they were added. */
  public List<NeuronGroup> groups() {
    return Collections.unmodifiableList(groups);
  }

  /** The schedule nodes in the order they were added. */
  public List<Node> nodes() {
    return Collections.unmodifiableList(nodes);
  }

  /** A group by name; the error lists the groups there are. */
  public NeuronGroup group(String name) {
    Node node = byName.get(name);
    if (node instanceof GroupNode g) {
      return g.group();
    }
    throw new IllegalArgumentException(
        "the network has no group '" + name + "'; its groups are " + names());
  }

  /** A node by name; the error lists the nodes there are. */
  public Node node(String name) {
    Node node = byName.get(name);
    if (node == null) {
      throw new IllegalArgumentException(
          "the network has no group '" + name + "'; its groups are " + names());
    }
    return node;
  }

  /** A variable by qualified name, {@code "E.V"}; errors name the group or variable missing. */
  public StateVar var(String qualified) {
    Objects.requireNonNull(qualified, "variable name");
    int dot = qualified.indexOf('.');
    if (dot <= 0 || dot == qualified.length() - 1) {
      throw new IllegalArgumentException(
          "'" + qualified + "' is not a qualified variable name; write 'group.variable', e.g. '"
              + (groups.isEmpty() ? "E" : groups.get(0).name()) + ".V'");
    }
    return node(qualified.substring(0, dot)).population().var(qualified.substring(dot + 1));
  }

  public boolean contains(Population population) {
    for (Node n : nodes) {
      if (n.population() == population) {
        return true;
      }
    }
    return false;
  }

  /** Every neuron group and synapse group, in the order they were added. */
  public List<Population> populations() {
    List<Population> out = new ArrayList<>();
    for (Node n : nodes) {
      out.add(n.population());
    }
    return out;
  }

  /** The synapse groups in the order they were added. */
  public List<SynapseGroup> synapses() {
    List<SynapseGroup> out = new ArrayList<>();
    for (Node n : nodes) {
      if (n instanceof SynapseNode s) {
        out.add(s.synapses());
      }
    }
    return out;
  }

  /**
   * Connects {@code pre} to {@code post} with synapses of the builder's model on the given
   * connectivity, adds the synapse group to the network and returns it, typed:
   * {@code var e2i = net.connect(E, I, ExpCOBASynapses.builder().weight(0.6), conn);}.
   * Both groups must already be in the network.
   */
  public <S extends SynapseGroup> S connect(NeuronGroup pre, NeuronGroup post,
      SynapseBuilder<S, ?> synapses, SynapseIndex connectivity) {
    Objects.requireNonNull(synapses, "synapse builder");
    Objects.requireNonNull(connectivity, "connectivity");
    checkMembers(pre, post);
    S syn = synapses.build(pre, post, connectivity);
    Node existing = byName.get(syn.name());
    if (existing != null) {
      throw new IllegalArgumentException("the network already has a node named '" + syn.name()
          + "' (" + existing + "); give the synapses a unique name with .name(\"...\") on their"
          + " builder");
    }
    SynapseNode node = new SynapseNode(syn);
    nodes.add(node);
    byName.put(syn.name(), node);
    return syn;
  }

  /**
   * Connects {@code pre} to {@code post} on a {@link Connectivity} (from a connector, {@code
   * Connectivity.fromCsr}, {@code fromIds}, ...). The synapses use its CSR arrays as they are,
   * without copying them; synapse {@code s} of the group is synapse id {@code s} of the
   * connectivity. Weights a connectivity carries are not applied by themselves: pass them to the
   * builder, e.g. {@code ExpCOBASynapses.builder().weight(conn.weights())}.
   */
  public <S extends SynapseGroup> S connect(NeuronGroup pre, NeuronGroup post,
      SynapseBuilder<S, ?> synapses, Connectivity connectivity) {
    Objects.requireNonNull(connectivity, "connectivity");
    return connect(pre, post, synapses, index(connectivity));
  }

  /**
   * Connects {@code pre} to {@code post} with the synapses a {@link Connector} builds for their
   * sizes, e.g. {@code net.connect(E, I, ExpCOBASynapses.builder(), Connect.fixedProb(0.02))};
   * the connector's arrays are used without copying.
   */
  public <S extends SynapseGroup> S connect(NeuronGroup pre, NeuronGroup post,
      SynapseBuilder<S, ?> synapses, Connector connector) {
    Objects.requireNonNull(connector, "connector");
    Objects.requireNonNull(synapses, "synapse builder");
    checkMembers(pre, post);
    Connectivity c = connector.build(pre.size(), post.size());
    if (c == null) {
      throw new IllegalArgumentException("connect " + pre.name() + " -> " + post.name()
          + ": connector " + connector + " returned no connectivity");
    }
    return connect(pre, post, synapses, index(c));
  }

  /** The runtime's view of a connectivity: the same arrays, not copies. */
  private static SynapseIndex index(Connectivity c) {
    return new SynapseIndex(c.preNum(), c.postNum(), c.preIndptr(), c.postIds());
  }

  private void checkMembers(NeuronGroup pre, NeuronGroup post) {
    Objects.requireNonNull(pre, "presynaptic group");
    Objects.requireNonNull(post, "postsynaptic group");
    for (NeuronGroup g : List.of(pre, post)) {
      if (!contains(g)) {
        throw new IllegalArgumentException("connect: group '" + g.name()
            + "' is not in this network; add it first with net.add(group)");
      }
    }
  }

  private List<String> names() {
    List<String> out = new ArrayList<>();
    for (Node n : nodes) {
      out.add(n.name());
    }
    return out;
  }

  // ---------------------------------------------------------------- schedule

  /**
   * The running order of one time step, e.g. {@code [E.input, E.update, E.monitor, I.input, ...]}
   * (manual 7.2.2), checked to name every entry exactly once.
   */
  public List<String> schedule() {
    List<String> order = policy.order(this);
    if (order == null) {
      throw new IllegalStateException("the network's schedule policy returned null");
    }
    validate(order, fixedOrder != null);
    return List.copyOf(order);
  }

  /**
   * Sets a fixed running order; it must name each entry of every node exactly once. A fixed list
   * does not follow groups added later; use {@link #schedule(SchedulePolicy)} for that.
   */
  public Network schedule(List<String> order) {
    Objects.requireNonNull(order, "schedule");
    List<String> copy = List.copyOf(order);
    validate(copy, false);
    this.policy = n -> copy;
    this.fixedOrder = copy;
    return this;
  }

  /** Sets a fixed running order; see {@link #schedule(List)}. */
  public Network schedule(String... order) {
    return schedule(List.of(order));
  }

  /**
   * Sets how the running order is made, e.g. {@link Schedules#phased()} or a lambda; it is
   * evaluated (and checked) now and at every run.
   */
  public Network schedule(SchedulePolicy policy) {
    Objects.requireNonNull(policy, "schedule policy");
    List<String> order = policy.order(this);
    if (order == null) {
      throw new IllegalArgumentException("the schedule policy returned null");
    }
    validate(order, false);
    this.policy = policy;
    this.fixedOrder = null;
    return this;
  }

  /** Back to the default order, {@link Schedules#serial()}. */
  public Network defaultSchedule() {
    this.policy = Schedules.serial();
    this.fixedOrder = null;
    return this;
  }

  /** Every entry of every node, in the default (serial) order. */
  public List<String> entries() {
    List<String> out = new ArrayList<>();
    for (Node n : nodes) {
      out.addAll(n.entries());
    }
    return out;
  }

  private void validate(List<String> order, boolean fixed) {
    List<String> expected = entries();
    Set<String> known = new LinkedHashSet<>(expected);
    Set<String> seen = new LinkedHashSet<>();
    Set<String> unknown = new LinkedHashSet<>();
    Set<String> twice = new LinkedHashSet<>();
    for (String e : order) {
      if (!known.contains(e)) {
        unknown.add(String.valueOf(e));
      } else if (!seen.add(e)) {
        twice.add(e);
      }
    }
    List<String> missing = new ArrayList<>();
    for (String e : expected) {
      if (!seen.contains(e)) {
        missing.add(e);
      }
    }
    if (unknown.isEmpty() && twice.isEmpty() && missing.isEmpty()) {
      return;
    }
    StringBuilder msg = new StringBuilder("invalid network schedule " + order + ":");
    if (!unknown.isEmpty()) {
      msg.append(" unknown entries ").append(unknown).append(';');
    }
    if (!missing.isEmpty()) {
      msg.append(" missing entries ").append(missing).append(';');
    }
    if (!twice.isEmpty()) {
      msg.append(" entries given more than once ").append(twice).append(';');
    }
    msg.append(" every entry must appear exactly once; the entries are ").append(expected);
    if (fixed) {
      msg.append(". The order was fixed with schedule(List) before the network changed;"
          + " set it again, or pass a SchedulePolicy that follows the network");
    }
    throw new IllegalArgumentException(msg.toString());
  }

  // ---------------------------------------------------------------- time

  /** The network's time (ms): where the next {@code run(duration)} starts. */
  public double t() {
    return step == originStep ? originT : originT + (double) (step - originStep) * originDt;
  }

  /** The global step counter: steps run since the last reset (keys the counter-based RNG). */
  public long stepCount() {
    return step;
  }

  /**
   * Puts every group back to its initial values ({@link NeuronGroup#reset()}; parameters keep
   * their current values), the time to 0 and the step counter to 0.
   */
  public Network reset() {
    for (Node n : nodes) {
      n.population().reset();
    }
    step = 0;
    originT = 0;
    originStep = 0;
    originDt = Double.NaN;
    return this;
  }

  /** A new runner for this network (dt 0.1 ms, no inputs, no monitors, no reporting). */
  public Runner runner() {
    return new Runner(this);
  }

  // read and moved by Runner

  double originT() {
    return originT;
  }

  long originStep() {
    return originStep;
  }

  double originDt() {
    return originDt;
  }

  void setOrigin(double t, long atStep, double dt) {
    this.originT = t;
    this.originStep = atStep;
    this.originDt = dt;
  }

  void advance(int steps) {
    this.step += steps;
  }

  @Override
  public String toString() {
    return "Network" + names() + " at t = " + t() + " ms";
  }
}
