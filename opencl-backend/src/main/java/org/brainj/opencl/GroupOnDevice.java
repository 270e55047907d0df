package org.brainj.opencl;

import static org.jocl.CL.CL_FALSE;
import static org.jocl.CL.CL_TRUE;
import static org.jocl.CL.clCreateKernel;
import static org.jocl.CL.clEnqueueFillBuffer;
import static org.jocl.CL.clEnqueueNDRangeKernel;
import static org.jocl.CL.clEnqueueReadBuffer;
import static org.jocl.CL.clEnqueueWriteBuffer;
import static org.jocl.CL.clFinish;
import static org.jocl.CL.clReleaseKernel;
import static org.jocl.CL.clReleaseMemObject;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.brainj.runtime.backend.RangeStep;
import org.brainj.runtime.group.ModelInfo.Role;
import org.brainj.runtime.group.ModelInfo.VarType;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Precision;
import org.brainj.runtime.group.StateVar;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_program;

/**
 * One neuron group on a device: a kernel per step that has one, a buffer per variable and
 * parameter those kernels use, and the copies between them and the group's arrays.
 *
 * <p>Sync protocol: each variable the kernels use has a host copy (the group's array) and a
 * device copy, and two flags saying which is current. A kernel uploads the variables it uses whose
 * device copy is stale, and makes the host copies of those it writes stale; they are downloaded
 * only when a host entry needs them ({@link #toHost}), and a host entry that may have written them
 * makes the device copies stale ({@link #hostChanged}); so does another kernel that writes them
 * ({@link #deviceWrote}: spike delivery). Where some host entry reads the spikes, the spike
 * flags come back right after the kernel that writes them (the group collects its spikes on the
 * host after its last step) and with them, in the same wait, the variables host entries read
 * ({@link #hostReads}); where a delivery kernel reads them, or nothing on the host does, they are
 * compacted on the device after the last step ({@link SpikeList}), and in the second case come
 * back only when the run ends ({@link #endRun}); see {@link #spikes}. Uploads go through staging
 * buffers and do not block.
 * Parameters are uploaded when their backing array changes ({@code Parameter.set}) and at the
 * start of every run. A step without a kernel runs the group's own Java loop on the host arrays.
 */
final class GroupOnDevice implements RangeStep, AutoCloseable {
  private static final int WORK_GROUP = 64;

  private final NeuronGroup group;
  private final DeviceSession session;
  private final Layout layout;
  private final cl_kernel[] kernels;
  private final KernelArgs[] kernelArgs;
  private final Map<String, VarBuffer> vars = new LinkedHashMap<>();
  private final Map<String, ParamBuffer> params = new LinkedHashMap<>();
  /** The spike flags, if a kernel writes them; null otherwise. */
  private final VarBuffer spikes;
  /** The input variables the kernels use: the group zeroes them after its last step. */
  private final List<VarBuffer> inputs = new ArrayList<>();
  /** The group's last scheduled step, after which it clears its inputs. */
  private final int lastStepId;
  /** Downloaded right after a kernel writes them: see {@link #hostReads}. */
  private final Set<VarBuffer> prefetch = new LinkedHashSet<>();
  /** Whether the spike flags come back after the kernel that writes them (see {@link #spikes}). */
  private boolean spikesToHost = true;
  /** Whether the spikes are compacted on the device after the last step, into {@link #spikeList}. */
  private boolean compacting;
  private SpikeList spikeList;

  private GroupOnDevice(NeuronGroup group, DeviceSession session, Layout layout) {
    this.group = group;
    this.session = session;
    this.layout = layout;
    int steps = layout.kernels().size();
    this.kernels = new cl_kernel[steps];
    this.kernelArgs = new KernelArgs[steps];
    cl_program program = session.program(layout.owner(), layout.source());
    for (int k = 0; k < steps; k++) {
      if (layout.kernels().get(k).isEmpty()) {
        continue;
      }
      kernels[k] = clCreateKernel(program, layout.kernels().get(k), null);
      kernelArgs[k] = new KernelArgs(kernels[k]);
      for (String v : layout.vars().get(k)) {
        vars.computeIfAbsent(v, name -> new VarBuffer(group.var(name)));
      }
      for (String p : layout.params().get(k)) {
        params.computeIfAbsent(p, name -> new ParamBuffer(group.param(name), session,
            "group '" + group.name() + "'"));
      }
    }
    VarBuffer spikeBuffer = null;
    for (VarBuffer v : vars.values()) {
      if (v.var.role() == Role.SPIKE) {
        spikeBuffer = v;
      } else if (v.var.role() == Role.INPUT) {
        inputs.add(v);
      }
    }
    this.spikes = spikeBuffer;
    int last = -1;
    for (String entry : group.schedule()) { // as NeuronGroup finds it
      int id = group.model().stepIndex(entry);
      if (id >= 0) {
        last = id;
      }
    }
    this.lastStepId = last;
  }

