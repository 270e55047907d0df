package org.brainj.opencl;

import com.google.auto.service.AutoService;
import java.util.Map;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.backend.BackendProvider;

/** Registers the backend as {@code "opencl"}; option {@code device} (a name substring). */
@AutoService(BackendProvider.class)
public final class OpenClBackendProvider implements BackendProvider {
  @Override
  public String name() {
    return "opencl";
  }

  @Override
  public Backend create(Map<String, String> options) {
    String device = null;
    for (Map.Entry<String, String> o : options.entrySet()) {
      if (!o.getKey().equals("device")) {
        throw new IllegalArgumentException("the opencl backend has no option '" + o.getKey()
            + "'; it takes: device (a part of the device's or platform's name)");
      }
      device = o.getValue();
    }
    return device == null ? OpenClBackend.defaultDevice() : OpenClBackend.device(device);
  }
}
