package org.brainj.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class FigureTest {
  private static final String SVG = "http://www.w3.org/2000/svg";

  @Test
  void picturesGoIntoTheirCells(@TempDir Path dir) throws Exception {
    Picture red = Pictures.filled(Color.RED, 10, 10);
    Picture blue = Pictures.filled(Color.BLUE, 10, 10);
    Figure fig = Plots.figure(2, 3, 100, 50).add(0, 1, red).add(1, 0, 1, 3, blue);
    assertEquals(300, fig.width());
    assertEquals(100, fig.height());
    assertSame(red, fig.get(0, 1));
    assertSame(blue, fig.get(1, 2));
    assertNull(fig.get(0, 0));
    BufferedImage image = Pictures.assertPng(fig.save(dir.resolve("grid.png")), 300, 100);
    assertEquals(Color.WHITE, Pictures.at(image, 50, 25), "cell (0, 0) is empty");
    assertEquals(Color.RED, Pictures.at(image, 150, 25), "cell (0, 1)");
    assertEquals(Color.RED, Pictures.at(image, 100, 0), "the red cell's top left corner");
    assertEquals(Color.WHITE, Pictures.at(image, 99, 0), "left of the red cell");
    assertEquals(Color.WHITE, Pictures.at(image, 200, 25), "right of the red cell");
    assertEquals(Color.RED, Pictures.at(image, 150, 49), "the red cell's last row");
    assertEquals(Color.BLUE, Pictures.at(image, 150, 50), "the first row of the cell below");
    for (int x : new int[] {0, 150, 299}) {
      assertEquals(Color.BLUE, Pictures.at(image, x, 75), "the spanning bottom row at x = " + x);
    }
  }

  @Test
  void aTitleAddsABandAboveTheCells(@TempDir Path dir) throws Exception {
    Figure fig = Plots.figure(1, 2, 200, 100).title("Two panels")
        .add(0, 0, Pictures.filled(Color.GREEN, 1, 1));
    assertEquals(100 + 36, fig.height());
    BufferedImage image = Pictures.assertPng(fig.save(dir.resolve("t.png")), 400, 136);
    assertEquals(Color.GREEN, Pictures.at(image, 100, 36 + 50));
    assertEquals(Color.WHITE, Pictures.at(image, 5, 5));
  }

  @Test
  void oneSvgDocumentHoldsEveryPanel(@TempDir Path dir) throws Exception {
    double[] x = {0, 1, 2, 3};
    Figure fig = Plots.figure(2, 1, 600, 250)
        .add(0, 0, Plots.xy("pre V", "Time (ms)", "V").line("pre-V", x, new double[] {1, 3, 2, 4}))
        .add(1, 0, Plots.bar("speed", "s", List.of("a", "b"), new double[] {1, 2}));
    Element svg = Pictures.assertSvg(fig.save(dir.resolve("fig.svg")), 600, 500);
    // the second panel is moved down by one cell
    boolean shifted = false;
    var groups = svg.getElementsByTagNameNS(SVG, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      String t = ((Element) groups.item(i)).getAttribute("transform");
      shifted |= t.startsWith("translate(0 250)");
    }
    assertTrue(shifted, "a group translated to the second row");
    Pictures.assertPng(fig.save(dir.resolve("fig.png")), 600, 500);
  }

  @Test
  void figuresNest(@TempDir Path dir) throws Exception {
    Figure inner = Plots.figure(1, 2, 50, 50)
        .add(0, 0, Pictures.filled(Color.RED, 1, 1)).add(0, 1, Pictures.filled(Color.BLUE, 1, 1));
    Figure outer = Plots.figure(1, 2, 100, 100).add(0, 1, inner);
    BufferedImage image = Pictures.assertPng(outer.save(dir.resolve("nested.png")), 200, 100);
    assertEquals(Color.WHITE, Pictures.at(image, 50, 50));
    assertEquals(Color.RED, Pictures.at(image, 125, 50));
    assertEquals(Color.BLUE, Pictures.at(image, 175, 50));
  }

  private static void assertRejected(String expectedPart, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(expectedPart), "'" + e.getMessage() + "' lacks '" + expectedPart + "'");
  }

  @Test
  void badPlacementsAreRejectedNamingTheCell() {
    Picture p = Pictures.filled(Color.RED, 1, 1);
    assertRejected("rows must be positive, got 0", () -> Plots.figure(0, 1));
    assertRejected("cell width must be positive, got -5", () -> Plots.figure(1, 1, -5, 10));
    assertRejected("rows 2 .. 2 are outside the figure's 2 rows (0 .. 1)",
        () -> Plots.figure(2, 2).add(2, 0, p));
    assertRejected("columns 1 .. 2 are outside the figure's 2 columns",
        () -> Plots.figure(2, 2).add(0, 1, 1, 2, p));
    assertRejected("row: rows -1", () -> Plots.figure(2, 2).add(-1, 0, p));
    assertRejected("cell (1, 1) already holds filled",
        () -> Plots.figure(2, 2).add(0, 0, 2, 2, p).add(1, 1, Pictures.filled(Color.BLUE, 1, 1)));
    assertRejected("rowSpan must be positive, got 0", () -> Plots.figure(2, 2).add(0, 0, 0, 1, p));
    Figure f = Plots.figure(1, 1);
    assertRejected("cannot hold itself", () -> f.add(0, 0, f));
  }
}