  /** The group on {@code session}'s device, or null if its class has no generated kernels. */
  static GroupOnDevice of(NeuronGroup group, DeviceSession session) {
    if (floatReason(group) != null) {
      return null;
    }
    Layout layout = Layout.of(group.getClass());
    return layout == null ? null : new GroupOnDevice(group, session, layout);
  }

  /** Why a float-precision group runs on the host, or null for a double one. */
  static String floatReason(NeuronGroup group) {
    return group.precision() == Precision.FLOAT
        ? "group '" + group.name() + "' is in float precision (the OpenCL kernels are double"
            + " precision so far)"
        : null;
  }

  /** Empty if step {@code stepId} runs on the device, else why it runs on the host. */
  String hostReason(int stepId) {
    return layout.hostReasons().get(stepId);
  }

  /**
   * Starts a run: the host arrays are the state (they may have been changed since the last run,
   * as may the parameters' values), so every device copy is stale.
   */
  void newRun() {
    params.values().forEach(ParamBuffer::stale);
    hostChanged(null);
    if (spikeList != null) {
      spikeList.newRun();
    }
  }

  /**
   * Where the group's spikes go in the coming run: {@code toHost}, the flags come back after the
   * kernel that writes them, for the host's spike collection (some host entry reads the spikes
   * every step); {@code onDevice}, a kernel compacts them into a device list after the group's
   * last step ({@link SpikeList}: delivery kernels read it). Without either the spikes stay on
   * the device until the run ends; {@link #endRun} then hands them to the group.
   *
   * @throws IllegalStateException if {@code onDevice} but no kernel computes the spike flags
   */
  void spikes(boolean toHost, boolean onDevice) {
    if ((onDevice || !toHost) && spikes == null) {
      if (onDevice) {
        throw new IllegalStateException("group '" + group.name() + "': no kernel computes its"
            + " spikes, so they cannot be collected on the device");
      }
      toHost = true; // no spike flags on the device: the host collects what its steps wrote
    }
    spikesToHost = toHost;
    if (!toHost || onDevice) {
      if (spikeList == null) {
        spikeList = new SpikeList(group, session);
      }
      compacting = true;
    } else {
      compacting = false;
    }
  }

  /** Whether a kernel computes the group's spike flags (they can be collected on the device). */
  boolean computesSpikes() {
    return spikes != null;
  }

  /** The spikes collected on the device, if {@link #spikes} asked for that; else null. */
  SpikeList spikeList() {
    return compacting ? spikeList : null;
  }

  /**
   * The device buffer of variable {@code name}, made current (uploaded if the host changed it);
   * for another kernel that reads it.
   */
  cl_mem deviceCopy(String name) {
    VarBuffer v = vars.get(name);
    v.toDevice();
    return v.mem;
  }

  /** Another kernel wrote variable {@code name} on the device: its host copy is stale. */
  void deviceWrote(String name) {
    vars.get(name).hostCurrent = false;
  }

  /**
   * Ends a run (or a failed one): every host array current again and, if the spikes stayed on
   * the device, the last step's spikes and the totals handed to the group.
   */
  void endRun() {
    toHost(null);
    if (compacting && !spikesToHost) {
      spikeList.toHost();
    }
  }

  /**
   * Makes the host arrays of {@code names} (all variables if null) current, downloading those a
   * kernel changed since; names the kernels do not use are always current on the host.
   */
  void toHost(Collection<String> names) {
    List<VarBuffer> stale = new ArrayList<>();
    for (VarBuffer v : names == null ? vars.values() : buffers(names)) {
      if (!v.hostCurrent) {
        stale.add(v);
      }
    }
    fetch(stale);
  }

