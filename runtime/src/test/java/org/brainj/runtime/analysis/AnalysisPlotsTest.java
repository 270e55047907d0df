package org.brainj.runtime.analysis;

import static org.brainj.runtime.analysis.PhasePlaneTest.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.brainj.models.systems.FHNSystem;
import org.brainj.models.systems.HindmarshRoseSystem;
import org.brainj.runtime.analysis.plot.AnalysisFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** The figures are written headless as PNG and SVG, with the requested size and content. */
class AnalysisPlotsTest {
  @TempDir
  Path dir;

  @Test
  void phasePlaneFiguresAsPngAndSvg() throws Exception {
    PhasePlane pp = PhasePlane.builder(FHNSystem.create())
        .targetVar("V", -3, 3).targetVar("w", -3, 3).parsUpdate("Iext", 0.8)
        .figureSize(1000, 700).build();
    pp.plotVectorField();
    pp.plotNullcline();
    pp.plotFixedPoint();
    pp.plotTrajectory(List.of(Map.of("V", -2.8, "w", -1.8)), 100);
    pp.plotLimitCycleBySim(List.of(Map.of("V", -2.8, "w", -1.8)), 300);
    pp.plotTrajectory(List.of(Map.of("V", -2.8, "w", -1.8)), 100, PhasePlane.Axes.T_V);
    assertTrue(pp.figure().seriesNames().containsAll(List.of("vector field", "V nullcline",
        "w nullcline", "unstable node", "limit cycle", "trajectory (V=-2.8, w=-1.8)")),
        pp.figure().seriesNames()::toString);
    assertEquals("vector field", pp.figure().seriesNames().get(0), "the field is drawn first");

    checkPng(pp.save(dir.resolve("phase.png")), 1000, 700);
    checkSvg(pp.save(dir.resolve("sub/phase.svg")), 1000, 700);
    checkPng(pp.timeFigure().save(dir.resolve("phase_t.png")), 1000, 466);
    assertEquals(2, pp.timeFigure().seriesCount(), "V and w over time");
  }

  @Test
  void arrowsInsteadOfStreamlines() throws Exception {
    PhasePlane pp = PhasePlane.builder(FHNSystem.create())
        .targetVar("V", -3, 3).targetVar("w", -3, 3).parsUpdate("Iext", 0.8).build();
    pp.plotVectorField(true);
    checkPng(pp.save(dir.resolve("arrows.png")), 800, 600);
  }

  @Test
  void bifurcationFiguresDistinguishStableAndUnstableBranches() throws Exception {
    Bifurcation b = Bifurcation.builder(FHNSystem.create())
        .targetPar("Iext", 0, 1).targetVar("V", -3, 3).targetVar("w", -3, 3)
        .resolution(0.1).resolution("Iext", 0.02).build();
    b.plotBifurcation();
    b.plotLimitCycleBySim("V", 200);
    assertEquals(List.of("V", "w"), List.copyOf(b.figures().keySet()));
    XYChart chart = b.figure("V").chart();
    assertNull(chart.getSeriesMap().get("stable focus").getLineStyle().getDashArray(),
        "stable branches are solid");
    assertNotNull(chart.getSeriesMap().get("unstable focus").getLineStyle().getDashArray(),
        "unstable branches are dashed");
    assertTrue(chart.getSeriesMap().containsKey("Hopf"));
    assertTrue(chart.getSeriesMap().containsKey("limit cycle (max, min)"));
    checkPng(b.figure("V").save(dir.resolve("bif_V.png")), 800, 600);
    checkSvg(b.figure("w").save(dir.resolve("bif_w.svg")), 800, 600);

    Bifurcation two = Bifurcation.builder(FHNSystem.create())
        .targetPar("a", 0.5, 1).targetPar("Iext", 0, 1).targetVar("V", -3, 3)
        .targetVar("w", -3, 3).resolution(0.2).resolution("a", 0.1).resolution("Iext", 0.05)
        .figureSize(640, 480).build();
    two.plotBifurcation();
    assertTrue(two.parameterFigure().seriesNames().contains("Hopf curve"));
    checkPng(two.parameterFigure().save(dir.resolve("codim2.png")), 640, 480);
  }

  @Test
  void fastSlowFigure() throws Exception {
    FastSlowBifurcation fs = FastSlowBifurcation.builder(HindmarshRoseSystem.create())
        .fastVar("x", -3, 3).fastVar("y", -35, 5).slowVar("z", -5, 5).parsUpdate("Isyn", 0.5)
        .resolution(0.25).resolution("x", 0.05).resolution("z", 0.05).build();
    fs.plotBifurcation();
    fs.plotTrajectory(List.of(Map.of("x", 1.0, "y", 0.0, "z", 0.0)), 100);
    assertTrue(fs.figure("x").seriesNames().containsAll(List.of("saddle node", "stable node",
        "unstable focus", "saddle-node", "trajectory (x=1, y=0, z=0)")),
        fs.figure("x").seriesNames()::toString);
    checkPng(fs.figure("x").save(dir.resolve("fs_x.png")), 800, 600);
    checkSvg(fs.figure("x").save(dir.resolve("fs_x.svg")), 800, 600);
  }

  @Test
  void figureErrors() {
    AnalysisFigure f = new AnalysisFigure("t", "x", "y");
    assertMessage(() -> f.save(dir.resolve("a.pdf")), ".png or .svg");
    assertMessage(() -> f.size(50, 500), "100 x 100");
    assertMessage(() -> f.xRange(1, 1), "min < max");
    assertMessage(() -> f.line(AnalysisFigure.Layer.CURVES, "c", new double[2], new double[3],
        java.awt.Color.BLACK, 1, false, true), "2 x values and 3 y values");
    // an empty series still draws
    f.line(AnalysisFigure.Layer.CURVES, "c", new double[0], new double[0], java.awt.Color.BLACK,
        1, false, true);
    assertEquals("c (2)", f.line(AnalysisFigure.Layer.CURVES, "c", new double[] {0, 1},
        new double[] {0, 1}, java.awt.Color.BLACK, 1, false, true));
    assertEquals(800, f.toImage().getWidth());
  }

  /** A PNG of the given size with a drawing in it (many colours, not a blank canvas). */
  private static void checkPng(Path png, int width, int height) throws Exception {
    assertTrue(Files.size(png) > 5000, png + " is not empty");
    BufferedImage img = ImageIO.read(png.toFile());
    assertNotNull(img, png + " is a PNG");
    assertEquals(width, img.getWidth());
    assertEquals(height, img.getHeight());
    Set<Integer> colours = new HashSet<>();
    for (int x = 0; x < width; x += 3) {
      for (int y = 0; y < height; y += 3) {
        colours.add(img.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > 20, png + " has " + colours.size() + " colours");
  }

  /** An SVG document whose root declares the given size. */
  private static void checkSvg(Path svg, int width, int height) throws Exception {
    String text = Files.readString(svg, StandardCharsets.UTF_8);
    Matcher root = Pattern.compile("<svg[^>]*>").matcher(text);
    assertTrue(root.find(), "an <svg> element");
    String tag = root.group();
    assertTrue(tag.contains("width=\"" + width + "px\""), tag);
    assertTrue(tag.contains("height=\"" + height + "px\""), tag);
    assertTrue(text.contains("<line") || text.contains("<path"), "drawn content");
    assertTrue(text.trim().endsWith("</svg>"));
  }
}
