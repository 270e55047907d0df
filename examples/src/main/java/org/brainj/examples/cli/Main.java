package org.brainj.examples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.group.Precision;

/** The {@code brainj} command line: {@code list}, {@code run <example>}, {@code bench}, {@code devices}, {@code --help}. */
public final class Main {
  private Main() {}

  private static final String USAGE =
      """
      usage: brainj <command> [options]

      commands:
        list                      list the runnable examples
        run <example> [options]   run an example; writes plots and summary.txt
            --out DIR             output directory (default: out/<example>)
            --scale F             multiply the example's durations by F (default 1)
            --no-progress         do not print progress while running
            --backend B           scalar (default), vector or opencl (examples that run a
                                  network on a backend: coba)
            --precision P         double (default) or float, with --backend
        bench <net> [options]     run a benchmark network (coba, cuba, cobahh) and print
                                  its figures as JSON; brainj bench --help for the options
        devices                   list the OpenCL platforms and devices (--backend opencl)
        help, --help              this text

      examples: ./brainj list""";

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line; returns the process exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0 || isHelp(args[0])) {
      out.println(USAGE);
      return args.length == 0 ? 2 : 0;
    }
    try {
      switch (args[0]) {
        case "list" -> {
          if (args.length > 1) {
            if (isHelp(args[1])) {
              out.println("usage: brainj list\nlists the runnable examples with a line each; run"
                  + " one with brainj run <example>");
              return 0;
            }
            throw new IllegalArgumentException("list takes no arguments, got '" + args[1] + "'");
          }
          for (Example e : Examples.all()) {
            out.printf(Locale.ROOT, "  %-12s %s%n", e.name(), e.description());
          }
          return 0;
        }
        case "run" -> {
          return runExample(Arrays.asList(args).subList(1, args.length), out, err);
        }
        case "bench" -> {
          return BenchCommand.run(Arrays.asList(args).subList(1, args.length), out);
        }
        case "devices" -> {
          return DevicesCommand.run(Arrays.asList(args).subList(1, args.length), out, err);
        }
        default -> {
          err.println("brainj: unknown command '" + args[0] + "'\n" + USAGE);
          return 2;
        }
      }
    } catch (IllegalArgumentException e) {
      err.println("brainj: " + e.getMessage());
      return 2;
    }
  }

  private static int runExample(List<String> args, PrintStream out, PrintStream err) {
    if (args.isEmpty() || isHelp(args.get(0))) {
      out.println("usage: brainj run <example> [--out DIR] [--scale F] [--no-progress]"
          + " [--backend B] [--precision P]\n"
          + "examples: " + String.join(", ", Examples.names()));
      return args.isEmpty() ? 2 : 0;
    }
    Example example = Examples.byName(args.get(0));
    Path outDir = Path.of("out", example.name());
    double scale = 1;
    boolean progress = true;
    String backendName = null;
    String precision = null;
    for (int i = 1; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--out" -> outDir = Path.of(value(args, ++i, a));
        case "--scale" -> {
          String v = value(args, ++i, a);
          try {
            scale = Double.parseDouble(v);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--scale needs a number, got '" + v + "'");
          }
          if (!(scale > 0)) {
            throw new IllegalArgumentException("--scale must be positive, got " + v);
          }
        }
        case "--no-progress" -> progress = false;
        case "--backend" -> backendName = value(args, ++i, a);
        case "--precision" -> precision = value(args, ++i, a);
        default -> throw new IllegalArgumentException("unknown option '" + a + "' for run");
      }
    }
    if ((backendName != null || precision != null) && !example.takesBackend()) {
      throw new IllegalArgumentException("example '" + example.name() + "' runs on the scalar"
          + " backend in double precision; --backend and --precision are for: "
          + String.join(", ", Examples.names().stream()
              .filter(n -> Examples.byName(n).takesBackend()).toList()));
    }
    Backend backend = backendName == null || backendName.equals("scalar") ? Backend.SCALAR
        : Backend.named(backendName, Map.of());
    Precision chosen = precision == null ? Precision.DOUBLE : Precision.of(precision);
    try {
      ExampleContext ctx = new ExampleContext(outDir, scale, progress, out)
          .runOn(backend, chosen);
      out.println("== " + example.name() + ": " + example.description());
      example.run(ctx);
      Path summary = ctx.writeSummary(example.name());
      out.println("wrote " + summary.getParent().toAbsolutePath());
      return 0;
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (Exception e) {
      err.println("brainj: example '" + example.name() + "' failed: " + e);
      e.printStackTrace(err);
      return 1;
    }
  }

  private static String value(List<String> args, int i, String option) {
    if (i >= args.size()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args.get(i);
  }

  private static boolean isHelp(String a) {
    return a.equals("--help") || a.equals("-h") || a.equals("help");
  }
}