  private List<VarBuffer> buffers(Collection<String> names) {
    List<VarBuffer> out = new ArrayList<>();
    for (String n : names) {
      VarBuffer v = vars.get(n);
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }

  /**
   * Downloads {@code stale} with one wait: the reads are enqueued together and the last one
   * blocks (the queue is in order, so then all have finished, the kernels before them too).
   */
  private void fetch(List<VarBuffer> stale) {
    if (stale.isEmpty()) {
      return;
    }
    for (int k = 0; k < stale.size(); k++) {
      stale.get(k).enqueueRead(k == stale.size() - 1);
    }
    writesDone();
    stale.forEach(VarBuffer::copyOut);
  }

  /** Everything enqueued so far has finished: the staging buffers are free. */
  private void writesDone() {
    vars.values().forEach(v -> v.writePending = false);
  }

  /**
   * The variables host entries read ({@code null}: possibly all): downloaded with the spike flags
   * right after the kernels that write them, in the same wait.
   */
  void hostReads(Collection<String> names) {
    prefetch.clear();
    prefetch.addAll(names == null ? vars.values() : buffers(names));
  }

  /**
   * Says the host may have written {@code names} (all variables if null), whose host copies must
   * be current ({@link #toHost}): their device copies are uploaded before the next kernel.
   */
  void hostChanged(Collection<String> names) {
    if (names == null) {
      vars.values().forEach(v -> v.deviceCurrent = false);
      return;
    }
    for (String n : names) {
      VarBuffer v = vars.get(n);
      if (v != null) {
        v.deviceCurrent = false;
      }
    }
  }

  /**
   * Called after the group ran step {@code stepId}: after its last step the group has zeroed its
   * input variables on the host, so they are zeroed on the device too (no copy).
   */
  void afterStep(int stepId) {
    if (stepId == lastStepId) {
      inputs.forEach(VarBuffer::zeroed);
      if (compacting) {
        spikes.toDevice(); // a host step may have written the flags
        spikeList.compact(spikes.mem);
      }
    }
  }

  @Override
  public void compute(int stepId, double t, double dt, long step, int from, int to) {
    cl_kernel kernel = kernels[stepId];
    if (kernel == null) {
      // the Java loop works on the host arrays
      toHost(null);
      group.computeRange(stepId, t, dt, step, from, to);
      hostChanged(null);
      return;
    }
    int n = to - from;
    if (n <= 0) {
      return;
    }
    KernelArgs args = kernelArgs[stepId];
    int arg = 0;
    args.set(arg++, t);
    args.set(arg++, dt);
    args.set(arg++, step);
    args.set(arg++, from);
    args.set(arg++, n);
    List<Integer> sites = layout.randomSites().get(stepId);
    if (!sites.isEmpty()) {
      // the scalar loop's CounterRng arguments: the group's seed and its streams per call site
      args.set(arg++, group.seed());
      for (int site : sites) {
        args.set(arg++, group.randomStream(site));
      }
    }
    for (String p : layout.params().get(stepId)) {
      ParamBuffer b = params.get(p);
      b.sync();
      args.set(arg++, b.mem);
      args.set(arg++, b.stride);
    }
    for (String v : layout.vars().get(stepId)) {
      VarBuffer b = vars.get(v);
      b.toDevice();
      args.set(arg++, b.mem);
    }
    long global = (n + WORK_GROUP - 1L) / WORK_GROUP * WORK_GROUP;
    clEnqueueNDRangeKernel(session.queue, kernel, 1, null, new long[] {global},
        new long[] {WORK_GROUP}, 0, null, null);
    for (String v : layout.written().get(stepId)) {
      vars.get(v).hostCurrent = false;
    }
    // the spike flags (the group collects its spikes after the step) and what host entries
    // will read, in one wait
    List<VarBuffer> stale = new ArrayList<>();
    if (spikesToHost && spikes != null && !spikes.hostCurrent) {
      stale.add(spikes);
    }
    for (VarBuffer v : prefetch) {
      if (!v.hostCurrent && v != spikes) {
        stale.add(v);
      }
    }
    fetch(stale);
  }

  @Override
  public void close() {
    clFinish(session.queue); // no upload may still read a staging buffer
    for (cl_kernel k : kernels) {
      if (k != null) {
        clReleaseKernel(k);
      }
    }
    vars.values().forEach(v -> clReleaseMemObject(v.mem));
    params.values().forEach(ParamBuffer::close);
    if (spikeList != null) {
      spikeList.close();
    }
  }

  /**
   * A variable's device buffer and which of its two copies are current. Copies go through a
   * direct staging buffer, so uploads need not block: the host array may change as soon as the
   * upload is enqueued. Booleans travel as bytes (OpenCL C has no bool buffers).
   */
  private final class VarBuffer {
    final StateVar var;
    final cl_mem mem;
    final boolean bool;
    final long bytes;
    final ByteBuffer staging;
    final DoubleBuffer doubles;
    boolean hostCurrent = true;
    boolean deviceCurrent;
    /** An upload from {@link #staging} may still be running. */
    boolean writePending;

    VarBuffer(StateVar var) {
      this.var = var;
      this.bool = var.type() == VarType.BOOLEAN;
      if (!bool && var.type() != VarType.DOUBLE) {
        throw new IllegalStateException("group '" + group.name() + "': variable '" + var.name()
            + "' is " + var.type() + "; the OpenCL kernels take double and boolean variables");
      }
      this.bytes = (long) var.size() * (bool ? 1 : Sizeof.cl_double);
      this.mem = session.buffer(bytes, "variable '" + var.name() + "' of group '" + group.name()
          + "'");
      this.staging = ByteBuffer.allocateDirect((int) Math.max(bytes, 8))
          .order(ByteOrder.nativeOrder());
      this.doubles = bool ? null : staging.asDoubleBuffer();
    }

    void toDevice() {
      if (!deviceCurrent) {
        upload();
        deviceCurrent = true;
      }
    }

    /** The host array was just zeroed: zero the device buffer too. */
    void zeroed() {
      clEnqueueFillBuffer(session.queue, mem, Pointer.to(new byte[] {0}), 1, 0, bytes, 0, null,
          null);
      hostCurrent = true;
      deviceCurrent = true;
    }

    private void upload() {
      if (writePending) {
        clFinish(session.queue); // the staging buffer is about to be refilled
        writesDone();
      }
      if (bool) {
        boolean[] a = (boolean[]) var.array();
        for (int i = 0; i < a.length; i++) {
          staging.put(i, (byte) (a[i] ? 1 : 0));
        }
      } else {
        doubles.clear();
        doubles.put((double[]) var.array());
      }
      clEnqueueWriteBuffer(session.queue, mem, CL_FALSE, 0, bytes, Pointer.to(staging), 0, null,
          null);
      writePending = true;
    }

    /** Enqueues the download into the staging buffer; {@link #copyOut} once it has finished. */
    void enqueueRead(boolean blocking) {
      clEnqueueReadBuffer(session.queue, mem, blocking ? CL_TRUE : CL_FALSE, 0, bytes,
          Pointer.to(staging), 0, null, null);
    }

    void copyOut() {
      if (bool) {
        boolean[] a = (boolean[]) var.array();
        for (int i = 0; i < a.length; i++) {
          a[i] = staging.get(i) != 0;
        }
      } else {
        doubles.clear();
        doubles.get((double[]) var.array());
      }
      hostCurrent = true;
    }
  }

  /** What the processor generated for a model: {@code <Model>GroupOpenCL}, read reflectively. */
  record Layout(Class<?> owner, String source, List<String> kernels, List<String> hostReasons,
      List<List<String>> params, List<List<String>> vars, List<List<String>> written,
      List<List<Integer>> randomSites) {

    /** The layout of a generated group class, or null if there is none. */
    @SuppressWarnings("unchecked")
    static Layout of(Class<?> groupClass) {
      Class<?> c;
      try {
        c = Class.forName(groupClass.getName() + "OpenCL", true, groupClass.getClassLoader());
      } catch (ClassNotFoundException e) {
        return null;
      }
      try {
        return new Layout(c, (String) c.getField("SOURCE").get(null),
            (List<String>) c.getField("KERNELS").get(null),
            (List<String>) c.getField("HOST_REASONS").get(null),
            (List<List<String>>) c.getField("PARAMS").get(null),
            (List<List<String>>) c.getField("VARS").get(null),
            (List<List<String>>) c.getField("WRITTEN").get(null),
            (List<List<Integer>>) c.getField("RANDOM_SITES").get(null));
      } catch (ReflectiveOperationException | ClassCastException e) {
        throw new IllegalStateException(c.getName() + " is not a BrainJ OpenCL layout (" + e
            + "); rebuild the model with this version of the processor", e);
      }
    }

    /** The variables the group's kernels use: those that have device buffers. */
    Set<String> deviceVars() {
      Set<String> out = new LinkedHashSet<>();
      vars.forEach(out::addAll);
      return out;
    }

    /** Which steps run on the host, by name, with the reason (empty if all run on the device). */
    List<String> describeHostSteps(List<String> stepNames) {
      List<String> out = new ArrayList<>();
      for (int k = 0; k < hostReasons.size(); k++) {
        if (!hostReasons.get(k).isEmpty()) {
          out.add(stepNames.get(k) + ": " + hostReasons.get(k));
        }
      }
      return out;
    }
  }
}
