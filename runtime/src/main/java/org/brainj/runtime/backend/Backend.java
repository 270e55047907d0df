package org.brainj.runtime.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Which executor steps the network. {@link #SCALAR} is built in; other backends (the Vector API
 * one, OpenCL) live in their own modules and are found by name through {@link BackendProvider}
 * services, so the runtime does not depend on them.
 */
public interface Backend {
  /** Plain Java on the calling thread: the reference every other backend is compared with. */
  Backend SCALAR = new Backend() {
    @Override
    public String name() {
      return "scalar";
    }

    @Override
    public Executor newExecutor() {
      return new ScalarExecutor();
    }

    @Override
    public String toString() {
      return "scalar";
    }
  };

  /** The backend's name, as {@link #named} takes it. */
  String name();

  /** A fresh executor for this backend. */
  Executor newExecutor();

  /**
   * The backend called {@code name} ({@code "scalar"}, {@code "vector"}, ...) with options such
   * as {@code threads}; the module providing it must be on the class path.
   */
  static Backend named(String name, Map<String, String> options) {
    if (name.equals("scalar")) {
      if (!options.isEmpty()) {
        throw new IllegalArgumentException("the scalar backend takes no options, got " + options);
      }
      return SCALAR;
    }
    List<String> known = new ArrayList<>(List.of("scalar"));
    for (BackendProvider p : ServiceLoader.load(BackendProvider.class)) {
      if (p.name().equals(name)) {
        return p.create(options);
      }
      known.add(p.name());
    }
    throw new IllegalArgumentException("no backend named '" + name + "'; available: " + known
        + " (the vector backend needs brainj-vector-backend on the class path)");
  }
}
