package org.brainj.opencl;

import static org.jocl.CL.CL_TRUE;
import static org.jocl.CL.clCreateKernel;
import static org.jocl.CL.clEnqueueNDRangeKernel;
import static org.jocl.CL.clEnqueueWriteBuffer;
import static org.jocl.CL.clReleaseKernel;
import static org.jocl.CL.clReleaseMemObject;

import java.util.ArrayList;
import java.util.List;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.StateVar;
import org.brainj.runtime.group.SynapseGroup;
import org.brainj.runtime.group.SynapseIndex;
import org.brainj.runtime.group.ModelInfo.VarType;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

/**
 * One synapse group's spike delivery on a device: the kernel the processor generated for its
 * model ({@code <Model>Synapses.cl}), whose work-items share out the spikes of the presynaptic
 * group's {@link SpikeList}, each walking the rows of its spiking neurons and adding atomically
 * to the postsynaptic group's device buffers. The connectivity is uploaded once; the parameters at the start of every run and when
 * replaced ({@code Parameter.set}); the synapse variables the kernel reads at the start of every
 * run (no device code writes them).
 *
 * <p>Only undelayed synapses of the delivering shape ({@link #hostReason}) run here; the
 * additions onto one neuron happen in an unspecified order, so a neuron that receives several
 * spikes in a step may get a sum rounded differently than on the host.
 */
final class SynapseOnDevice implements AutoCloseable {
  private static final int WORK_GROUP = 64;
  /**
   * Work-groups per compute unit: the kernel takes the spikes in a grid-stride loop, so it needs
   * no more work-items than the device runs at once, and each launch costs less than one
   * work-item per presynaptic neuron would (most would find no spike).
   */
  private static final int GROUPS_PER_UNIT = 4;

  private final SynapseGroup synapses;
  private final GroupOnDevice pre;
  private final GroupOnDevice post;
  private final DeviceSession session;
  private final Layout layout;
  private final cl_kernel kernel;
  private final KernelArgs args;
  private final cl_mem indptr;
  private final cl_mem postIds;
  private final List<ParamBuffer> params = new ArrayList<>();
  private final List<cl_mem> own = new ArrayList<>();
  /** The launch size: at most one work-item per presynaptic neuron, see GROUPS_PER_UNIT. */
  private final long global;

  SynapseOnDevice(SynapseGroup synapses, GroupOnDevice pre, GroupOnDevice post,
      DeviceSession session, Layout layout) {
    this.synapses = synapses;
    this.pre = pre;
    this.post = post;
    this.session = session;
    this.layout = layout;
    this.kernel = clCreateKernel(session.program(layout.owner(), layout.source()),
        layout.kernel(), null);
    this.args = new KernelArgs(kernel);
    long groups = Math.min((synapses.pre().size() + WORK_GROUP - 1L) / WORK_GROUP,
        (long) GROUPS_PER_UNIT * Math.max(1, session.device.computeUnits()));
    this.global = Math.max(1, groups) * WORK_GROUP;
    SynapseIndex index = synapses.connectivity();
    String of = " of synapse group '" + synapses.name() + "'";
    this.indptr = upload(index.preIndptr(), "the connectivity" + of);
    this.postIds = upload(index.postIds(), "the connectivity" + of);
    for (String p : layout.params()) {
      params.add(new ParamBuffer(synapses.param(p), session, "synapse group '"
          + synapses.name() + "'"));
    }
    for (String v : layout.ownVars()) {
      StateVar var = synapses.var(v);
      own.add(session.buffer((long) var.size() * Sizeof.cl_double, "variable '" + v + "'" + of));
    }
  }

  private cl_mem upload(int[] values, String what) {
    cl_mem mem = session.buffer((long) values.length * Sizeof.cl_int, what);
    if (values.length > 0) {
      clEnqueueWriteBuffer(session.queue, mem, CL_TRUE, 0, (long) values.length * Sizeof.cl_int,
          Pointer.to(values), 0, null, null);
    }
    return mem;
  }

  /**
   * Why {@code synapses} are delivered on the host even with device delivery chosen, or null if
   * the device can deliver them; {@code device} may be null (not chosen yet).
   */
  static String hostReason(SynapseGroup synapses, OpenClDevice device) {
    Layout layout = Layout.of(synapses.getClass());
    if (layout == null) {
      return synapses.getClass().getName() + " has no generated OpenCL delivery kernel";
    }
    if (!layout.hostReason().isEmpty()) {
      return layout.hostReason();
    }
    if (synapses.delay() != 0) {
      return "its delay is " + synapses.delay() + " ms (the device delivers undelayed spikes"
          + " only)";
    }
    if (device != null && !device.int64Atomics()) {
      return "device " + device + " has no 64-bit atomics (cl_khr_int64_base_atomics)";
    }
    String why = groupReason(synapses.pre(), "presynaptic", List.of(), true);
    if (why == null) {
      why = groupReason(synapses.pre(), "presynaptic", layout.preVars(), false);
    }
    if (why == null) {
      List<String> post = new ArrayList<>(layout.postVars());
      post.addAll(layout.postAdded());
      why = groupReason(synapses.post(), "postsynaptic", post, false);
    }
    return why;
  }

