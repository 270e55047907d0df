package org.brainj.opencl;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * The device the tests run on. Without OpenCL the tests are skipped with the reason, except in CI
 * (the environment variable {@code CI} is set), where they fail: CI installs PoCL, so a missing
 * platform there is a broken set-up, not a reason to test less.
 */
final class OpenClTestDevice {
  private static String unavailable;
  private static boolean checked;

  private OpenClTestDevice() {}

  /** Skips (or in CI fails) the calling test when no OpenCL device is usable. */
  static synchronized void require() {
    if (!checked) {
      checked = true;
      unavailable = OpenClBackend.unavailableReason();
      if (unavailable != null) {
        System.err.println("OpenCL tests: no usable device: " + unavailable);
      }
    }
    if (unavailable == null) {
      return;
    }
    if (System.getenv("CI") != null) {
      fail("CI is set, so the OpenCL tests must run (CI installs pocl-opencl-icd), but there is"
          + " no usable OpenCL device: " + unavailable);
    }
    Assumptions.abort("skipped: no usable OpenCL device (" + unavailable + "); install"
        + " pocl-opencl-icd ocl-icd-libopencl1 ocl-icd-opencl-dev to run it");
  }
}
