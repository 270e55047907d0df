package org.brainj.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brainj.examples.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the manual's tutorial examples find, read from their summaries. */
class ManualExamplesTest {
  @TempDir Path tmp;

  private String summary(String example, String scale) throws Exception {
    Path out = tmp.resolve(example);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"run", example, "--out", out.toString(), "--scale", scale,
        "--no-progress"}, print(new ByteArrayOutputStream()), print(err));
    assertEquals(0, code, () -> "exit code; stderr: " + err);
    return Files.readString(out.resolve("summary.txt"));
  }

  private static double number(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), () -> "no match for /" + regex + "/ in\n" + text);
    return Double.parseDouble(m.group(1));
  }

  @Test
  void connectorsHaveTheirAnalyticSynapseCounts() throws Exception {
    String s = summary("connect", "1");
    assertTrue(s.contains("One2One() on 30: 30 synapses"), s);
    assertTrue(s.contains("All2All(includeSelf=false) on 20: 380 synapses"), s);   // 20 x 19
    // 8 x 8 grid: 2 x 8 x 7 neighbour pairs, both directions
    assertTrue(s.contains("GridFour(includeSelf=false) on 8x8: 224 synapses"), s);
    // plus 2 x 7 x 7 diagonals, both directions
    assertTrue(s.contains("GridEight(includeSelf=false) on 8x8: 420 synapses"), s);
    // per axis the 5-wide windows hold 3+4+5+5+5+5+4+3 = 34 cells: 34^2 - 64 self pairs
    assertTrue(s.contains("GridN(N=2, includeSelf=false) on 8x8: 1092 synapses"), s);
    assertTrue(s.contains("FixedPreNum(num=10, includeSelf=true, seed=1234) on 100: 1000"
        + " synapses"), s);
    assertTrue(s.contains("FixedPostNum(num=10, includeSelf=true, seed=1234) on 100: 1000"
        + " synapses"), s);
    // Barabasi-Albert: m (n - m) edges, stored in both directions
    assertTrue(s.contains("ScaleFreeBA(m=5, directed=false, seed=12345) on 100: 950 synapses"),
        s);
    assertTrue(s.contains("pre_slice_syn [[0, 1], [1, 2], [2, 3], [3, 3], [3, 3]]"), s);
  }

  @Test
  void repeatModeSweepsAndSplitsWithoutChangingResults() throws Exception {
    String s = summary("repeat", "0.2");
    assertTrue(s.contains("spike times and indices identical to the three runs: yes"), s);
    assertTrue(s.contains("final V identical bit for bit: yes"), s);
    assertTrue(number(s, "largest deviation from the analytic rate ([0-9.]+) %") < 2, s);
  }

  @Test
  void integratorsDivergeAndConvergeAsTheManualShows() throws Exception {
    String s = summary("methods", "1");
    // manual 11.3: Euler fails at 0.1 (and 0.2), RK4 at 0.2, exponential Euler nowhere
    assertTrue(s.contains("euler: diverged at dt = 0.2, 0.1;"), s);
    assertTrue(s.contains("rk4: diverged at dt = 0.2;"), s);
    assertTrue(s.contains("exp_euler: diverged at dt = none;"), s);
    assertEquals(1, number(s, "\neuler: .*observed order ([0-9.]+)"), 0.1, s);
    assertEquals(4, number(s, "\nrk4: .*observed order ([0-9.]+)"), 0.3, s);
    assertEquals(1, number(s, "\nexp_euler: .*observed order ([0-9.]+)"), 0.1, s);
    // generated exponential Euler (symbolic linear part) vs Odeint's finite differences
    assertTrue(number(s, "largest \\|V difference\\| ([0-9.eE+-]+) mV") < 1e-6, s);
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
