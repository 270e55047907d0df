package org.brainj.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.brainj.models.LIFGroup;
import org.brainj.models.PoissonGroup;
import org.brainj.runtime.backend.Backend;
import org.junit.jupiter.api.Test;

/** Finding the backend by name, its options, device selection and its errors. */
class OpenClBackendTest {

  @Test
  void isFoundByNameAndRejectsUnknownOptions() {
    assertEquals("opencl", Backend.named("opencl", Map.of()).name());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Backend.named("opencl", Map.of("threads", "2")));
    assertTrue(e.getMessage().contains("no option 'threads'"), e.getMessage());
  }

  @Test
  void deliveryIsAnOptionDefaultingToTheDevice() {
    assertEquals(OpenClBackend.Delivery.DEVICE, ((OpenClBackend) Backend.named("opencl",
        Map.of())).delivery());
    assertEquals(OpenClBackend.Delivery.HOST, ((OpenClBackend) Backend.named("opencl",
        Map.of("delivery", "host"))).delivery());
    assertEquals(OpenClBackend.Delivery.HOST,
        OpenClBackend.defaultDevice().delivery(OpenClBackend.Delivery.HOST).delivery());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Backend.named("opencl", Map.of("delivery", "fast")));
    assertEquals("the opencl backend's option delivery is 'device' or 'host', not 'fast'",
        e.getMessage());
  }

  @Test
  void hostStepsNameTheStepAndTheReason() {
    assertEquals(List.of(), OpenClBackend.hostSteps(LIFGroup.builder(3).build()));
    // random draws run on the device since the generator's port
    assertEquals(List.of(), OpenClBackend.hostSteps(PoissonGroup.builder(3).build()));
  }

  @Test
  void selectsADeviceByNameAndNamesTheDevicesWhenNoneMatches() {
    OpenClTestDevice.require();
    OpenClDevice first = OpenClDevice.all().get(0);
    assertEquals(first.toString(), OpenClDevice.select(first.name().substring(0, 4)
        .toUpperCase(java.util.Locale.ROOT)).toString(), "a case-insensitive part of the name");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> OpenClBackend.device("no-such-device-xyz").openClDevice());
    assertTrue(e.getMessage().contains("no OpenCL device matches 'no-such-device-xyz'")
        && e.getMessage().contains(first.name()), e.getMessage());
  }

  @Test
  void defaultDeviceComputesInDoublePrecision() {
    OpenClTestDevice.require();
    OpenClDevice d = OpenClBackend.defaultDevice().openClDevice();
    assertTrue(d.doublePrecision(), d + " was chosen without cl_khr_fp64");
    List<OpenClDevice> gpus = OpenClDevice.all().stream()
        .filter(x -> x.typeName().equals("GPU")).toList();
    if (!gpus.isEmpty()) {
      assertEquals(gpus.get(0).toString(), d.toString(), "the first GPU is the default");
    }
  }
}
