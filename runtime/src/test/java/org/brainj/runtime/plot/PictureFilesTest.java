package org.brainj.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

class PictureFilesTest {
  private static Plot sine() {
    double[] x = new double[100];
    double[] y = new double[100];
    for (int i = 0; i < x.length; i++) {
      x[i] = i * 0.5;
      y[i] = Math.sin(x[i]);
    }
    return Plots.xy("sine", "x", "sin x").line("sin", x, y);
  }

  @Test
  void theExtensionChoosesTheFormatInAnyCase(@TempDir Path dir) throws Exception {
    Pictures.assertPng(sine().size(640, 360).save(dir.resolve("a.png")), 640, 360);
    Pictures.assertPng(sine().size(300, 200).save(dir.resolve("b.PNG").toString()), 300, 200);
    Pictures.assertSvg(sine().size(640, 360).save(dir.resolve("c.svg")), 640, 360);
    Pictures.assertSvg(sine().save(dir.resolve("d.Svg")), 800, 500);
    assertEquals(PictureFormat.SVG, PictureFormat.of(Path.of("x/y.SVG")));
  }

  @Test
  void anExplicitFormatIgnoresTheName(@TempDir Path dir) throws Exception {
    Pictures.assertSvg(sine().size(400, 300).save(dir.resolve("plot.dat"), PictureFormat.SVG), 400, 300);
    Pictures.assertPng(sine().size(400, 300).savePng(dir.resolve("plot.bin")), 400, 300);
    Pictures.assertSvg(sine().size(410, 300).saveSvg(dir.resolve("plot.txt")), 410, 300);
  }

  @Test
  void foldersAreCreated(@TempDir Path dir) throws Exception {
    Path file = sine().save(dir.resolve("a/b/c.png"));
    assertTrue(Files.isRegularFile(file));
  }

  @Test
  void unknownExtensionsAreRejectedNamingTheFile(@TempDir Path dir) {
    Path gif = dir.resolve("v.gif");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> sine().save(gif));
    assertTrue(e.getMessage().startsWith("file:"), e.getMessage());
    assertTrue(e.getMessage().contains("v.gif") && e.getMessage().contains(".png or .svg"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> sine().save(dir.resolve("noextension")));
    assertTrue(Files.notExists(gif));
  }

  @Test
  void badSizesAreRejectedWithTheValues() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> sine().size(0, 300));
    assertTrue(e.getMessage().contains("size") && e.getMessage().contains("0 x 300"), e.getMessage());
  }

  @Test
  void anSvgHoldsTheLinesOfThePlotAsVectors(@TempDir Path dir) throws Exception {
    Element svg = Pictures.assertSvg(sine().saveSvg(dir.resolve("s.svg")), 800, 500);
    // XChart draws text as outlines too, so there are many paths; no embedded bitmap
    assertTrue(svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength() > 20);
    assertEquals(0, svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "image").getLength());
  }

  @Test
  void toImageHasThePlotsSizeAndAWhiteBackground() {
    var image = sine().size(321, 123).toImage();
    assertEquals(321, image.getWidth());
    assertEquals(123, image.getHeight());
    assertEquals(Color.WHITE, Pictures.at(image, 1, 1));
  }
}
