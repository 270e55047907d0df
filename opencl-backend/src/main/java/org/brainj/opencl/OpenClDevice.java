package org.brainj.opencl;

import static org.jocl.CL.CL_DEVICE_EXTENSIONS;
import static org.jocl.CL.CL_DEVICE_GLOBAL_MEM_SIZE;
import static org.jocl.CL.CL_DEVICE_MAX_COMPUTE_UNITS;
import static org.jocl.CL.CL_DEVICE_NAME;
import static org.jocl.CL.CL_DEVICE_TYPE;
import static org.jocl.CL.CL_DEVICE_TYPE_ALL;
import static org.jocl.CL.CL_DEVICE_TYPE_CPU;
import static org.jocl.CL.CL_DEVICE_TYPE_GPU;
import static org.jocl.CL.CL_DEVICE_VERSION;
import static org.jocl.CL.CL_PLATFORM_NAME;
import static org.jocl.CL.clGetDeviceIDs;
import static org.jocl.CL.clGetDeviceInfo;
import static org.jocl.CL.clGetPlatformIDs;
import static org.jocl.CL.clGetPlatformInfo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

/**
 * An OpenCL device as the system's OpenCL library reports it: its platform, name, type and
 * whether it computes in double precision ({@code cl_khr_fp64}, which the generated kernels need).
 */
public final class OpenClDevice {
  private final int platformIndex;
  private final int deviceIndex;
  private final String platformName;
  private final String name;
  private final long type;
  private final String version;
  private final boolean fp64;
  private final boolean int64Atomics;
  private final int computeUnits;
  private final long globalMemory;
  final cl_platform_id platform;
  final cl_device_id id;

  private OpenClDevice(int platformIndex, int deviceIndex, cl_platform_id platform,
      cl_device_id id) {
    this.platformIndex = platformIndex;
    this.deviceIndex = deviceIndex;
    this.platform = platform;
    this.id = id;
    this.platformName = platformString(platform, CL_PLATFORM_NAME);
    this.name = deviceString(id, CL_DEVICE_NAME);
    this.version = deviceString(id, CL_DEVICE_VERSION);
    String extensions = deviceString(id, CL_DEVICE_EXTENSIONS);
    this.fp64 = extensions.contains("cl_khr_fp64");
    this.int64Atomics = extensions.contains("cl_khr_int64_base_atomics");
    this.type = deviceLong(id, CL_DEVICE_TYPE);
    this.computeUnits = (int) deviceInt(id, CL_DEVICE_MAX_COMPUTE_UNITS);
    this.globalMemory = deviceLong(id, CL_DEVICE_GLOBAL_MEM_SIZE);
  }

