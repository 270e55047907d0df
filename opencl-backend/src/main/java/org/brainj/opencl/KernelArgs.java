package org.brainj.opencl;

import static org.jocl.CL.clSetKernelArg;

import java.util.HashMap;
import java.util.Map;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

/**
 * A kernel's arguments as last set: an argument is set again only when its value changed (most
 * stay the same from step to step, and each setting is a native call).
 */
final class KernelArgs {
  private final cl_kernel kernel;
  private final Map<Integer, Object> last = new HashMap<>();

  KernelArgs(cl_kernel kernel) {
    this.kernel = kernel;
  }

  void set(int index, double v) {
    if (changed(index, v)) {
      clSetKernelArg(kernel, index, Sizeof.cl_double, Pointer.to(new double[] {v}));
    }
  }

  void set(int index, long v) {
    if (changed(index, v)) {
      clSetKernelArg(kernel, index, Sizeof.cl_long, Pointer.to(new long[] {v}));
    }
  }

  void set(int index, int v) {
    if (changed(index, v)) {
      clSetKernelArg(kernel, index, Sizeof.cl_int, Pointer.to(new int[] {v}));
    }
  }

  void set(int index, cl_mem v) {
    if (last.get(index) != v) {
      last.put(index, v);
      clSetKernelArg(kernel, index, Sizeof.cl_mem, Pointer.to(v));
    }
  }

  /** Boxed values compare by value (doubles by their bits), so -0.0 and 0.0 differ. */
  private boolean changed(int index, Object v) {
    return !v.equals(last.put(index, v));
  }
}
