package org.brainj.vector;

import com.google.auto.service.AutoService;
import java.util.Map;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.backend.BackendProvider;

/** Registers the backend as {@code "vector"}; option {@code threads} (default 1). */
@AutoService(BackendProvider.class)
public final class VectorBackendProvider implements BackendProvider {
  @Override
  public String name() {
    return "vector";
  }

  @Override
  public Backend create(Map<String, String> options) {
    int threads = 1;
    for (Map.Entry<String, String> o : options.entrySet()) {
      if (!o.getKey().equals("threads")) {
        throw new IllegalArgumentException("the vector backend has no option '" + o.getKey()
            + "'; it takes: threads");
      }
      try {
        threads = Integer.parseInt(o.getValue());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("vector backend option threads must be a whole"
            + " number, got '" + o.getValue() + "'");
      }
    }
    return VectorBackend.threads(threads);
  }
}
