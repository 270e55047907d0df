package org.brainj.runtime.group;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.brainj.runtime.backend.RangeSplitter;
import org.brainj.runtime.backend.SynapseKernel;
import org.brainj.runtime.group.ModelInfo.VarType;

/**
 * The synapses of one projection from a presynaptic to a postsynaptic group, of one synapse
 * model. Generated subclasses ({@code ExpCOBASynapses}, ...) hold the compiled loops; this class
 * holds the connectivity, the delay line of presynaptic spikes and the event dispatch.
 *
 * <p>Per time step, at its {@code update} entry, a synapse group runs its continuous dynamics,
 * then its {@code @OnPre} handler for every synapse of each presynaptic neuron whose spike is due
 * now (event-driven: silent neurons cost nothing), then its {@code @OnPost} handler for every
 * synapse onto each postsynaptic neuron that spiked; at its {@code output} entry it writes into
 * the postsynaptic group.
 *
 * <p>Where the model allows it (linear dynamics, events that add), the state is kept per
 * postsynaptic neuron: the sum over a neuron's synapses evolves like one synapse, so the work per
 * step is one value per neuron instead of one per synapse (BrainPy's {@code SynVec5} layout).
 */
public abstract class SynapseGroup extends Population {
  private final NeuronGroup pre;
  private final NeuronGroup post;
  private final SynapseIndex index;
  private final boolean perPost;
  private final double delayMs;
  private int delaySteps = -1;
  private int[][] ring;
  private int[] ringCount;
  private long cursor;
  private final Set<String> preBound = new LinkedHashSet<>();
  private final Set<String> postBound = new LinkedHashSet<>();

  protected SynapseGroup(ModelInfo model, SynapseBuilder<?, ?> b, NeuronGroup pre,
      NeuronGroup post, SynapseIndex index) {
    super(model, prepared(b, index, pre.name() + "->" + post.name()),
        pre.name() + "->" + post.name(), index.size(),
        lumped(b) ? index.postNum() : index.size(), model.schedule(), post.precision());
    if (index.preNum() != pre.size() || index.postNum() != post.size()) {
      throw new IllegalArgumentException("synapse group '" + name() + "': the connectivity is "
          + index.preNum() + " x " + index.postNum() + " but the groups have " + pre.size()
          + " and " + post.size() + " neurons");
    }
    if (!pre.hasSpikes()) {
      throw new IllegalArgumentException("synapse group '" + name() + "': presynaptic group '"
          + pre.name() + "' (" + pre.model().name() + ") has no @Spike variable");
    }
    this.pre = pre;
    this.post = post;
    this.index = index;
    this.perPost = lumped(b);
    this.delayMs = b.delay();
  }

  private static ModelBuilder<?> prepared(SynapseBuilder<?, ?> b, SynapseIndex index,
      String defaultName) {
    b.expect(index.size(), defaultName);
    return b;
  }

  private static boolean lumped(SynapseBuilder<?, ?> b) {
    return b.lumped();
  }

  // ---------------------------------------------------------------- for generated subclasses

  /** Continuous dynamics ({@code @Update} steps) of all synapses (or postsynaptic neurons). */
  protected abstract void update(double t, double dt, long step);

  /** {@code @OnPre}: the synapses of presynaptic neurons {@code spikes[0 .. count)}. */
  protected abstract void onPre(int[] spikes, int count, double t, double dt, long step);

  /**
   * Whether the {@code @OnPre} handlers can be split by ranges of postsynaptic neurons (they write
   * only synapse state and postsynaptic variables); generated.
   */
  protected boolean onPreSplitsByPost() {
    return false;
  }

  /** {@code @OnPre} for the synapses of {@code spikes[0 .. count)} onto {@code [postFrom, postTo)}. */
  protected void onPre(int[] spikes, int count, double t, double dt, long step, int postFrom,
      int postTo) {
    throw new UnsupportedOperationException("synapse group '" + name() + "' cannot split its"
        + " @OnPre handlers by postsynaptic neuron");
  }

  /** Whether each row's targets are in increasing order (see {@link SynapseIndex}). */
  protected final boolean rowsSortedByPost() {
    return index.rowsSortedByPost();
  }

