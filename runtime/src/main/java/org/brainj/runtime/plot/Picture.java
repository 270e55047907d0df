package org.brainj.runtime.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Something that draws itself at a size and saves as PNG or SVG, headless: a {@link Plot}, a
 * {@link BarPlot} or a {@link Figure} of several of them.
 *
 * <pre>{@code
 * picture.save("v.png");   // or "v.svg": the format follows the extension
 * }</pre>
 */
public abstract class Picture {
  Picture() {}

  /** The width in pixels that {@link #save} and {@link #toImage} use. */
  public abstract int width();

  /** The height in pixels that {@link #save} and {@link #toImage} use. */
  public abstract int height();

  /**
   * Draws the picture into the box from (0, 0) to ({@code width}, {@code height}) of {@code g},
   * which may be a bitmap's or a vector document's graphics, or a cell of a {@link Figure}.
   */
  public abstract void paint(Graphics2D g, int width, int height);

  /** The picture drawn into an image of {@link #width()} x {@link #height()} pixels. */
  public BufferedImage toImage() {
    return PictureFiles.image(this, width(), height());
  }

  /** Saves as PNG or SVG, chosen by the file's extension ({@code .png}, {@code .svg}). */
  public Path save(String file) {
    Objects.requireNonNull(file, "file");
    return save(Path.of(file));
  }

  /** Saves as PNG or SVG, chosen by the file's extension ({@code .png}, {@code .svg}). */
  public Path save(Path file) {
    return save(file, PictureFormat.of(file));
  }

  /** Saves in the given format, whatever the file's name. */
  public Path save(Path file, PictureFormat format) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    return format == PictureFormat.PNG ? savePng(file) : saveSvg(file);
  }

  /** Saves as PNG. */
  public Path savePng(Path file) {
    Objects.requireNonNull(file, "file");
    return PictureFiles.writePng(this, file);
  }

  /** Saves as SVG. */
  public Path saveSvg(Path file) {
    Objects.requireNonNull(file, "file");
    return PictureFiles.writeSvg(this, file);
  }
}
