package org.brainj.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.brainj.runtime.monitor.Trace;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.testmodels.LifGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class AnimationTest {
  /** A bump moving one position per time step: u[t][i] = exp(-(i - 5 - t)^2 / 8). */
  private static double[][] bump(int times, int positions) {
    double[][] u = new double[times][positions];
    for (int t = 0; t < times; t++) {
      for (int i = 0; i < positions; i++) {
        u[t][i] = Math.exp(-Math.pow(i - 5 - t, 2) / 8);
      }
    }
    return u;
  }

  private static double[] times(int n, double dt) {
    double[] ts = new double[n];
    for (int i = 0; i < n; i++) {
      ts[i] = i * dt;
    }
    return ts;
  }

  /** The number of frames, their size and the first frame's delay (in 1/100 s) of a GIF. */
  private static int[] readGif(Path file) throws Exception {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("gif");
    ImageReader reader = readers.next();
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      reader.setInput(in);
      int frames = reader.getNumImages(true);
      IIOMetadataNode root =
          (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
      IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
      int delay = Integer.parseInt(gce.getAttribute("delayTime"));
      return new int[] {frames, reader.getWidth(0), reader.getHeight(0), delay};
    } finally {
      reader.dispose();
    }
  }

  @Test
  void oneFramePerFrameStep(@TempDir Path dir) throws Exception {
    Animation a = Plots.animate1d("u", times(25, 0.5), bump(25, 40))
        .frameStep(4).delay(80).size(400, 300).title("bump");
    assertEquals(7, a.frameCount(), "times 0, 4, ..., 24");
    assertEquals(12.0, a.frameTime(6));
    Path gif = a.save(dir.resolve("bump.gif"));
    assertTrue(Files.size(gif) > 0);
    int[] read = readGif(gif);
    assertEquals(7, read[0], "frames");
    assertEquals(400, read[1]);
    assertEquals(300, read[2]);
    assertEquals(8, read[3], "80 ms in hundredths of a second");
  }

  @Test
  void framesShareOneValueAxisAndNameTheirTime() {
    Animation a = Plots.animate1d("u", times(10, 0.25), bump(10, 30)).frameStep(3);
    Plot first = a.frame(0);
    Plot last = a.frame(3);
    assertEquals("t = 0.75 ms", a.frame(1).chart().getTitle());
    assertEquals("t = 2.25 ms", last.chart().getTitle());
    // values lie in (0, 1]: the rounded range is 0 .. 1 in every frame
    for (Plot p : new Plot[] {first, last}) {
      assertEquals(0.0, p.chart().getStyler().getYAxisMin());
      assertEquals(1.0, p.chart().getStyler().getYAxisMax());
      assertEquals("Neuron index", p.chart().getXAxisTitle());
    }
    double[] y = last.chart().getSeriesMap().get("u").getYData();
    assertEquals(1.0, y[5 + 9], 0.0, "the bump's peak at position 14 at time index 9");
  }

  @Test
  void fixedCurvesAndExtraVariablesAppearInEveryFrame(@TempDir Path dir) throws Exception {
    double[] input = new double[40];
    java.util.Arrays.fill(input, 0.5);
    Animation a = Plots.animate1d("u", times(6, 1), bump(6, 40))
        .variable("v", bump(6, 40)).fixed("input", input).yRange(-1, 2);
    Plot f = a.frame(5);
    assertEquals(java.util.List.of("u", "v", "input"), f.seriesNames());
    assertEquals(-1.0, f.chart().getStyler().getYAxisMin());
    assertEquals(6, readGif(a.size(200, 150).save(dir.resolve("uv.gif").toString()))[0]);
  }

  @Test
  void aTraceAnimatesOverItsMonitoredNeurons(@TempDir Path dir) throws Exception {
    Network net = Network.create();
    LifGroup e = net.add(LifGroup.builder(12).name("E").sigma(1).build());
    RunResult r = net.runner().input(e.input(), 15.0).monitor(e.V()).run(3.0);
    Trace v = r.trace("E.V");
    Animation a = Plots.animate1d(v).frameStep(5);
    assertEquals((v.rows() + 4) / 5, a.frameCount());
    Plot f = a.frame(2);
    assertEquals(12, f.chart().getSeriesMap().get("V").getXData().length);
    assertEquals(11.0, f.chart().getSeriesMap().get("V").getXData()[11]);
    assertEquals(v.values()[10][3], f.chart().getSeriesMap().get("V").getYData()[3]);
    assertEquals(a.frameCount(), readGif(a.size(320, 200).save(dir.resolve("v.gif")))[0]);
  }

  private static void assertRejected(String expectedPart, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(expectedPart), "'" + e.getMessage() + "' lacks '" + expectedPart + "'");
  }

  @Test
  void badInputIsRejectedNamingTheArgument(@TempDir Path dir) {
    double[] ts = times(4, 1);
    assertRejected("values of 'u': has 3 rows but there are 4 times",
        () -> Plots.animate1d("u", ts, bump(3, 10)));
    double[][] ragged = bump(4, 10);
    ragged[2] = new double[9];
    assertRejected("values of 'u' at time index 2: has 9 values but there are 10 positions",
        () -> Plots.animate1d("u", ts, ragged));
    assertRejected("values of 'v' at time index 0: has 8 values but there are 10 positions",
        () -> Plots.animate1d("u", ts, bump(4, 10)).variable("v", bump(4, 8)));
    assertRejected("already has a variable named 'u'",
        () -> Plots.animate1d("u", ts, bump(4, 10)).variable("u", bump(4, 10)));
    assertRejected("times is empty", () -> Plots.animate1d("u", new double[0], new double[0][]));
    assertRejected("frameStep must be positive, got 0",
        () -> Plots.animate1d("u", ts, bump(4, 10)).frameStep(0));
    assertRejected("positions: has 3 values but the variables have 10",
        () -> Plots.animate1d("u", ts, bump(4, 10)).positions(new double[] {1, 2, 3}));
    Path png = dir.resolve("u.png");
    assertRejected("file: an animation is saved as GIF",
        () -> Plots.animate1d("u", ts, bump(4, 10)).save(png));
    assertTrue(Files.notExists(png));
  }
}