  /** The first synapse of row {@code i} whose target is {@code >= post}; rows must be sorted. */
  protected final int firstSynapseTo(int i, int post) {
    int[] ptr = index.preIndptr();
    int[] ids = index.postIds();
    int lo = ptr[i];
    int hi = ptr[i + 1];
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ids[mid] < post) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** {@code @OnPost}: the synapses onto postsynaptic neurons {@code spikes[0 .. count)}. */
  protected void onPost(int[] spikes, int count, double t, double dt, long step) {}

  /** Whether the model has an {@code @OnPost} handler. */
  protected boolean hasOnPost() {
    return false;
  }

  /** {@code @Output}: writes into the postsynaptic group. */
  protected abstract void output(double t, double dt, long step);

  /**
   * Runs the {@code @OnPre} handlers for presynaptic spikes {@code spikes[0 .. count)} now,
   * bypassing the delay line: for benchmarks and tests of the delivery itself.
   */
  public final void deliver(int[] spikes, int count, double t, double dt, long step) {
    onPre(spikes, count, t, dt, step);
  }

  /** The {@code output} entry. */
  public final void runOutput(double t, double dt, long step) {
    output(t, dt, step);
  }

  /**
   * The {@code output} entry, with {@code kernel}'s loop in place of the group's own when the
   * state is kept per postsynaptic neuron ({@code kernel} may be null).
   */
  public final void runOutput(double t, double dt, long step, SynapseKernel kernel) {
    if (kernel != null && perPost) {
      kernel.output(t, dt, step, 0, post.size());
    } else {
      output(t, dt, step);
    }
  }

  /** Whether the state is kept per postsynaptic neuron: the generated code picks its loops by it. */
  public final boolean perPost() {
    return perPost;
  }

  protected final int[] preIndptr() {
    return index.preIndptr();
  }

  protected final int[] postIds() {
    return index.postIds();
  }

  protected final int[] postIndptr() {
    return index.postIndptr();
  }

  protected final int[] synByPost() {
    return index.synByPost();
  }

  protected final int[] preByPost() {
    return index.preByPost();
  }

  /** The array of presynaptic variable {@code var}, checked to be {@code double}. */
  protected final double[] preDoubles(String var, String field) {
    return (double[]) bound(pre, "presynaptic", var, field, VarType.DOUBLE).array();
  }

  /** The array of postsynaptic variable {@code var}, checked to be {@code double}. */
  protected final double[] postDoubles(String var, String field) {
    return (double[]) bound(post, "postsynaptic", var, field, VarType.DOUBLE).array();
  }

  /** The array of presynaptic variable {@code var}, checked to be {@code float}. */
  protected final float[] preFloats(String var, String field) {
    return (float[]) bound(pre, "presynaptic", var, field, VarType.FLOAT).array();
  }

  /** The array of postsynaptic variable {@code var}, checked to be {@code float}. */
  protected final float[] postFloats(String var, String field) {
    return (float[]) bound(post, "postsynaptic", var, field, VarType.FLOAT).array();
  }

  protected final boolean[] preBooleans(String var, String field) {
    return (boolean[]) bound(pre, "presynaptic", var, field, VarType.BOOLEAN).array();
  }

  protected final boolean[] postBooleans(String var, String field) {
    return (boolean[]) bound(post, "postsynaptic", var, field, VarType.BOOLEAN).array();
  }

  private StateVar bound(NeuronGroup g, String side, String var, String field, VarType type) {
    (side.equals("presynaptic") ? preBound : postBound).add(var);
    StateVar v = g.vars().get(var);
    if (v == null) {
      throw new IllegalArgumentException("synapse group '" + name() + "' (" + model().name()
          + "): field '" + field + "' reads " + side + " variable '" + var + "', but group '"
          + g.name() + "' (" + g.model().name() + ") has none; its variables are "
          + g.vars().keySet());
    }
    if (v.type() != type) {
      String why = g.precision() != precision()
          ? " (the synapse group runs in " + precision().label() + " precision and group '"
              + g.name() + "' in " + g.precision().label() + ": give them the same precision)"
          : "";
      throw new IllegalArgumentException("synapse group '" + name() + "' (" + model().name()
          + "): field '" + field + "' is a " + type.name().toLowerCase() + " but " + side
          + " variable '" + g.name() + "." + var + "' is a " + v.type().name().toLowerCase()
          + why);
    }
    return v;
  }

