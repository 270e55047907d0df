package org.brainj.examples.models.synapses;

import org.brainj.runtime.connect.Connectivity;
import org.brainj.runtime.group.ModelInfo;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.SynapseBuilder;
import org.brainj.runtime.group.SynapseGroup;
import org.brainj.runtime.group.SynapseIndex;

/**
 * The conductance-based exponential synapse of manual chapter 6 written by hand in one of the
 * manual's seven data layouts ({@link Form}): {@code dg/dt = -g / tau} by forward Euler,
 * {@code g += weight} on a presynaptic spike, {@code input_post += g (E - V_post)}. The
 * processor writes this model's loops itself (the built-in {@code ExpCOBA}); these classes exist
 * to compare the layouts the manual times, on the same network.
 *
 * <p>Each form reads what it needs from the connectivity with BrainPy's names
 * ({@code conn_mat}, {@code pre_ids}, {@code post_ids}, {@code pre2syn}, {@code post2syn},
 * {@code pre2post}, {@code pre_slice}, {@code post_slice}), and, like the manual's code, looks at
 * every presynaptic neuron's spike flag in its {@code update} (no spike list, no delay). The
 * parameters are one value for all synapses.
 */
public abstract class ManualCoba extends SynapseGroup {
  /** The model's description: parameters as in {@code ExpCOBA}, steps update and output. */
  public static final ModelInfo MODEL = ModelInfo.builder("ManualCOBA", ManualCoba.class.getName())
      .param("tau", 5.0, "decay time constant (ms)")
      .param("weight", 0.6, "conductance increment per spike")
      .param("E", 0.0, "reversal potential (mV)")
      .step("update", 0.0, false)
      .step("output", 0.0, false)
      .schedule("input", "update", "output", "monitor")
      .build();

  /** The presynaptic spike flags, the postsynaptic potentials and input accumulators. */
  protected final boolean[] preSpike;
  protected final double[] vPost;
  protected final double[] iPost;
  /** The connectivity, with every BrainPy structure on demand. */
  protected final Connectivity conn;

  protected ManualCoba(Builder b, NeuronGroup pre, NeuronGroup post, SynapseIndex index) {
    super(MODEL, b, pre, post, index);
    this.preSpike = preBooleans("spike", "preSpike");
    this.vPost = postDoubles("V", "vPost");
    this.iPost = postDoubles("input", "iPost");
    this.conn = Connectivity.fromCsr(index.preNum(), index.postNum(), index.preIndptr(),
        index.postIds());
  }

  /** How many conductances the form keeps (pairs, synapses or postsynaptic neurons). */
  public abstract int conductances();

  /** The decay time constant (one value for all synapses). */
  protected final double tau() {
    return param("tau").values()[0];
  }

  protected final double weight() {
    return param("weight").values()[0];
  }

  protected final double reversal() {
    return param("E").values()[0];
  }

  /** One forward-Euler step of {@code dg/dt = -g / tau} on every element, as ExpCOBA does it. */
  protected static void decay(double[] g, double tau, double dt) {
    for (int k = 0; k < g.length; k++) {
      double dg = -g[k] / tau;
      g[k] += dt * dg;
    }
  }

  /** The output of a conductance kept per postsynaptic neuron: {@code input += g (E - V)}. */
  protected final void outputPerPost(double[] g) {
    double e = reversal();
    for (int j = 0; j < g.length; j++) {
      iPost[j] += g[j] * (e - vPost[j]);
    }
  }

  /** Events are handled in {@code update}, from the spike flags, as in the manual. */
  @Override
  protected final void onPre(int[] spikes, int count, double t, double dt, long step) {}

  /** The manual's seven forms (its section 6.3 names them "mat 1" ... "vec 5"). */
  public enum Form {
    /** 6.1: g per (pre, post) pair of the dense matrix; every pair looks at its pre's spike. */
    MAT1("mat 1", "conn_mat; g per pair; all pairs see spikes", Mat1::new),
    /** 6.1.1: the dense matrix; only the rows of spiking neurons are updated. */
    MAT2("mat 2", "conn_mat; g per pair; spiking rows only", Mat2::new),
    /** 6.2.1: g per synapse; every synapse looks at its pre's spike. */
    VEC1("vec 1", "pre_ids, post_ids; g per synapse", Vec1::new),
    /** 6.2.2: g per synapse; events over pre2syn, output over post2syn. */
    VEC2("vec 2", "pre2syn, post2syn; g per synapse", Vec2::new),
    /** 6.2.3: g per postsynaptic neuron; events over pre2post. */
    VEC3("vec 3", "pre2post; g per post neuron", Vec3::new),
    /** 6.2.4: g per synapse in post order; output over post_slice. */
    VEC4("vec 4", "pre_ids, post_slice; g per synapse", Vec4::new),
    /** 6.2.4: g per postsynaptic neuron; events over pre_slice and post_ids. */
    VEC5("vec 5", "pre_slice, post_ids; g per post neuron", Vec5::new);

    private final String label;
    private final String layout;
    private final Constructor constructor;

    Form(String label, String layout, Constructor constructor) {
      this.label = label;
      this.layout = layout;
      this.constructor = constructor;
    }

    /** The manual's name, e.g. "vec 3". */
    public String label() {
      return label;
    }

    /** The structures the form uses and where its state lives. */
    public String layout() {
      return layout;
    }

    /** A builder of synapses of this form. */
    public Builder builder() {
      return new Builder(this);
    }
  }

  @FunctionalInterface
  private interface Constructor {
    ManualCoba create(Builder b, NeuronGroup pre, NeuronGroup post, SynapseIndex index);
  }

  /** Builds synapses of one {@link Form}; parameters {@code tau}, {@code weight}, {@code E}. */
  public static final class Builder extends SynapseBuilder<ManualCoba, Builder> {
    private final Form form;

    private Builder(Form form) {
      super(MODEL);
      this.form = form;
    }

    public Builder tau(double value) {
      return param("tau", value);
    }

    public Builder weight(double value) {
      return param("weight", value);
    }

    public Builder E(double value) {
      return param("E", value);
    }

    @Override
    public ManualCoba build(NeuronGroup pre, NeuronGroup post, SynapseIndex index) {
      return form.constructor.create(this, pre, post, index);
    }
  }
}
