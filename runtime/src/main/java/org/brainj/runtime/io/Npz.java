package org.brainj.runtime.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads and writes NumPy {@code .npz} archives (zip files of {@code .npy} entries) as maps from
 * name to array. {@link NpzWriter} writes one array at a time.
 *
 * <pre>{@code
 * Npz.write(Path.of("a.npz"), Map.of("x", NpyArray.of(x), "y", NpyArray.of(y)));
 * Map<String, NpyArray> d = Npz.read(Path.of("a.npz"));   // in archive order
 * }</pre>
 */
public final class Npz {
  private Npz() {}

  /** Writes the arrays, uncompressed, in the map's iteration order; returns the file. */
  public static Path write(Path file, Map<String, NpyArray> arrays) {
    Objects.requireNonNull(arrays, "arrays");
    try (NpzWriter w = NpzWriter.create(file)) {
      arrays.forEach(w::put);
    }
    return file;
  }

  /**
   * The arrays of an archive by name (the entry name without {@code .npy}), in archive order;
   * entries that are not {@code .npy} files are skipped.
   */
  public static Map<String, NpyArray> read(Path file) {
    Objects.requireNonNull(file, "file");
    Map<String, NpyArray> out = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        if (e.isDirectory() || !e.getName().endsWith(".npy")) {
          continue;
        }
        String name = e.getName().substring(0, e.getName().length() - 4);
        try (InputStream in = new BufferedInputStream(zip.getInputStream(e))) {
          out.put(name, Npy.read(in, "'" + file + "' entry '" + e.getName() + "'"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(NpyFormatException.describe("'" + file + "'", e), e);
    }
    return out;
  }
}
