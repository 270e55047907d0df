package org.brainj.examples.networks;

import java.util.List;
import org.brainj.models.COBALIFGroup;
import org.brainj.models.synapses.ExpCOBASynapses;
import org.brainj.runtime.connect.Connect;
import org.brainj.runtime.connect.Connector;
import org.brainj.runtime.group.Precision;
import org.brainj.runtime.group.SynapseBuilder;
import org.brainj.runtime.group.SynapseGroup;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.Runner;
import org.brainj.runtime.random.CounterRng;

/**
 * The {@code coba} benchmark network of BENCHMARKS.md: Vogels &amp; Abbott's COBA network in
 * BrainPy's form (manual chapter 6), built for any size.
 *
 * <ul>
 *   <li>{@code n} {@link org.brainj.models.COBALIF} neurons, 80 % excitatory ("E", the first
 *       {@code round(0.8 n)}) and 20 % inhibitory ("I"); {@code V0 = -60 + 5 randn} mV;
 *   <li>four projections E2E, E2I, I2E, I2I, each {@code FixedProb(p = 80 / n)} with
 *       self-connections allowed (every neuron receives about 80 synapses, whatever {@code n});
 *   <li>{@link org.brainj.models.synapses.ExpCOBA} synapses: from E {@code tau = 5 ms}, weight
 *       0.6, {@code E = 0 mV}; from I {@code tau = 10 ms}, weight 6.7, {@code E = -80 mV}; no
 *       delay; state per postsynaptic neuron ({@link Layout#PER_POST}) unless asked otherwise;
 *   <li>{@link #runner()}: dt 0.1 ms and the constant drive {@code I = 20} added to both groups.
 * </ul>
 *
 * <pre>{@code
 * Coba coba = Coba.build(4000, 1);
 * RunResult r = coba.runner().monitorSpikes(coba.E(), coba.I()).run(1000.0);
 * double rateE = r.spikes(coba.E()).count() / (coba.E().size() * 1.0);   // Hz over 1 s
 * }</pre>
 *
 * <p>Everything random is derived from {@code seed}: the initial potentials through the groups'
 * seed, and each projection's connectivity through its own connector seed (mixed from
 * {@code seed} and the projection's name, so that E2E and E2I, which share presynaptic rows, are
 * drawn independently). The same {@code n} and {@code seed} build the same network.
 */
public final class Coba {
  /** Time step, ms. */
  public static final double DT = 0.1;
  /** Constant drive added to every neuron's input, mV. */
  public static final double I_EXT = 20;
  /** Fraction of excitatory neurons. */
  public static final double EXC_FRACTION = 0.8;
  /** Expected number of synapses each neuron receives: the connection probability is this / n. */
  public static final double IN_DEGREE = 80;

  public static final double TAU_E = 5;
  public static final double TAU_I = 10;
  public static final double W_E = 0.6;
  public static final double W_I = 6.7;
  public static final double E_E = 0;
  public static final double E_I = -80;

  private final Network net;
  private final COBALIFGroup e;
  private final COBALIFGroup i;
  private final List<SynapseGroup> projections;
  private final long seed;
  private final double probability;
  private final double buildSeconds;

  private Coba(Network net, COBALIFGroup e, COBALIFGroup i, List<SynapseGroup> projections,
      long seed, double probability, double buildSeconds) {
    this.net = net;
    this.e = e;
    this.i = i;
    this.projections = projections;
    this.seed = seed;
    this.probability = probability;
    this.buildSeconds = buildSeconds;
  }

  /** Where the synapses keep their conductance (see docs/synapses.md, "State layouts"). */
  public enum Layout {
    /** one conductance per postsynaptic neuron and projection: the default, and the fast one */
    PER_POST,
    /** one conductance per synapse ({@code .perSynapse()}); same results up to rounding */
    PER_SYNAPSE
  }

  /** Builds the network of {@code n} neurons (at least 2) from {@code seed}. */
  public static Coba build(int n, long seed) {
    return build(n, seed, Layout.PER_POST);
  }

  /** Builds the network with the synapses' state kept per postsynaptic neuron or per synapse. */
  public static Coba build(int n, long seed, Layout layout) {
    return build(n, seed, layout, Precision.DOUBLE);
  }

