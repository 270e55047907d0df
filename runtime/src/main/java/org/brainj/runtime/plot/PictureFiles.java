package org.brainj.runtime.plot;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Renders pictures into images and writes them as PNG or SVG (XChart's encoders, generalised). */
final class PictureFiles {
  private PictureFiles() {}

  /** What writes a file's bytes. */
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** The picture drawn on a white image of the given size. */
  static BufferedImage image(Picture picture, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      picture.paint(g, width, height);
    } finally {
      g.dispose();
    }
    return image;
  }

  static Path writePng(Picture picture, Path file) {
    BufferedImage image = picture.toImage();
    return write(
        file,
        out -> {
          if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available");
          }
        });
  }

  /** One SVG document, drawn with VectorGraphics2D as XChart's VectorGraphicsEncoder does. */
  static Path writeSvg(Picture picture, Path file) {
    int width = picture.width();
    int height = picture.height();
    VectorGraphics2D g = new VectorGraphics2D();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    picture.paint(g, width, height);
    return write(
        file,
        out ->
            new SVGProcessor()
                .getDocument(g.getCommands(), new PageSize(0, 0, width, height))
                .writeTo(out));
  }

  /** Writes a file, creating its folder; an I/O failure names the file. */
  static Path write(Path file, Writer writer) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        writer.write(out);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not save the picture to '" + file + "': " + e, e);
    }
  }
}
