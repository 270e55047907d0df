package org.brainj.examples.bench;

import org.brainj.runtime.connect.Connect;
import org.brainj.runtime.connect.Connectivity;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Precision;
import org.brainj.runtime.group.SynapseIndex;
import org.brainj.runtime.init.Init;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.random.CounterRng;

/**
 * The benchmark networks of BENCHMARKS.md, built as Brian2's benchmark script builds them: one
 * group {@code P} of {@code n} neurons whose first {@code round(0.8 n)} are excitatory, and two
 * projections from P onto itself, {@code Ce} (rows of the excitatory neurons) and {@code Ci}
 * (rows of the inhibitory ones), each {@code FixedProb(80 / n)} with self-connections allowed.
 * A spike adds the projection's weight to the target's {@code ge} or {@code gi}.
 *
 * <ul>
 *   <li>{@code coba}: {@link CobaNeuron}, {@code we = 0.6}, {@code wi = 6.7},
 *       {@code V0 = Vr + 5 randn};
 *   <li>{@code cuba}: {@link CubaNeuron}, {@code we = 1.62} mV, {@code wi = -9} mV,
 *       {@code v0} uniform in {@code [Vr, Vt]};
 *   <li>{@code cobahh}: {@link CobaHHNeuron}, {@code we = 6} nS, {@code wi = 67} nS,
 *       {@code v0 = El + 5 randn - 5}, {@code ge0 = 10 (1.5 randn + 4)},
 *       {@code gi0 = 10 (12 randn + 20)} nS.
 * </ul>
 */
public final class BenchNetwork {
  public static final double DT = 0.1;
  public static final double EXC_FRACTION = 0.8;
  public static final double IN_DEGREE = 80;

  private final String model;
  private final Network net;
  private final NeuronGroup p;
  private final int ne;
  private final long synapses;

  private BenchNetwork(String model, Network net, NeuronGroup p, int ne, long synapses) {
    this.model = model;
    this.net = net;
    this.p = p;
    this.ne = ne;
    this.synapses = synapses;
  }

  /** The models {@link #build} knows. */
  public static final java.util.List<String> MODELS = java.util.List.of("coba", "cuba", "cobahh");

  /** Builds network {@code model} of {@code n} neurons (at least 2) from {@code seed}. */
  public static BenchNetwork build(String model, int n, long seed) {
    return build(model, n, seed, Precision.DOUBLE);
  }

  /**
   * Builds network {@code model} of {@code n} neurons (at least 2) from {@code seed}, computing
   * in {@code precision} (the synapses follow their target group's).
   */
  public static BenchNetwork build(String model, int n, long seed, Precision precision) {
    if (n < 2) {
      throw new IllegalArgumentException(model + ": need at least 2 neurons, got " + n);
    }
    int ne = (int) Math.round(EXC_FRACTION * n);
    ne = Math.max(1, Math.min(n - 1, ne));
    double prob = Math.min(1.0, IN_DEGREE / n);
    Network net = Network.create();
    double we;
    double wi;
    NeuronGroup p;
    switch (model) {
      case "coba" -> {
        p = net.add(CobaNeuronGroup.builder(n).name("P").seed(seed).precision(precision)
            .V(Init.normal(-60, 5)).build());
        we = 0.6;
        wi = 6.7;
      }
      case "cuba" -> {
        p = net.add(CubaNeuronGroup.builder(n).name("P").seed(seed).precision(precision)
            .v(Init.uniform(-60, -50)).build());
        we = 1.62;
        wi = -9;
      }
      case "cobahh" -> {
        p = net.add(CobaHHNeuronGroup.builder(n).name("P").seed(seed).precision(precision)
            .v(Init.normal(-65, 5))
            .ge(Init.normal(40, 15))
            .gi(Init.normal(200, 120))
            .build());
        we = 6;
        wi = 67;
      }
      default -> throw new IllegalArgumentException("unknown benchmark '" + model
          + "'; choose one of " + MODELS);
    }
    SynapseIndex ce = rows(n, 0, ne, prob, seed, "Ce");
    SynapseIndex ci = rows(n, ne, n, prob, seed, "Ci");
    net.connect(p, p, OnPreAddGeSynapses.builder().name("Ce").weight(we), ce);
    net.connect(p, p, OnPreAddGiSynapses.builder().name("Ci").weight(wi), ci);
    return new BenchNetwork(model, net, p, ne, (long) ce.size() + ci.size());
  }

  /**
   * {@code FixedProb(prob)} from presynaptic rows {@code [first, last)} of {@code n} onto all
   * {@code n}: the other rows are empty.
   */
  private static SynapseIndex rows(int n, int first, int last, double prob, long seed,
      String projection) {
    long mixed = seed * 0x9E3779B97F4A7C15L + CounterRng.streamOf("bench." + projection);
    Connectivity c = Connect.fixedProb(prob).includeSelf(true).seed(mixed).build(last - first, n);
    int[] indptr = c.preIndptr();
    int[] full = new int[n + 1];
    for (int i = 0; i <= n; i++) {
      int r = Math.max(0, Math.min(last - first, i - first));
      full[i] = indptr[r];
    }
    return new SynapseIndex(n, n, full, c.postIds());
  }

  public String model() {
    return model;
  }

  public Network network() {
    return net;
  }

  /** The group of all neurons, named "P". */
  public NeuronGroup group() {
    return p;
  }

  /** The number of excitatory neurons: {@code [0, ne)} are excitatory, the rest inhibitory. */
  public int excitatory() {
    return ne;
  }

  public long synapseCount() {
    return synapses;
  }
}
