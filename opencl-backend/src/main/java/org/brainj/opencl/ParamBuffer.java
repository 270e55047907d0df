package org.brainj.opencl;

import static org.jocl.CL.CL_TRUE;
import static org.jocl.CL.clEnqueueWriteBuffer;
import static org.jocl.CL.clReleaseMemObject;

import org.brainj.runtime.group.Parameter;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_mem;

/**
 * A parameter's values on the device: one value (stride 0) or one per element (stride 1),
 * uploaded again when the parameter's backing array changes ({@code Parameter.set}) or
 * {@link #stale} says so (at the start of every run).
 */
final class ParamBuffer implements AutoCloseable {
  private final Parameter param;
  private final DeviceSession session;
  /** The group, for errors. */
  private final String owner;
  cl_mem mem;
  private int capacity;
  int stride;
  private double[] uploaded;

  ParamBuffer(Parameter param, DeviceSession session, String owner) {
    this.param = param;
    this.session = session;
    this.owner = owner;
  }

  /** The values may have changed in place: upload them before the next kernel. */
  void stale() {
    uploaded = null;
  }

  /** Uploads the values if the parameter's backing array is not the one uploaded last. */
  void sync() {
    double[] v = param.values();
    if (v == uploaded) {
      return;
    }
    if (mem == null || capacity < v.length) {
      if (mem != null) {
        clReleaseMemObject(mem);
      }
      mem = session.buffer((long) v.length * Sizeof.cl_double, "parameter '" + param.name()
          + "' of " + owner);
      capacity = v.length;
    }
    clEnqueueWriteBuffer(session.queue, mem, CL_TRUE, 0, (long) v.length * Sizeof.cl_double,
        Pointer.to(v), 0, null, null);
    stride = param.stride();
    uploaded = v;
  }

  @Override
  public void close() {
    if (mem != null) {
      clReleaseMemObject(mem);
      mem = null;
    }
  }
}
