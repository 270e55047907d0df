package org.brainj.vector;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import org.brainj.runtime.backend.GroupKernel;
import org.brainj.runtime.backend.SynapseKernel;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Population;
import org.brainj.runtime.group.Precision;
import org.brainj.runtime.group.SynapseGroup;

/** Finds the generated Vector API kernels of a neuron group: {@code <GroupClass>Vector}. */
final class Kernels {
  private Kernels() {}

  /**
   * The kernels of {@code group}, or null when its model was compiled without them (javac did not
   * see {@code jdk.incubator.vector}, or {@code -Abrainj.vector=false}).
   */
  static GroupKernel of(NeuronGroup group) {
    Class<?> groupClass = group.getClass();
    Class<?> kernelClass;
    try {
      kernelClass = Class.forName(groupClass.getName() + suffix(group), false,
          groupClass.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
    try {
      Constructor<?> c = kernelClass.getConstructor(groupClass);
      return (GroupKernel) c.newInstance(group);
    } catch (NoClassDefFoundError | ExceptionInInitializerError e) {
      throw new IllegalStateException("group '" + group.name() + "': its vector kernels ("
          + kernelClass.getName() + ") cannot load: run the JVM with --add-modules"
          + " jdk.incubator.vector", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("group '" + group.name() + "': its vector kernels failed"
          + " to start: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("group '" + group.name() + "': " + kernelClass.getName()
          + " is not a kernel class the processor generated", e);
    }
  }

  /**
   * The Vector API loops of {@code group}'s synapse model ({@code <SynapsesClass>Vector}), or null
   * when its model was compiled without them.
   */
  static SynapseKernel of(SynapseGroup group) {
    Class<?> groupClass = group.getClass();
    Class<?> kernelClass;
    try {
      kernelClass = Class.forName(groupClass.getName() + suffix(group), false,
          groupClass.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
    try {
      return (SynapseKernel) kernelClass.getConstructor(groupClass).newInstance(group);
    } catch (NoClassDefFoundError | ExceptionInInitializerError e) {
      throw new IllegalStateException("synapse group '" + group.name() + "': its vector loops ("
          + kernelClass.getName() + ") cannot load: run the JVM with --add-modules"
          + " jdk.incubator.vector", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("synapse group '" + group.name() + "': its vector loops"
          + " failed to start: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("synapse group '" + group.name() + "': "
          + kernelClass.getName() + " is not a kernel class the processor generated", e);
    }
  }

  /**
   * The kernel class's suffix: {@code Vector} for double groups, {@code VectorFloat} for float
   * ones (a float group without them runs its scalar float code).
   */
  static String suffix(Population group) {
    return group.precision() == Precision.FLOAT ? "VectorFloat" : "Vector";
  }

  /** Whether the Vector API module is available to this JVM. */
  static boolean vectorApiPresent() {
    return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
  }
}
