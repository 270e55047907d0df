package org.brainj.opencl;

import static org.jocl.CL.CL_TRUE;
import static org.jocl.CL.clCreateKernel;
import static org.jocl.CL.clEnqueueNDRangeKernel;
import static org.jocl.CL.clEnqueueReadBuffer;
import static org.jocl.CL.clEnqueueWriteBuffer;
import static org.jocl.CL.clReleaseKernel;
import static org.jocl.CL.clReleaseMemObject;

import java.util.Arrays;
import org.brainj.runtime.group.NeuronGroup;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

/**
 * A neuron group's spikes collected on the device ({@code spikes.cl}): after the group's last
 * step a kernel compacts its spike flags into a list of indices and a count, in device buffers,
 * which the delivery kernels read, and counts each neuron's spikes. The host gets them back
 * ({@link #toHost}) only at the end of a run, and only when no host entry read the spikes
 * during it (else the host collected them itself from the downloaded flags).
 *
 * <p>Two counters alternate: compaction {@code k} counts into {@code counts[k % 2]} and zeroes
 * the other, which compaction {@code k + 1} uses; the kernels in between read the first. So a
 * step needs one command, not a fill and a kernel.
 */
final class SpikeList implements AutoCloseable {
  static final String SOURCE = "spikes.cl";
  private static final int WORK_GROUP = 64;

  private final NeuronGroup group;
  private final DeviceSession session;
  private final cl_kernel kernel;
  private final KernelArgs args;
  /** The indices of the last compaction, in no particular order. */
  final cl_mem list;
  /** Two alternating counters. */
  final cl_mem counts;
  private final cl_mem totals;
  /** The counter of the last compaction. */
  private int slot;

  SpikeList(NeuronGroup group, DeviceSession session) {
    this.group = group;
    this.session = session;
    this.kernel = clCreateKernel(session.program(SpikeList.class, SOURCE),
        "brainj_compact_spikes", null);
    this.args = new KernelArgs(kernel);
    long bytes = (long) group.size() * Sizeof.cl_int;
    String what = " of group '" + group.name() + "'";
    this.list = session.buffer(bytes, "the spike list" + what);
    this.counts = session.buffer(2L * Sizeof.cl_int, "the spike counters" + what);
    this.totals = session.buffer(bytes, "the spike totals" + what);
  }

  /** The counter the list's length is in now: {@code counts[slot()]}. */
  int slot() {
    return slot;
  }

  /**
   * Starts a run from the host's spikes: the last step's list (a delivery scheduled before the
   * group's steps reads it) and the totals.
   */
  void newRun() {
    int n = group.spikeCount();
    slot = 0;
    write(counts, new int[] {n, 0});
    write(list, Arrays.copyOf(group.spikeIndices(), Math.max(n, 1)));
    write(totals, group.spikeTotals());
  }

  private void write(cl_mem mem, int[] values) {
    if (values.length > 0) {
      clEnqueueWriteBuffer(session.queue, mem, CL_TRUE, 0, (long) values.length * Sizeof.cl_int,
          Pointer.to(values), 0, null, null);
    }
  }

  /** Compacts the spike flags {@code flags} (current on the device) into the list. */
  void compact(cl_mem flags) {
    int n = group.size();
    slot = 1 - slot;
    args.set(0, flags);
    args.set(1, n);
    args.set(2, slot);
    args.set(3, list);
    args.set(4, counts);
    args.set(5, totals);
    // at least one work-group: work-item 0 zeroes the next counter even in an empty group
    long global = Math.max(1, (n + WORK_GROUP - 1L) / WORK_GROUP) * WORK_GROUP;
    clEnqueueNDRangeKernel(session.queue, kernel, 1, null, new long[] {global},
        new long[] {WORK_GROUP}, 0, null, null);
  }

  /** Hands the last step's spikes, in increasing order, and the totals to the group. */
  void toHost() {
    int[] count = new int[2];
    int[] indices = new int[group.size()];
    int[] total = new int[group.size()];
    // blocking reads: JOCL does not read into Java arrays asynchronously (once per run)
    if (group.size() > 0) {
      clEnqueueReadBuffer(session.queue, list, CL_TRUE, 0, (long) indices.length * Sizeof.cl_int,
          Pointer.to(indices), 0, null, null);
      clEnqueueReadBuffer(session.queue, totals, CL_TRUE, 0, (long) total.length * Sizeof.cl_int,
          Pointer.to(total), 0, null, null);
    }
    clEnqueueReadBuffer(session.queue, counts, CL_TRUE, 0, 2L * Sizeof.cl_int,
        Pointer.to(count), 0, null, null);
    int n = count[slot];
    Arrays.sort(indices, 0, n); // the atomic counter hands out places in no particular order
    group.setSpikes(indices, n, total);
  }

  @Override
  public void close() {
    clReleaseKernel(kernel);
    clReleaseMemObject(list);
    clReleaseMemObject(counts);
    clReleaseMemObject(totals);
  }
}
