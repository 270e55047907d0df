package org.brainj.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brainj.examples.bench.BenchNetwork;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.backend.VectorWidth;
import org.brainj.runtime.group.Precision;
import org.brainj.runtime.net.Runner;
import org.brainj.vector.VectorBackend;

/**
 * {@code brainj bench <coba|cuba|cobahh> --n N --duration MS [--backend scalar|vector|opencl]
 * [--precision float|double] [--threads T] [--seed S] [--vector-bits B]}: builds and runs one
 * benchmark network of BENCHMARKS.md and prints, as its last line, one JSON object with the
 * figures (build and loop time, whole-process time, peak memory, rates).
 */
final class BenchCommand {
  static final String USAGE =
      """
      usage: brainj bench <coba|cuba|cobahh> [options]
        --n N                 neurons (default 4000)
        --duration MS         simulated time in ms (default 1000)
        --backend B           scalar | vector | opencl (default vector)
        --device D            opencl: the first device whose name contains D (default:
                              the first GPU, else the first CPU device; brainj devices)
        --delivery W          opencl: deliver the spikes on the device (default) or host
        --precision P         double or float
        --threads T           threads for the vector backend (default 1)
        --seed S              network seed (default 1)
        --vector-bits B       SIMD width of the vector kernels: 128 | 256 | 512 (default 256)
        --profile             vector backend: print the time of each schedule entry
      The last line printed is one JSON object (see docs/benchmarks.md).""";

  private BenchCommand() {}

