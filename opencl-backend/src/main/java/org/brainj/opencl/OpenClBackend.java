package org.brainj.opencl;

import java.util.List;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.backend.Executor;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.SynapseGroup;

/**
 * Runs neuron groups' steps on an OpenCL device with the kernels the processor generated for
 * each model ({@code <Model>Group.cl}), and the spike delivery of the synapse groups whose model
 * only adds to postsynaptic variables ({@code <Model>Synapses.cl}); everything else runs on the
 * host, as on the scalar backend. Steps that have no kernel ({@link #hostSteps}) run their Java
 * loop; synapse groups the device cannot deliver ({@link #hostDelivery}) their Java handlers.
 *
 * <pre>{@code
 * net.runner().backend(OpenClBackend.defaultDevice()).run(1000.0);
 * net.runner().backend(OpenClBackend.device("NVIDIA")).run(1000.0);
 * net.runner().backend(OpenClBackend.defaultDevice().delivery(Delivery.HOST)).run(1000.0);
 * }</pre>
 */
public final class OpenClBackend implements Backend {
  /** Where the spikes of the synapse groups that could run on the device are delivered. */
  public enum Delivery {
    /**
     * By a kernel, with atomic additions onto the postsynaptic neurons: no copy per step, but
     * the additions onto one neuron happen in an unspecified order, so a neuron receiving
     * several spikes in a step may get a sum rounded differently than on the scalar backend.
     */
    DEVICE,
    /**
     * On the host, by the groups' Java handlers, as on the scalar backend (the same bits); the
     * spike flags and the postsynaptic variables travel every step.
     */
    HOST
  }

  private final String deviceFilter;
  private final Delivery delivery;
  private OpenClDevice device;

  private OpenClBackend(String deviceFilter, Delivery delivery) {
    this.deviceFilter = deviceFilter;
    this.delivery = delivery;
  }

  /** The first GPU, else the first CPU device, else the first device. */
  public static OpenClBackend defaultDevice() {
    return new OpenClBackend(null, Delivery.DEVICE);
  }

  /** The first device whose name or platform name contains {@code nameContains}. */
  public static OpenClBackend device(String nameContains) {
    if (nameContains == null || nameContains.isBlank()) {
      throw new IllegalArgumentException("OpenCL device name filter must not be empty");
    }
    return new OpenClBackend(nameContains, Delivery.DEVICE);
  }

  /** This backend's device choice with spike delivery {@code d} (the default is DEVICE). */
  public OpenClBackend delivery(Delivery d) {
    if (d == null) {
      throw new IllegalArgumentException("OpenCL spike delivery must be DEVICE or HOST, not null");
    }
    return new OpenClBackend(deviceFilter, d);
  }

  /** Where this backend delivers the spikes of the synapse groups the device can deliver. */
  public Delivery delivery() {
    return delivery;
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
    String single = GroupOnDevice.floatReason(group);
    if (single != null) {
      return List.of("all steps: " + single);
    }
    GroupOnDevice.Layout layout = GroupOnDevice.Layout.of(group.getClass());
    if (layout == null) {
      return List.of("all steps: " + group.getClass().getName() + " has no generated OpenCL"
          + " kernels");
    }
    return layout.describeHostSteps(group.stepNames());
  }

  /**
   * Why the spikes of {@code synapses} are delivered on the host with {@link Delivery#DEVICE}
   * (on a device with 64-bit atomics), or empty if a kernel delivers them: its model must have
   * only {@code @OnPre} handlers that add to postsynaptic variables ({@code ge += we}), no delay,
   * and both groups' kernels must keep the variables it uses on the device.
   */
  public static String hostDelivery(SynapseGroup synapses) {
    String why = SynapseOnDevice.hostReason(synapses, null);
    return why == null ? "" : why;
  }

  @Override
  public String name() {
    return "opencl";
  }

  @Override
  public Executor newExecutor() {
    return new OpenClExecutor(DeviceSession.of(openClDevice()), delivery);
  }

  @Override
  public String toString() {
    return "opencl (" + (device != null ? device.name()
        : deviceFilter == null ? "default device" : "device matching '" + deviceFilter + "'")
        + ", " + delivery.name().toLowerCase() + " delivery)";
  }
}
