package org.brainj.runtime.plot;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/** The file formats a {@link Picture} saves to. */
public enum PictureFormat {
  /** Portable Network Graphics, a bitmap. */
  PNG,
  /** Scalable Vector Graphics, a vector document. */
  SVG;

  /** The format named by a file's extension, {@code .png} or {@code .svg} in any case. */
  public static PictureFormat of(Path file) {
    Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".png")) {
      return PNG;
    }
    if (lower.endsWith(".svg")) {
      return SVG;
    }
    throw new IllegalArgumentException(
        "file: cannot tell the picture format of '" + file + "'; name it .png or .svg");
  }
}