  static int run(List<String> args, PrintStream out) {
    if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
      out.println(USAGE);
      return args.isEmpty() ? 2 : 0;
    }
    String model = args.get(0);
    if (!BenchNetwork.MODELS.contains(model)) {
      throw new IllegalArgumentException("unknown benchmark '" + model + "'; choose one of "
          + BenchNetwork.MODELS);
    }
    int n = 4000;
    double duration = 1000;
    String backendName = "vector";
    String precision = "double";
    int threads = 1;
    long seed = 1;
    Integer bits = null;
    boolean profile = false;
    String device = null;
    String delivery = null;
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--n" -> n = intValue(args, ++i, a);
        case "--duration" -> duration = doubleValue(args, ++i, a);
        case "--backend" -> backendName = value(args, ++i, a);
        case "--precision" -> precision = value(args, ++i, a);
        case "--threads" -> threads = intValue(args, ++i, a);
        case "--seed" -> seed = intValue(args, ++i, a);
        case "--vector-bits" -> bits = intValue(args, ++i, a);
        case "--profile" -> profile = true;
        case "--device" -> device = value(args, ++i, a);
        case "--delivery" -> delivery = value(args, ++i, a);
        default -> throw new IllegalArgumentException("unknown option '" + a + "' for bench\n"
            + USAGE);
      }
    }
    Precision precisionChoice = Precision.of(precision);
    if (!(duration > 0)) {
      throw new IllegalArgumentException("--duration must be positive, got " + duration);
    }
    if (bits != null) {
      VectorWidth.set(bits);
    }
    if ((device != null || delivery != null) && !backendName.equals("opencl")) {
      throw new IllegalArgumentException((device != null ? "--device chooses an OpenCL device"
          : "--delivery chooses where OpenCL delivers spikes") + "; it needs --backend opencl");
    }
    Backend backend;
    if (backendName.equals("opencl")) {
      if (threads != 1) {
        throw new IllegalArgumentException("the opencl backend runs the kernels on its device;"
            + " --threads is for the vector backend");
      }
      Map<String, String> options = new java.util.HashMap<>();
      if (device != null) {
        options.put("device", device);
      }
      if (delivery != null) {
        options.put("delivery", delivery);
      }
      backend = Backend.named("opencl", options);
    } else if (backendName.equals("scalar")) {
      if (threads != 1) {
        throw new IllegalArgumentException("the scalar backend runs on one thread; use"
            + " --backend vector for --threads " + threads);
      }
      backend = Backend.SCALAR;
    } else {
      backend = Backend.named(backendName, Map.of("threads", Integer.toString(threads)));
      if (profile && backend instanceof VectorBackend vb) {
        vb.profiled();
      }
    }

    long t0 = System.nanoTime();
    BenchNetwork net = BenchNetwork.build(model, n, seed, precisionChoice);
    double build = (System.nanoTime() - t0) * 1e-9;
    out.printf(Locale.ROOT, "bench %s: %d neurons, %d synapses, built in %.3f s; running %.0f ms"
        + " on %s%n", model, n, net.synapseCount(), build, duration, backend);

    double warmUp = 0;
    if (backend instanceof VectorBackend) {
      warmUp = VectorBackend.warmUp(net.group());
    }
    Runner runner = net.network().runner().dt(BenchNetwork.DT).backend(backend);
    long t1 = System.nanoTime();
    runner.run(duration);
    double run = (System.nanoTime() - t1) * 1e-9;
    double wall = (System.currentTimeMillis()
        - ManagementFactory.getRuntimeMXBean().getStartTime()) * 1e-3;
    runner.close();
    if (backend instanceof VectorBackend vb && profile) {
      double perStepNeuron = 1e9 / (duration / BenchNetwork.DT) / n;
      for (Map.Entry<String, Double> e : vb.profile().entrySet()) {
        out.printf(Locale.ROOT, "  %-14s %8.4f s  %6.2f ns per neuron and step%n", e.getKey(),
            e.getValue(), e.getValue() * perStepNeuron);
      }
    }

    int[] totals = net.group().spikeTotals();
    long spikesE = 0;
    long spikesI = 0;
    for (int i = 0; i < totals.length; i++) {
      if (i < net.excitatory()) {
        spikesE += totals[i];
      } else {
        spikesI += totals[i];
      }
    }
    double seconds = duration / 1000;
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("model", model);
    r.put("n", n);
    r.put("duration_ms", duration);
    r.put("dt_ms", BenchNetwork.DT);
    r.put("backend", backend.name());
    r.put("precision", precisionChoice.label());
    r.put("threads", threads);
    r.put("seed", seed);
    r.put("vector_bits", backend.name().equals("vector") ? VectorWidth.bits() : 0);
    r.put("n_syn", net.synapseCount());
    r.put("n_spikes", spikesE + spikesI);
    r.put("rate_e_hz", round(spikesE / (net.excitatory() * seconds), 3));
    r.put("rate_i_hz", round(spikesI / ((n - net.excitatory()) * seconds), 3));
    r.put("build_s", round(build, 4));
    r.put("run_s", round(run, 4));
    r.put("warmup_s", round(warmUp, 4));
    r.put("wall_s", round(wall, 3));
    r.put("peak_rss_mb", round(peakRssMb(), 1));
    r.put("java", System.getProperty("java.vm.version"));
    out.println(json(r));
    return 0;
  }

  /** The process's peak resident set ({@code VmHWM}), or -1 where /proc is not available. */
  static double peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          String kb = line.substring(6).trim().split("\\s+")[0];
          return Long.parseLong(kb) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: reported as -1
    }
    return -1;
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  static String json(Map<String, Object> values) {
    StringBuilder b = new StringBuilder("{");
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (b.length() > 1) {
        b.append(", ");
      }
      b.append('"').append(e.getKey()).append("\": ");
      Object v = e.getValue();
      if (v instanceof String s) {
        b.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      } else {
        b.append(v);
      }
    }
    return b.append('}').toString();
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }

  private static int intValue(List<String> args, int i, String option) {
    String v = value(args, i, option);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, got '" + v + "'");
    }
  }

  private static double doubleValue(List<String> args, int i, String option) {
    String v = value(args, i, option);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, got '" + v + "'");
    }
  }
}
