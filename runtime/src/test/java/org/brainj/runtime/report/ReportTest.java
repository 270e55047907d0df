package org.brainj.runtime.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.testmodels.ProbeGroup;
import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void checkpointsSplitTheRun() {
    assertArrayEquals(
        new int[] {100, 200, 300, 400, 500, 600, 700, 800, 900, 1000},
        new Reporting(0.1, (d, t, e) -> {}).checkpoints(1000));
    assertArrayEquals(new int[] {300, 600, 900, 1000}, new Reporting(0.3, (d, t, e) -> {}).checkpoints(1000));
    assertArrayEquals(new int[] {1000}, new Reporting(1.0, (d, t, e) -> {}).checkpoints(1000));
    assertArrayEquals(new int[] {1, 2, 3}, new Reporting(0.01, (d, t, e) -> {}).checkpoints(3));
    assertThrows(IllegalArgumentException.class, () -> new Reporting(0, (d, t, e) -> {}));
    assertThrows(IllegalArgumentException.class, () -> new Reporting(1.5, (d, t, e) -> {}));
  }

  @Test
  void printsLikeBrainPy() {
    Network net = Network.create();
    net.add(ProbeGroup.builder(3).name("P").build());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    net.runner().report(0.1, out).run(100.0);
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
    assertEquals(11, lines.length, String.join("\n", lines));
    for (int k = 1; k <= 9; k++) {
      assertTrue(
          lines[k - 1].matches("Run " + (k * 10) + "\\.0% used \\d+\\.\\d{3} s, about \\d+\\.\\d{3} s left\\."),
          lines[k - 1]);
    }
    assertTrue(lines[9].matches("Run 100\\.0% used \\d+\\.\\d{3} s\\."), lines[9]);
    assertTrue(lines[10].matches("Simulation is done in \\d+\\.\\d{3} s\\."), lines[10]);
  }

  @Test
  void offByDefaultAndListenersSeeEveryCheckpoint() {
    Network net = Network.create();
    ProbeGroup p = net.add(ProbeGroup.builder(1).name("P").build());
    PrintStream saved = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      net.runner().run(10.0);
    } finally {
      System.setOut(saved);
    }
    assertEquals("", bytes.toString(StandardCharsets.UTF_8));

    List<String> events = new ArrayList<>();
    ProgressListener listener =
        new ProgressListener() {
          @Override
          public void started(int total) {
            events.add("start " + total);
          }

          @Override
          public void progress(int done, int total, double elapsed) {
            // the steps before a checkpoint have run when it is reported
            events.add(done + "/" + total + " n=" + (int) p.n().get(0));
          }

          @Override
          public void finished(int total, double elapsed) {
            events.add("done " + total);
          }
        };
    net.reset();
    net.runner().report(0.25, listener).run(2.0);
    assertEquals(
        List.of("start 20", "5/20 n=5", "10/20 n=10", "15/20 n=15", "20/20 n=20", "done 20"), events);
  }

  @Test
  void lineFormat() {
    assertEquals("Run 10.0% used 0.054 s, about 0.486 s left.", ConsoleProgress.line(100, 1000, 0.054));
    assertEquals("Run 100.0% used 0.550 s.", ConsoleProgress.line(1000, 1000, 0.55));
  }
}