  // ---------------------------------------------------------------- public API

  /**
   * The presynaptic variables this group's code reads or writes (those it bound through
   * {@code preDoubles}/{@code preBooleans}; its spikes come from {@link NeuronGroup#spikeIndices}):
   * a backend that keeps neuron state on a device makes these current around the synapse entries.
   */
  public final Set<String> presynapticVars() {
    return Collections.unmodifiableSet(preBound);
  }

  /** Like {@link #presynapticVars()}, for the postsynaptic group. */
  public final Set<String> postsynapticVars() {
    return Collections.unmodifiableSet(postBound);
  }

  public final NeuronGroup pre() {
    return pre;
  }

  public final NeuronGroup post() {
    return post;
  }

  public final SynapseIndex connectivity() {
    return index;
  }

  /** The delay in ms, as given. */
  public final double delay() {
    return delayMs;
  }

  @Override
  public String kind() {
    return "synapse group";
  }

  @Override
  public String elementName() {
    return "synapse";
  }

  @Override
  protected void checkParameter(String paramName, boolean uniform) {
    if (perPost && !uniform && model().perPostUniformParams().contains(paramName)) {
      throw new IllegalArgumentException("synapse group '" + name() + "': parameter '" + paramName
          + "' must stay one value for all synapses, because the group keeps its state per"
          + " postsynaptic neuron; build it with .perSynapse() to vary it per synapse");
    }
  }

  @Override
  public void reset() {
    super.reset();
    if (ring != null) {
      Arrays.fill(ringCount, 0);
    }
    cursor = 0;
  }

  /** Sets the delay line up for a run with time step {@code dt} (kept when dt is unchanged). */
  public final void prepare(double dt) {
    prepareDelay(dt);
  }

  private void prepareDelay(double dt) {
    int steps = (int) Math.round(delayMs / dt);
    if (steps != delaySteps) {
      delaySteps = steps;
      ring = new int[steps + 1][pre.size()];
      ringCount = new int[steps + 1];
      cursor = 0;
    }
  }

  /**
   * The {@code update} entry: continuous dynamics, then the events of the presynaptic spikes due
   * now, then those of the postsynaptic spikes.
   */
  public final void runUpdate(double t, double dt, long step) {
    runUpdate(t, dt, step, null);
  }

  /**
   * The {@code update} entry with the spike delivery split over {@code splitter}'s threads by
   * ranges of postsynaptic neurons, where the model allows it; each synapse and each target is
   * then updated by one thread, in the same order as on one thread, so the results are the same
   * bits whatever the number of threads.
   */
  public final void runUpdate(double t, double dt, long step, RangeSplitter splitter) {
    runUpdate(t, dt, step, splitter, null);
  }

  /**
   * As {@link #runUpdate(double, double, long, RangeSplitter)}, with {@code kernel}'s loop for
   * the continuous dynamics when the state is kept per postsynaptic neuron (may be null).
   */
  public final void runUpdate(double t, double dt, long step, RangeSplitter splitter,
      SynapseKernel kernel) {
    if (kernel != null && perPost) {
      kernel.update(t, dt, step, 0, post.size());
    } else {
      update(t, dt, step);
    }
    // push this step's presynaptic spikes, deliver those of delaySteps ago
    int slots = ring.length;
    int write = (int) (cursor % slots);
    int n = pre.spikeCount();
    System.arraycopy(pre.spikeIndices(), 0, ring[write], 0, n);
    ringCount[write] = n;
    long now = cursor++;
    if (now >= delaySteps) {
      int read = (int) ((now - delaySteps) % slots);
      int count = ringCount[read];
      if (count > 0) {
        int[] spikes = ring[read];
        if (splitter != null && onPreSplitsByPost()) {
          splitter.split(post.size(), (from, to) -> onPre(spikes, count, t, dt, step, from, to));
        } else {
          onPre(spikes, count, t, dt, step);
        }
      }
    }
    if (hasOnPost() && post.spikeCount() > 0) {
      onPost(post.spikeIndices(), post.spikeCount(), t, dt, step);
    }
  }

  @Override
  public String toString() {
    return name() + " (" + model().name() + ", " + index.size() + " synapses"
        + (perPost ? ", state per postsynaptic neuron" : "") + ")";
  }
}
