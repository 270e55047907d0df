package org.brainj.examples.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.brainj.opencl.OpenClDevice;
import org.brainj.opencl.OpenClUnavailableException;

/** {@code brainj devices}: the OpenCL devices {@code --backend opencl --device D} can choose. */
final class DevicesCommand {
  private DevicesCommand() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (!args.isEmpty()) {
      if (args.get(0).equals("--help") || args.get(0).equals("-h")) {
        out.println("usage: brainj devices\nlists the OpenCL platforms and devices; the default"
            + " device (marked *) is the first GPU, else the first CPU device");
        return 0;
      }
      throw new IllegalArgumentException("devices takes no arguments, got '" + args.get(0) + "'");
    }
    List<OpenClDevice> all;
    OpenClDevice chosen;
    try {
      all = OpenClDevice.all();
      chosen = OpenClDevice.select(null);
    } catch (OpenClUnavailableException e) {
      err.println("brainj: " + e.getMessage());
      return 1;
    }
    for (OpenClDevice d : all) {
      out.printf(Locale.ROOT, "%s %s%n    %s, %d compute units, %.1f GiB, %s%n",
          d.toString().equals(chosen.toString()) ? "*" : " ", d, d.version(), d.computeUnits(),
          d.globalMemory() / (double) (1L << 30),
          d.doublePrecision() ? "double precision" : "NO double precision (cannot be used)");
    }
    return 0;
  }
}
