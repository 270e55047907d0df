package org.brainj.opencl;

import static org.jocl.CL.CL_CONTEXT_PLATFORM;
import static org.jocl.CL.CL_MEM_READ_WRITE;
import static org.jocl.CL.CL_PROGRAM_BUILD_LOG;
import static org.jocl.CL.clBuildProgram;
import static org.jocl.CL.clCreateBuffer;
import static org.jocl.CL.clCreateCommandQueueWithProperties;
import static org.jocl.CL.clCreateContext;
import static org.jocl.CL.clCreateProgramWithSource;
import static org.jocl.CL.clGetProgramBuildInfo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_mem;
import org.jocl.cl_program;
import org.jocl.cl_queue_properties;

/**
 * One device's context, in-order command queue and built programs, shared by every executor of
 * this process that runs on the device: a model's kernels are built once per device and process.
 */
final class DeviceSession {
  private static final Map<String, DeviceSession> SESSIONS = new ConcurrentHashMap<>();

  final OpenClDevice device;
  final cl_context context;
  final cl_command_queue queue;
  private final Map<String, cl_program> programs = new ConcurrentHashMap<>();

  private DeviceSession(OpenClDevice device) {
    this.device = device;
    cl_context_properties props = new cl_context_properties();
    props.addProperty(CL_CONTEXT_PLATFORM, device.platform);
    this.context = clCreateContext(props, 1, new org.jocl.cl_device_id[] {device.id}, null, null,
        null);
    this.queue = clCreateCommandQueueWithProperties(context, device.id,
        new cl_queue_properties(), null);
  }

  /** The session of {@code device}, created on first use. */
  static DeviceSession of(OpenClDevice device) {
    return SESSIONS.computeIfAbsent(device.key(), k -> new DeviceSession(device));
  }

  /**
   * The program built from the resource {@code source} next to {@code owner} (a generated
   * layout class), built on first use.
   */
  cl_program program(Class<?> owner, String source) {
    String key = owner.getName() + "/" + source;
    return programs.computeIfAbsent(key, k -> build(owner, source));
  }

  private cl_program build(Class<?> owner, String source) {
    String text;
    try (InputStream in = owner.getResourceAsStream(source)) {
      if (in == null) {
        throw new IllegalStateException("the OpenCL kernels " + source + " of "
            + owner.getName() + " are not on the class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the OpenCL kernels " + source, e);
    }
    return compile(text, "the OpenCL kernels " + source + " of " + owner.getName());
  }

  /** Builds {@code text}, a program's source; {@code what} names it in errors. Not cached. */
  cl_program compile(String text, String what) {
    cl_program p = clCreateProgramWithSource(context, 1, new String[] {text}, null, null);
    try {
      // no -cl-fast-relaxed-math or -cl-mad-enable: the kernels must round like Java
      clBuildProgram(p, 0, null, "", null, null);
    } catch (CLException e) {
      throw new IllegalStateException("building " + what + " failed on " + device + ": "
          + e.getMessage() + "\nbuild log:\n" + buildLog(p), e);
    }
    return p;
  }

  private String buildLog(cl_program p) {
    try {
      long[] size = new long[1];
      clGetProgramBuildInfo(p, device.id, CL_PROGRAM_BUILD_LOG, 0, null, size);
      byte[] b = new byte[(int) size[0]];
      clGetProgramBuildInfo(p, device.id, CL_PROGRAM_BUILD_LOG, b.length, Pointer.to(b), null);
      return new String(b, StandardCharsets.UTF_8).trim();
    } catch (CLException e) {
      return "(no build log: " + e.getMessage() + ")";
    }
  }

  /** A read-write buffer of {@code bytes} bytes; {@code what} names it in errors. */
  cl_mem buffer(long bytes, String what) {
    try {
      return clCreateBuffer(context, CL_MEM_READ_WRITE, Math.max(bytes, 8), null, null);
    } catch (CLException e) {
      throw new IllegalStateException("out of device memory on " + device + ": could not"
          + " allocate " + bytes + " bytes for " + what + " (" + e.getMessage() + "; the device"
          + " has " + device.globalMemory() + " bytes)", e);
    }
  }
}
