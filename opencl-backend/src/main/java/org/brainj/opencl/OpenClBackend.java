package org.brainj.opencl;

import java.util.List;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.backend.Executor;
import org.brainj.runtime.group.NeuronGroup;

/**
 * Runs neuron groups' steps on an OpenCL device with the kernels the processor generated for
 * each model ({@code <Model>Group.cl}); everything else runs on the host, as on the scalar
 * backend. Steps that have no kernel ({@link #hostSteps}) run their Java loop.
 *
 * <pre>{@code
 * net.runner().backend(OpenClBackend.defaultDevice()).run(1000.0);
 * net.runner().backend(OpenClBackend.device("NVIDIA")).run(1000.0);
 * }</pre>
 */
public final class OpenClBackend implements Backend {
  private final String deviceFilter;
  private OpenClDevice device;

  private OpenClBackend(String deviceFilter) {
    this.deviceFilter = deviceFilter;
  }

  /** The first GPU, else the first CPU device, else the first device. */
  public static OpenClBackend defaultDevice() {
    return new OpenClBackend(null);
  }

  /** The first device whose name or platform name contains {@code nameContains}. */
  public static OpenClBackend device(String nameContains) {
    if (nameContains == null || nameContains.isBlank()) {
      throw new IllegalArgumentException("OpenCL device name filter must not be empty");
    }
    return new OpenClBackend(nameContains);
  }

  /**
   * The device this backend runs on, chosen on first use.
   *
   * @throws OpenClUnavailableException without an OpenCL library, platform or device
   * @throws IllegalArgumentException if no device matches the name filter
   * @throws IllegalStateException if the device has no double precision
   */
  public synchronized OpenClDevice openClDevice() {
    if (device == null) {
      OpenClDevice d = OpenClDevice.select(deviceFilter);
      if (!d.doublePrecision()) {
        throw new IllegalStateException("OpenCL device " + d + " has no double precision"
            + " (cl_khr_fp64), which the generated kernels need; choose another with device=");
      }
      device = d;
    }
    return device;
  }

  /**
   * Why the default device cannot be used (no OpenCL library, no platform, no device, no double
   * precision), or null if it can: lets tests and tools say why they skip OpenCL.
   */
  public static String unavailableReason() {
    try {
      defaultDevice().openClDevice();
      return null;
    } catch (OpenClUnavailableException | IllegalStateException e) {
      return e.getMessage();
    }
  }

  /**
   * The steps of {@code group} that run on the host, each as {@code "step: reason"} (random
   * draws, adaptive loops, ...); empty when all run on the device. A group whose class has no
   * generated kernels runs every step on the host.
   */
  public static List<String> hostSteps(NeuronGroup group) {
    GroupOnDevice.Layout layout = GroupOnDevice.Layout.of(group.getClass());
    if (layout == null) {
      return List.of("all steps: " + group.getClass().getName() + " has no generated OpenCL"
          + " kernels");
    }
    return layout.describeHostSteps(group.stepNames());
  }

  @Override
  public String name() {
    return "opencl";
  }

  @Override
  public Executor newExecutor() {
    return new OpenClExecutor(DeviceSession.of(openClDevice()));
  }

  @Override
  public String toString() {
    return "opencl (" + (device != null ? device.name()
        : deviceFilter == null ? "default device" : "device matching '" + deviceFilter + "'")
        + ")";
  }
}
