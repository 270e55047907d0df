package org.brainj.opencl;

import com.google.auto.service.AutoService;
import java.util.Map;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.backend.BackendProvider;

/**
 * Registers the backend as {@code "opencl"}; options {@code device} (a name substring) and
 * {@code delivery} ({@code device}, the default, or {@code host}: see {@link
 * OpenClBackend.Delivery}).
 */
@AutoService(BackendProvider.class)
public final class OpenClBackendProvider implements BackendProvider {
  @Override
  public String name() {
    return "opencl";
  }

  @Override
  public Backend create(Map<String, String> options) {
    String device = null;
    OpenClBackend.Delivery delivery = OpenClBackend.Delivery.DEVICE;
    for (Map.Entry<String, String> o : options.entrySet()) {
      switch (o.getKey()) {
        case "device" -> device = o.getValue();
        case "delivery" -> delivery = switch (String.valueOf(o.getValue())) {
          case "device" -> OpenClBackend.Delivery.DEVICE;
          case "host" -> OpenClBackend.Delivery.HOST;
          default -> throw new IllegalArgumentException("the opencl backend's option delivery"
              + " is 'device' or 'host', not '" + o.getValue() + "'");
        };
        default -> throw new IllegalArgumentException("the opencl backend has no option '"
            + o.getKey() + "'; it takes: device (a part of the device's or platform's name),"
            + " delivery (device or host)");
      }
    }
    return (device == null ? OpenClBackend.defaultDevice() : OpenClBackend.device(device))
        .delivery(delivery);
  }
}
