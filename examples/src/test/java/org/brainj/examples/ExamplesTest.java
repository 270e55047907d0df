package org.brainj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.brainj.examples.cli.Example;
import org.brainj.examples.cli.Examples;
import org.brainj.examples.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every example runs from the command line on a shortened duration and writes its files. */
class ExamplesTest {
  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyExampleRunsAndWritesItsFiles() {
    return Examples.all().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> runs(e)));
  }

  private void runs(Example e) throws Exception {
    Path out = tmp.resolve(e.name());
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"run", e.name(), "--out", out.toString(), "--scale", "0.2",
        "--no-progress"}, print(stdout), print(stderr));
    assertEquals(0, code, () -> "exit code; stderr: " + stderr);
    Path summary = out.resolve("summary.txt");
    assertTrue(Files.size(summary) > 0, "summary.txt written");
    List<String> lines = Files.readAllLines(summary);
    List<Path> pngs;
    try (Stream<Path> files = Files.list(out)) {
      pngs = files.filter(p -> p.toString().endsWith(".png")).toList();
    }
    assertTrue(!pngs.isEmpty(), "at least one plot");
    for (Path png : pngs) {
      byte[] head = Files.readAllBytes(png);
      assertTrue(head.length > 1000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G',
          png + " is a PNG image");
      assertTrue(lines.stream().anyMatch(l -> l.trim().equals(png.getFileName().toString())),
          "summary lists " + png.getFileName());
    }
  }

  @Test
  void monitorShapesAreTheManuals() throws Exception {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"run", "monitors", "--out", tmp.resolve("m").toString(),
        "--no-progress"}, print(stdout), print(new ByteArrayOutputStream()));
    assertEquals(0, code);
    String text = stdout.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("\"V\" is (run length, variable size) = (1000, 10)"), text);
    assertTrue(text.contains("\"spike\" is (run length, index size) = (1000, 3)"), text);
    assertTrue(text.contains("every 1 ms = (100, 3)"), text);
  }

  @Test
  void unknownExampleAndOptionsAreClearErrors() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, Main.run(new String[] {"run", "nope"}, print(new ByteArrayOutputStream()),
        print(err)));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no example named 'nope'"));
    err.reset();
    assertEquals(2, Main.run(new String[] {"run", "hh", "--scale", "x"},
        print(new ByteArrayOutputStream()), print(err)));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("--scale needs a number"));
  }

  /**
   * The main job on the vector backend in float reports exactly what the scalar backend in float
   * reports (the COBA network's vector kernels give the scalar bits), and differs from double.
   */
  @Test
  void theMainJobRunsOnAChosenBackendAndPrecision() throws Exception {
    String scalarFloat = runCoba("scalar", "float");
    assertTrue(scalarFloat.contains("in float precision"), scalarFloat);
    String vectorFloat = runCoba("vector", "float");
    assertTrue(vectorFloat.contains("on vector"), vectorFloat);
    assertEquals(rates(scalarFloat), rates(vectorFloat));
    assertTrue(rates(scalarFloat).contains("spikes"), scalarFloat);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, Main.run(new String[] {"run", "hh", "--backend", "vector"},
        print(new ByteArrayOutputStream()), print(err)));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains(
        "example 'hh' runs on the scalar backend in double precision; --backend and --precision"
            + " are for: coba"), err::toString);
  }

  private static String rates(String summary) {
    return summary.lines().filter(l -> l.startsWith("rate ")).reduce("", (a, b) -> a + b + "\n");
  }

  /** The summary of {@code run coba} over 100 ms. */
  private String runCoba(String backend, String precision) throws Exception {
    Path out = tmp.resolve("coba-" + backend + "-" + precision);
    assertEquals(0, Main.run(new String[] {"run", "coba", "--out", out.toString(), "--scale",
        "0.1", "--no-progress", "--backend", backend, "--precision", precision},
        print(new ByteArrayOutputStream()), print(new ByteArrayOutputStream())));
    return Files.readString(out.resolve("summary.txt"));
  }

  @Test
  void everyCommandHasHelp() {
    for (String[] args : new String[][] {{"--help"}, {"list", "--help"}, {"run", "--help"},
        {"bench", "--help"}}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertEquals(0, Main.run(args, print(out), print(new ByteArrayOutputStream())),
          String.join(" ", args));
      assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: brainj"),
          String.join(" ", args) + " prints its usage: " + out);
    }
  }

  @Test
  void benchPrintsItsFiguresAsJsonOnTheLastLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(0, Main.run(new String[] {"bench", "cuba", "--n", "500", "--duration", "50",
        "--backend", "scalar"}, print(out), print(new ByteArrayOutputStream())));
    String[] lines = out.toString(StandardCharsets.UTF_8).trim().split("\n");
    String json = lines[lines.length - 1];
    for (String key : List.of("model", "n", "duration_ms", "dt_ms", "backend", "precision",
        "threads", "seed", "n_syn", "n_spikes", "rate_e_hz", "rate_i_hz", "build_s", "run_s",
        "wall_s", "peak_rss_mb", "java")) {
      assertTrue(json.contains("\"" + key + "\": "), key + " in " + json);
    }
    assertTrue(json.startsWith("{\"model\": \"cuba\", \"n\": 500,"), json);
    ByteArrayOutputStream single = new ByteArrayOutputStream();
    assertEquals(0, Main.run(new String[] {"bench", "cuba", "--n", "500", "--duration", "50",
        "--backend", "scalar", "--precision", "float"}, print(single),
        print(new ByteArrayOutputStream())));
    assertTrue(single.toString(StandardCharsets.UTF_8).contains("\"precision\": \"float\""),
        single::toString);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertEquals(2, Main.run(new String[] {"bench", "cuba", "--precision", "half"},
        print(new ByteArrayOutputStream()), print(err)));
    assertTrue(err.toString(StandardCharsets.UTF_8)
        .contains("precision must be 'double' or 'float', got 'half'"), err::toString);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