  /** Why {@code group}'s kernels do not keep {@code vars} (or, {@code spikes}, its spikes). */
  private static String groupReason(NeuronGroup group, String side, List<String> vars,
      boolean spikes) {
    String single = GroupOnDevice.floatReason(group);
    if (single != null) {
      return side + " " + single;
    }
    GroupOnDevice.Layout l = GroupOnDevice.Layout.of(group.getClass());
    if (l == null) {
      return side + " group '" + group.name() + "' has no OpenCL kernels";
    }
    var onDevice = l.deviceVars();
    if (spikes && !onDevice.contains(group.spike().name())) {
      return "no kernel of " + side + " group '" + group.name() + "' computes its spikes";
    }
    for (String v : vars) {
      if (!onDevice.contains(v)) {
        return side + " variable '" + v + "' of group '" + group.name() + "' is not used by its"
            + " kernels, so it is not on the device";
      }
    }
    return null;
  }

  /** Starts a run: the host's parameters and synapse variables are the state. */
  void newRun() {
    params.forEach(ParamBuffer::stale);
    for (int k = 0; k < own.size(); k++) {
      StateVar var = synapses.var(layout.ownVars().get(k));
      if (var.type() != VarType.DOUBLE) {
        throw new IllegalStateException("synapse group '" + synapses.name() + "': variable '"
            + var.name() + "' is " + var.type() + "; the delivery kernel reads doubles");
      }
      double[] a = (double[]) var.array();
      if (a.length > 0) {
        clEnqueueWriteBuffer(session.queue, own.get(k), CL_TRUE, 0,
            (long) a.length * Sizeof.cl_double, Pointer.to(a), 0, null, null);
      }
    }
  }

  /**
   * The {@code update} entry: the synapses of the presynaptic neurons in the presynaptic group's
   * spike list (the spikes it collected last, as {@code spikeIndices} on the host) add to the
   * postsynaptic variables.
   */
  void deliver(double t, double dt, long step) {
    SpikeList spikes = pre.spikeList();
    int a = 0;
    args.set(a++, t);
    args.set(a++, dt);
    args.set(a++, step);
    args.set(a++, spikes.list);
    args.set(a++, spikes.counts);
    args.set(a++, spikes.slot());
    args.set(a++, indptr);
    args.set(a++, postIds);
    args.set(a++, synapses.perPost() ? 1 : 0);
    for (ParamBuffer p : params) {
      p.sync();
      args.set(a++, p.mem);
      args.set(a++, p.stride);
    }
    for (cl_mem m : own) {
      args.set(a++, m);
    }
    for (String v : layout.preVars()) {
      args.set(a++, pre.deviceCopy(v));
    }
    for (String v : layout.postVars()) {
      args.set(a++, post.deviceCopy(v));
    }
    for (String v : layout.postAdded()) {
      args.set(a++, post.deviceCopy(v));
    }
    clEnqueueNDRangeKernel(session.queue, kernel, 1, null, new long[] {global},
        new long[] {WORK_GROUP}, 0, null, null);
    for (String v : layout.postAdded()) {
      post.deviceWrote(v);
    }
  }

  @Override
  public void close() {
    clReleaseKernel(kernel);
    clReleaseMemObject(indptr);
    clReleaseMemObject(postIds);
    params.forEach(ParamBuffer::close);
    own.forEach(m -> clReleaseMemObject(m));
  }

  /** What the processor generated for a synapse model: {@code <Model>SynapsesOpenCL}. */
  record Layout(Class<?> owner, String source, String kernel, String hostReason,
      List<String> params, List<String> ownVars, List<String> preVars, List<String> postVars,
      List<String> postAdded) {

    /** The layout of a generated synapse class, or null if there is none. */
    @SuppressWarnings("unchecked")
    static Layout of(Class<?> synapseClass) {
      Class<?> c;
      try {
        c = Class.forName(synapseClass.getName() + "OpenCL", true,
            synapseClass.getClassLoader());
      } catch (ClassNotFoundException e) {
        return null;
      }
      try {
        return new Layout(c, (String) c.getField("SOURCE").get(null),
            (String) c.getField("KERNEL").get(null),
            (String) c.getField("HOST_REASON").get(null),
            (List<String>) c.getField("PARAMS").get(null),
            (List<String>) c.getField("OWN_VARS").get(null),
            (List<String>) c.getField("PRE_VARS").get(null),
            (List<String>) c.getField("POST_VARS").get(null),
            (List<String>) c.getField("POST_ADDED").get(null));
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new IllegalStateException(c.getName() + " is not a BrainJ OpenCL delivery layout ("
            + e + "); rebuild the model with this version of the processor", e);
      }
    }
  }
}
