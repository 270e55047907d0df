package org.brainj.opencl;

import static org.jocl.CL.CL_TRUE;
import static org.jocl.CL.clCreateKernel;
import static org.jocl.CL.clEnqueueNDRangeKernel;
import static org.jocl.CL.clEnqueueReadBuffer;
import static org.jocl.CL.clEnqueueWriteBuffer;
import static org.jocl.CL.clReleaseKernel;
import static org.jocl.CL.clReleaseMemObject;
import static org.jocl.CL.clReleaseProgram;
import static org.jocl.CL.clSetKernelArg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.brainj.processor.emit.opencl.OpenClRandom;
import org.brainj.runtime.random.CounterRng;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_program;
import org.junit.jupiter.api.Test;

/**
 * The OpenCL C port of the counter-based generator ({@link OpenClRandom}) against
 * {@link CounterRng}, draw by draw, over arbitrary keys and counters: negative seeds, streams and
 * elements, and steps beyond 2^32 (whose high word is the counter's second word).
 */
class OpenClRandomTest {
  private static final int DRAWS = 100_000;
  private static final String KERNEL = """
      __kernel void draws(__global const long* seed, __global const int* stream,
          __global const long* step, __global const int* element, __global double* u,
          __global double* z) {
        const int g = (int) get_global_id(0);
        u[g] = brainj_uniform(seed[g], stream[g], step[g], element[g]);
        z[g] = brainj_normal(seed[g], stream[g], step[g], element[g]);
      }
      """;

  @Test
  void uniformDrawsAreCounterRngsBitsAndNormalDrawsAgreeToTheLastBits() {
    OpenClTestDevice.require();
    SplittableRandom r = new SplittableRandom(42);
    long[] seed = new long[DRAWS];
    int[] stream = new int[DRAWS];
    long[] step = new long[DRAWS];
    int[] element = new int[DRAWS];
    for (int k = 0; k < DRAWS; k++) {
      seed[k] = k % 3 == 0 ? r.nextLong() : r.nextInt(100);
      stream[k] = r.nextInt();
      // small steps as in a run, and arbitrary ones (high word set, negative)
      step[k] = k % 2 == 0 ? r.nextInt(1_000_000) : r.nextLong();
      element[k] = k % 5 == 0 ? r.nextInt() : r.nextInt(10_000);
    }
    double[] u = new double[DRAWS];
    double[] z = new double[DRAWS];
    draw(seed, stream, step, element, u, z);
    double worst = 0;
    int differing = 0;
    for (int k = 0; k < DRAWS; k++) {
      double expected = CounterRng.uniform(seed[k], stream[k], step[k], element[k]);
      assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(u[k]),
          "uniform #" + k + " (" + seed[k] + "; " + stream[k] + ", " + step[k] + ", "
              + element[k] + "): " + expected + " vs " + u[k]);
      double normal = CounterRng.normal(seed[k], stream[k], step[k], element[k]);
      worst = Math.max(worst, Math.abs(normal - z[k]) / Math.max(1, Math.abs(normal)));
      differing += normal == z[k] ? 0 : 1;
    }
    // log and cos may differ by a few ulp on the device: the normal is the same number, not
    // always the same bits
    System.out.println("OpenCL normal draws: " + differing + " of " + DRAWS + " differ from"
        + " CounterRng.normal, by at most " + worst + " (relative)");
    assertTrue(worst < 2e-15, "normal draws differ by up to " + worst + " (relative)");
  }

  private static void draw(long[] seed, int[] stream, long[] step, int[] element, double[] u,
      double[] z) {
    DeviceSession s = DeviceSession.of(OpenClBackend.defaultDevice().openClDevice());
    cl_program p = s.compile("#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n"
        + OpenClRandom.SOURCE + KERNEL, "the generator test");
    cl_kernel k = clCreateKernel(p, "draws", null);
    long n = seed.length;
    cl_mem[] mem = {
        s.buffer(n * Sizeof.cl_long, "seed"), s.buffer(n * Sizeof.cl_int, "stream"),
        s.buffer(n * Sizeof.cl_long, "step"), s.buffer(n * Sizeof.cl_int, "element"),
        s.buffer(n * Sizeof.cl_double, "u"), s.buffer(n * Sizeof.cl_double, "z")};
    try {
      Pointer[] in = {Pointer.to(seed), Pointer.to(stream), Pointer.to(step), Pointer.to(element)};
      long[] bytes = {Sizeof.cl_long, Sizeof.cl_int, Sizeof.cl_long, Sizeof.cl_int};
      for (int a = 0; a < 4; a++) {
        clEnqueueWriteBuffer(s.queue, mem[a], CL_TRUE, 0, n * bytes[a], in[a], 0, null, null);
      }
      for (int a = 0; a < mem.length; a++) {
        clSetKernelArg(k, a, Sizeof.cl_mem, Pointer.to(mem[a]));
      }
      clEnqueueNDRangeKernel(s.queue, k, 1, null, new long[] {n}, null, 0, null, null);
      clEnqueueReadBuffer(s.queue, mem[4], CL_TRUE, 0, n * Sizeof.cl_double, Pointer.to(u), 0,
          null, null);
      clEnqueueReadBuffer(s.queue, mem[5], CL_TRUE, 0, n * Sizeof.cl_double, Pointer.to(z), 0,
          null, null);
    } finally {
      for (cl_mem m : mem) {
        clReleaseMemObject(m);
      }
      clReleaseKernel(k);
      clReleaseProgram(p);
    }
  }
}