  /** As {@link #build(int, long, Layout)}, computing in {@code precision} (synapses included). */
  public static Coba build(int n, long seed, Layout layout, Precision precision) {
    boolean each = layout == Layout.PER_SYNAPSE;
    return build(n, seed, (name, tau, weight, reversal) -> {
      ExpCOBASynapses.Builder b =
          ExpCOBASynapses.builder().name(name).tau(tau).weight(weight).E(reversal);
      return each ? b.perSynapse() : b;
    }, precision);
  }

  /**
   * Makes the synapses of one projection from its name ("E2E", ...) and its constants: decay
   * time constant (ms), conductance increment per spike and reversal potential (mV).
   */
  @FunctionalInterface
  public interface SynapseFactory {
    SynapseBuilder<?, ?> create(String name, double tau, double weight, double reversal);
  }

  /**
   * Builds the network with synapses of another model or form (manual chapter 6 compares such
   * forms): the same groups, connectivity and drive for the same {@code n} and {@code seed}.
   */
  public static Coba build(int n, long seed, SynapseFactory synapses) {
    return build(n, seed, synapses, Precision.DOUBLE);
  }

  private static Coba build(int n, long seed, SynapseFactory synapses, Precision precision) {
    if (n < 2) {
      throw new IllegalArgumentException("coba: need at least 2 neurons (one E, one I), got " + n);
    }
    long start = System.nanoTime();
    int nE = (int) Math.round(EXC_FRACTION * n);
    nE = Math.max(1, Math.min(n - 1, nE));
    int nI = n - nE;
    double p = Math.min(1.0, IN_DEGREE / n);

    Network net = Network.create();
    COBALIFGroup e = net.add(COBALIFGroup.builder(nE).name("E").seed(seed).precision(precision)
        .V(Init.normal(-60, 5)).build());
    COBALIFGroup i = net.add(COBALIFGroup.builder(nI).name("I").seed(seed).precision(precision)
        .V(Init.normal(-60, 5)).build());
    List<SynapseGroup> projections = List.of(
        net.connect(e, e, synapses.create("E2E", TAU_E, W_E, E_E), fixedProb(p, seed, "E2E")),
        net.connect(e, i, synapses.create("E2I", TAU_E, W_E, E_E), fixedProb(p, seed, "E2I")),
        net.connect(i, e, synapses.create("I2E", TAU_I, W_I, E_I), fixedProb(p, seed, "I2E")),
        net.connect(i, i, synapses.create("I2I", TAU_I, W_I, E_I), fixedProb(p, seed, "I2I")));
    double seconds = (System.nanoTime() - start) * 1e-9;
    return new Coba(net, e, i, projections, seed, p, seconds);
  }

  /** {@code FixedProb(p)}, self-connections allowed, with a seed of its own per projection. */
  private static Connector fixedProb(double p, long seed, String projection) {
    long mixed = seed * 0x9E3779B97F4A7C15L + CounterRng.streamOf("coba." + projection);
    return Connect.fixedProb(p).includeSelf(true).seed(mixed);
  }

  /** A runner with dt 0.1 ms and the drive {@code I = 20} on both groups; add monitors to it. */
  public Runner runner() {
    return net.runner().dt(DT).input(e.input(), I_EXT).input(i.input(), I_EXT);
  }

  public Network network() {
    return net;
  }

  /** The excitatory group, named "E". */
  public COBALIFGroup E() {
    return e;
  }

  /** The inhibitory group, named "I". */
  public COBALIFGroup I() {
    return i;
  }

  /** The projections E2E, E2I, I2E, I2I, in this order. */
  public List<SynapseGroup> projections() {
    return projections;
  }

  /** The number of neurons. */
  public int size() {
    return e.size() + i.size();
  }

  /** The total number of synapses of the four projections. */
  public long synapseCount() {
    long n = 0;
    for (SynapseGroup s : projections) {
      n += s.size();
    }
    return n;
  }

  /** The connection probability {@code min(1, 80 / n)}. */
  public double probability() {
    return probability;
  }

  public long seed() {
    return seed;
  }

  /** Seconds {@link #build} took: groups, connectivity and synapse groups. */
  public double buildSeconds() {
    return buildSeconds;
  }
}
