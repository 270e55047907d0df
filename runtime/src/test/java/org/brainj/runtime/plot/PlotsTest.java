package org.brainj.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.brainj.runtime.monitor.Indices;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.testmodels.LifGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotsTest {

  private static RunResult run() {
    Network net = Network.create();
    LifGroup e = net.add(LifGroup.builder(20).name("E").sigma(1).build());
    return net.runner().input(e.input(), 15.0).monitor(e.V(), Indices.of(0, 5, 7)).monitorSpikes(e).run(50.0);
  }

  @Test
  void savesPngAndSvg(@TempDir Path dir) throws Exception {
    RunResult r = run();
    assertTrue(r.spikes("E").count() > 0);
    Path png = Plots.line(r.trace("E.V")).size(640, 360).save(dir.resolve("v.png"));
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(640, img.getWidth());
    assertEquals(360, img.getHeight());
    Path svg = Plots.raster(r.spikes("E")).save(dir.resolve("sub/raster.svg"));
    String text = Files.readString(svg, StandardCharsets.UTF_8);
    assertTrue(text.contains("<svg"), text.substring(0, Math.min(200, text.length())));
    Path rate = Plots.rate(r.spikes("E"), 5.0).title("rate").save(dir.resolve("rate.png").toString());
    assertEquals(500, ImageIO.read(rate.toFile()).getHeight());
  }

  @Test
  void lineHasOneSeriesPerNeuronWithALegend() {
    RunResult r = run();
    Plot p = Plots.line(r.trace("E.V"));
    assertEquals(3, p.chart().getSeriesMap().size());
    assertTrue(p.chart().getSeriesMap().containsKey("V[5]"));
    assertTrue(p.chart().getStyler().isLegendVisible());
    assertEquals("Time (ms)", p.chart().getXAxisTitle());
    assertEquals(1, Plots.line(r.trace("E.V"), 7).chart().getSeriesMap().size());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Plots.line(r.trace("E.V"), 3));
    assertTrue(e.getMessage().contains("neuron 3"), e.getMessage());
    assertTrue(p.toImage().getWidth() > 0);
  }

  @Test
  void rasterWithoutSpikesStillDraws(@TempDir Path dir) throws Exception {
    Network net = Network.create();
    LifGroup e = net.add(LifGroup.builder(5).name("Quiet").build());
    RunResult r = net.runner().monitorSpikes(e).run(5.0);
    assertEquals(0, r.spikes(e).count());
    Path png = Plots.raster(r.spikes(e)).save(dir.resolve("quiet.png"));
    assertEquals(800, ImageIO.read(png.toFile()).getWidth());
  }

  @Test
  void unknownFormatsAreRejected(@TempDir Path dir) {
    RunResult r = run();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Plots.line(r.trace("E.V")).save(dir.resolve("v.gif")));
    assertTrue(e.getMessage().contains(".png or .svg"), e.getMessage());
  }
}