  /**
   * Every device of every platform, in the library's order.
   *
   * @throws OpenClUnavailableException if there is no OpenCL library or no platform
   */
  public static List<OpenClDevice> all() {
    try {
      CL.setExceptionsEnabled(true);
    } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
      throw new OpenClUnavailableException("no OpenCL library: JOCL could not load libOpenCL.so"
          + " (on Debian/Ubuntu: apt-get install ocl-icd-opencl-dev, plus a driver such as"
          + " pocl-opencl-icd for the CPU): " + e.getMessage(), e);
    }
    int[] count = new int[1];
    try {
      clGetPlatformIDs(0, null, count);
    } catch (CLException e) {
      throw new OpenClUnavailableException("no OpenCL platform (" + e.getMessage() + "): install"
          + " a driver (an ICD), e.g. the GPU vendor's or pocl-opencl-icd for the CPU", e);
    }
    if (count[0] == 0) {
      throw new OpenClUnavailableException("no OpenCL platform: install a driver (an ICD), e.g."
          + " the GPU vendor's or pocl-opencl-icd for the CPU", null);
    }
    cl_platform_id[] platforms = new cl_platform_id[count[0]];
    clGetPlatformIDs(platforms.length, platforms, null);
    List<OpenClDevice> out = new ArrayList<>();
    for (int p = 0; p < platforms.length; p++) {
      int[] n = new int[1];
      try {
        clGetDeviceIDs(platforms[p], CL_DEVICE_TYPE_ALL, 0, null, n);
      } catch (CLException e) {
        continue; // CL_DEVICE_NOT_FOUND: a platform without devices
      }
      cl_device_id[] ids = new cl_device_id[n[0]];
      clGetDeviceIDs(platforms[p], CL_DEVICE_TYPE_ALL, ids.length, ids, null);
      for (int d = 0; d < ids.length; d++) {
        out.add(new OpenClDevice(p, d, platforms[p], ids[d]));
      }
    }
    if (out.isEmpty()) {
      throw new OpenClUnavailableException("the OpenCL platforms have no devices", null);
    }
    return out;
  }

  /**
   * The device to run on: the first whose name (or platform name) contains {@code nameContains}
   * (case-insensitive), or with a null/empty filter the first GPU, else the first CPU device,
   * else the first device.
   */
  public static OpenClDevice select(String nameContains) {
    List<OpenClDevice> all = all();
    if (nameContains != null && !nameContains.isEmpty()) {
      String want = nameContains.toLowerCase(Locale.ROOT);
      for (OpenClDevice d : all) {
        if (d.name.toLowerCase(Locale.ROOT).contains(want)
            || d.platformName.toLowerCase(Locale.ROOT).contains(want)) {
          return d;
        }
      }
      List<String> names = all.stream().map(OpenClDevice::toString).toList();
      throw new IllegalArgumentException("no OpenCL device matches '" + nameContains
          + "'; the devices are: " + names);
    }
    for (long t : new long[] {CL_DEVICE_TYPE_GPU, CL_DEVICE_TYPE_CPU}) {
      for (OpenClDevice d : all) {
        if ((d.type & t) != 0) {
          return d;
        }
      }
    }
    return all.get(0);
  }

  public String name() {
    return name;
  }

  public String platformName() {
    return platformName;
  }

  /** "GPU", "CPU", "accelerator" or "other". */
  public String typeName() {
    if ((type & CL_DEVICE_TYPE_GPU) != 0) {
      return "GPU";
    }
    if ((type & CL_DEVICE_TYPE_CPU) != 0) {
      return "CPU";
    }
    return (type & CL.CL_DEVICE_TYPE_ACCELERATOR) != 0 ? "accelerator" : "other";
  }

  /** The OpenCL version the device reports, e.g. "OpenCL 3.0 PoCL ...". */
  public String version() {
    return version;
  }

  /** Whether the device has {@code cl_khr_fp64}: double precision, which the kernels use. */
  public boolean doublePrecision() {
    return fp64;
  }

  /**
   * Whether the device has {@code cl_khr_int64_base_atomics}: 64-bit compare-and-swap, with which
   * the spike-delivery kernels add doubles atomically.
   */
  public boolean int64Atomics() {
    return int64Atomics;
  }

  public int computeUnits() {
    return computeUnits;
  }

  /** Bytes of global memory. */
  public long globalMemory() {
    return globalMemory;
  }

  /** Unique within this process: platform and device index. */
  String key() {
    return platformIndex + ":" + deviceIndex;
  }

  @Override
  public String toString() {
    return name + " (" + typeName() + ", " + platformName + ", platform " + platformIndex
        + " device " + deviceIndex + ")";
  }

  private static String platformString(cl_platform_id p, int param) {
    long[] size = new long[1];
    clGetPlatformInfo(p, param, 0, null, size);
    byte[] b = new byte[(int) size[0]];
    clGetPlatformInfo(p, param, b.length, Pointer.to(b), null);
    return cString(b);
  }

  private static String deviceString(cl_device_id d, int param) {
    long[] size = new long[1];
    clGetDeviceInfo(d, param, 0, null, size);
    byte[] b = new byte[(int) size[0]];
    clGetDeviceInfo(d, param, b.length, Pointer.to(b), null);
    return cString(b);
  }

  private static long deviceLong(cl_device_id d, int param) {
    long[] v = new long[1];
    clGetDeviceInfo(d, param, Sizeof.cl_long, Pointer.to(v), null);
    return v[0];
  }

  private static long deviceInt(cl_device_id d, int param) {
    int[] v = new int[1];
    clGetDeviceInfo(d, param, Sizeof.cl_int, Pointer.to(v), null);
    return v[0];
  }

  private static String cString(byte[] b) {
    int n = 0;
    while (n < b.length && b[n] != 0) {
      n++;
    }
    return new String(b, 0, n, StandardCharsets.UTF_8).trim();
  }
}
