package org.brainj.runtime.group;

import java.util.List;

/**
 * The builder base of generated synapse groups: parameters and initial values like a group's,
 * plus the delay and the state layout. The number of synapses is known only when the network
 * connects two groups ({@code net.connect(pre, post, builder, connector)}), so per-synapse arrays
 * are checked then.
 */
public abstract class SynapseBuilder<S extends SynapseGroup, B extends SynapseBuilder<S, B>>
    extends ModelBuilder<B> {
  private double delay;
  private boolean perSynapse;
  private int expected = -1;

  protected SynapseBuilder(ModelInfo model) {
    super(model);
  }

  @SuppressWarnings("unchecked")
  private B me() {
    return (B) this;
  }

  /**
   * The transmission delay in ms: a presynaptic spike reaches the synapses
   * {@code round(delay / dt)} steps later (rounded to the nearest step).
   */
  public B delay(double ms) {
    if (!(ms >= 0) || Double.isInfinite(ms)) {
      throw new IllegalArgumentException(
          what() + ": delay must be a non-negative number of ms, got " + ms);
    }
    this.delay = ms;
    return me();
  }

  /**
   * Keep one state value per synapse even where the model allows one per postsynaptic neuron
   * (so monitors see each synapse).
   */
  public B perSynapse() {
    this.perSynapse = true;
    return me();
  }

  /** Creates the synapse group on a connectivity; called by the network. */
  public abstract S build(NeuronGroup pre, NeuronGroup post, SynapseIndex index);

  final double delay() {
    return delay;
  }

  /** Whether the group will keep its state per postsynaptic neuron. */
  final boolean lumped() {
    if (perSynapse || !modelInfo().perPostCapable()) {
      return false;
    }
    for (Object v : varOverrides().values()) {
      // per-synapse initial values need per-synapse state; so does a non-zero start, since the
      // per-neuron sum would have to start at (number of synapses) x value
      if (!(v instanceof Double d) || d != 0) {
        return false;
      }
    }
    for (String p : modelInfo().perPostUniformParams()) {
      if (paramOverrides().containsKey(p) && !(paramOverrides().get(p) instanceof Double)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Fixes the number of synapses before the group is allocated; {@code defaultName} is the
   * group's name when the builder gives none ({@code "E->I"}), for the error messages.
   */
  final void expect(int synapses, String defaultName) {
    this.expected = synapses;
    String label = groupLabel().contains("'") ? groupLabel()
        : what() + " '" + defaultName + "'";
    for (var e : paramOverrides().entrySet()) {
      if (e.getValue() instanceof double[] a && a.length != synapses) {
        throw new IllegalArgumentException(label + ": parameter '" + e.getKey() + "' got "
            + a.length + " values but the connectivity has " + synapses + " synapses");
      }
    }
  }

  @Override
  protected int expectedLength() {
    return expected;
  }

  @Override
  protected List<String> defaultSchedule() {
    return modelInfo().schedule();
  }

  @Override
  protected String lengthWhat(int size) {
    return "the connectivity has " + size + " synapses";
  }

  @Override
  protected String what() {
    return modelInfo().name() + " synapses";
  }
}
