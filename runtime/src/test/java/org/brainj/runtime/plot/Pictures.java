package org.brainj.runtime.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;

/** Checks on saved pictures, read back from their files. */
final class Pictures {
  private Pictures() {}

  /** A PNG file that ImageIO reads back with the given size. */
  static BufferedImage assertPng(Path file, int width, int height) throws IOException {
    assertTrue(Files.size(file) > 0, file + " is empty");
    BufferedImage image = ImageIO.read(file.toFile());
    assertNotNull(image, file + " is no PNG ImageIO can read");
    assertEquals(width, image.getWidth(), "width of " + file);
    assertEquals(height, image.getHeight(), "height of " + file);
    return image;
  }

  /** A well-formed SVG document whose root is {@code <svg>} with the given size. */
  static Element assertSvg(Path file, int width, int height) throws Exception {
    assertTrue(Files.size(file) > 0, file + " is empty");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    // the document names the SVG 1.1 DTD; well-formedness needs no download
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Element root = f.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals(width + "px", root.getAttribute("width"));
    assertEquals(height + "px", root.getAttribute("height"));
    assertEquals("0 0 " + width + " " + height, root.getAttribute("viewBox"));
    return root;
  }

  /** A picture that fills its box with one colour, to see where a figure puts it. */
  static Picture filled(Color color, int width, int height) {
    return new Picture() {
      @Override
      public int width() {
        return width;
      }

      @Override
      public int height() {
        return height;
      }

      @Override
      public void paint(Graphics2D g, int w, int h) {
        g.setColor(color);
        g.fillRect(0, 0, w, h);
      }

      @Override
      public String toString() {
        return "filled " + color;
      }
    };
  }

  /** The colour of one pixel, without alpha. */
  static Color at(BufferedImage image, int x, int y) {
    return new Color(image.getRGB(x, y) & 0xFFFFFF);
  }
}
