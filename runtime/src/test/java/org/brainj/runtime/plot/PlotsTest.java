package org.brainj.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.brainj.runtime.monitor.Indices;
import org.brainj.runtime.monitor.Trace;
import org.brainj.runtime.net.Network;
import org.brainj.runtime.net.RunResult;
import org.brainj.runtime.testmodels.LifGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYSeries;

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

  @Test
  void timeAxesRunBetweenRoundNumbers() {
    RunResult r = run();
    double[] ts = r.trace("E.V").ts();
    // the monitor's times end off the round number: the axis still ends on 50
    assertEquals(49.9, ts[ts.length - 1], 1e-9);
    Plot line = Plots.line(r.trace("E.V"));
    assertEquals(0.0, line.chart().getStyler().getXAxisMin());
    assertEquals(50.0, line.chart().getStyler().getXAxisMax());
    Plot rate = Plots.rate(r.spikes("E"), 5.0);
    assertEquals(0.0, rate.chart().getStyler().getXAxisMin());
    assertEquals(50.0, rate.chart().getStyler().getXAxisMax());
    assertFalse(rate.chart().getStyler().isLegendVisible());
  }

  @Test
  void rasterSpansTheRunAndTheGroup(@TempDir Path dir) throws Exception {
    RunResult r = run();
    Plot raster = Plots.raster(r.spikes("E"));
    var styler = raster.chart().getStyler();
    assertEquals(0.0, styler.getXAxisMin());
    assertEquals(50.0, styler.getXAxisMax());
    assertEquals(-0.5, styler.getYAxisMin());
    assertEquals(19.5, styler.getYAxisMax());
    assertFalse(styler.isLegendVisible());
    var spikes = raster.chart().getSeriesMap().get("E");
    assertArrayEquals(r.spikes("E").times(), spikes.getXData());
    assertEquals(r.spikes("E").indices()[0], (int) spikes.getYData()[0]);
    Pictures.assertSvg(raster.size(900, 300).save(dir.resolve("raster.svg")), 900, 300);
  }

  @Test
  void severalTracesInOneLegend(@TempDir Path dir) throws Exception {
    Network net = Network.create();
    LifGroup e = net.add(LifGroup.builder(4).name("E").sigma(1).build());
    LifGroup i = net.add(LifGroup.builder(3).name("I").sigma(1).build());
    RunResult r = net.runner().input(e.input(), 15.0).input(i.input(), 12.0)
        .monitor(e.V(), Indices.of(0, 2)).monitor(i.V(), Indices.of(1)).run(20.0);
    Plot p = Plots.line(r.trace("E.V"), r.trace("I.V"));
    assertEquals(List.of("E.V[0]", "E.V[2]", "I.V[1]"), p.seriesNames());
    assertTrue(p.chart().getStyler().isLegendVisible());
    assertEquals("V", p.chart().getYAxisTitle());
    assertEquals("E.V, I.V", p.chart().getTitle());
    assertArrayEquals(r.trace("I.V").ofNeuron(1), p.chart().getSeriesMap().get("I.V[1]").getYData());
    Pictures.assertPng(p.save(dir.resolve("ei.png")), 800, 500);
  }

  @Test
  void xyPlotsTakeLinesAndDots(@TempDir Path dir) throws Exception {
    double[] v = {-2, -1, 0, 1, 2};
    double[] w = {1, 0.5, 0, 0.5, 1};
    Plot p = Plots.xy("phase plane", "V", "w")
        .line("nullcline", v, w)
        .scatter("fixed point", new double[] {0}, new double[] {0}, java.awt.Color.RED)
        .xRange(-3, 3).yRange(-1, 2);
    assertEquals(List.of("nullcline", "fixed point"), p.seriesNames());
    assertEquals(XYSeries.XYSeriesRenderStyle.Scatter,
        p.chart().getSeriesMap().get("fixed point").getXYSeriesRenderStyle());
    assertEquals(-3.0, p.chart().getStyler().getXAxisMin());
    assertEquals(2.0, p.chart().getStyler().getYAxisMax());
    // series added after the chart was built go straight into it
    p.line("more", v, v);
    assertEquals(3, p.chart().getSeriesMap().size());
    Pictures.assertPng(p.save(dir.resolve("phase.png")), 800, 500);
  }

  private static void assertRejected(String expected, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(expected, e.getMessage());
  }

  @Test
  void badSeriesAreRejectedNamingTheArgument() {
    double[] a = {1, 2, 3};
    assertRejected("series 'v': x has 3 values but y has 2",
        () -> Plots.xy("t", "x", "y").line("v", a, new double[] {1, 2}));
    assertRejected("y of series 'v' is empty",
        () -> Plots.xy("t", "x", "y").line("v", a, new double[0]));
    assertRejected("x of series 'v' is empty",
        () -> Plots.xy("t", "x", "y").scatter("v", new double[0], new double[0]));
    assertRejected("y of series 'v' is null", () -> Plots.xy("t", "x", "y").line("v", a, null));
    assertRejected("y of series 'v' has -Infinity at index 2",
        () -> Plots.xy("t", "x", "y").line("v", a, new double[] {1, 2, Double.NEGATIVE_INFINITY}));
    assertRejected("name: this plot already has a series named 'v'",
        () -> Plots.xy("t", "x", "y").line("v", a, a).scatter("v", a, a));
    assertRejected("name: a series needs a non-empty name", () -> Plots.xy("t", "x", "y").line("", a, a));
    assertRejected("xRange: needs finite min < max, got [2.0, 1.0]",
        () -> Plots.xy("t", "x", "y").xRange(2, 1));
    assertRejected("traces: Plots.line needs at least one trace", () -> Plots.line(new Trace[0]));
  }
}
