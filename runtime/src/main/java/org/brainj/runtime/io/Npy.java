package org.brainj.runtime.io;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads and writes NumPy {@code .npy} files (format version 1.0, little-endian, C order), which
 * {@code numpy.load} opens unchanged; the bytes equal those of {@code numpy.save} (NumPy 1.24 or
 * later) for the same array.
 *
 * <pre>{@code
 * Npy.write(Path.of("v.npy"), NpyArray.of(values, rows, columns));
 * NpyArray a = Npy.read(Path.of("v.npy"));
 * }</pre>
 *
 * Methods taking a {@link Path} throw {@link UncheckedIOException} naming the file.
 */
public final class Npy {
  private Npy() {}

  /** Writes {@code array} to {@code file} (parent directories are created); returns the file. */
  public static Path write(Path file, NpyArray array) {
    Objects.requireNonNull(array, "array");
    return write(file, array.source());
  }

  /** Writes {@code array} (header and data) to {@code out}, which is not closed. */
  public static void write(OutputStream out, NpyArray array) throws IOException {
    write(out, array.source());
  }

  static Path write(Path file, NpySource source) {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(prepare(file)))) {
      write(out, source);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write '" + file + "': " + e, e);
    }
    return file;
  }

  static void write(OutputStream out, NpySource source) throws IOException {
    LittleEndianSink sink = LittleEndianSink.of(out);
    sink.putBytes(NpyHeader.encode(source.dtype(), source.shape()));
    source.writeData(sink);
    sink.drain();
  }

  /** Reads the array in {@code file}. */
  public static NpyArray read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read(in, "'" + file + "'");
    } catch (IOException e) {
      throw new UncheckedIOException(NpyFormatException.describe("'" + file + "'", e), e);
    }
  }

  /** Reads one array (header and data) from {@code in}, leaving it after the data. */
  public static NpyArray read(InputStream in) throws IOException {
    return read(in, "the stream");
  }

  static NpyArray read(InputStream in, String source) throws IOException {
    NpyHeader h = NpyHeader.read(in, source);
    int[] shape = new int[h.shape().length];
    for (int k = 0; k < shape.length; k++) {
      if (h.shape()[k] > Integer.MAX_VALUE) {
        throw new NpyFormatException(source + ": dimension " + h.shape()[k] + " of shape "
            + NpyHeader.shapeRepr(h.shape()) + " is too large for a Java array");
      }
      shape[k] = (int) h.shape()[k];
    }
    long count = h.count();
    if (count > Integer.MAX_VALUE - 8) {
      throw new NpyFormatException(source + ": " + count + " elements (shape "
          + NpyHeader.shapeRepr(h.shape()) + ") are too many for one Java array; read it in"
          + " pieces with numpy.load(mmap_mode='r')");
    }
    int n = (int) count;
    Object data = switch (h.dtype()) {
      case FLOAT64 -> new double[n];
      case FLOAT32 -> new float[n];
      case INT32 -> new int[n];
      case INT64 -> new long[n];
      case BOOL -> new boolean[n];
    };
    int item = h.dtype().itemSize();
    byte[] chunk = new byte[Math.max(item, LittleEndianSink.BUFFER_BYTES / item * item)];
    ByteBuffer buf = ByteBuffer.wrap(chunk).order(ByteOrder.LITTLE_ENDIAN);
    int k = 0;
    while (k < n) {
      int take = Math.min(n - k, chunk.length / item);
      readFully(in, chunk, take * item, source, n);
      buf.clear();
      for (int end = k + take; k < end; k++) {
        switch (h.dtype()) {
          case FLOAT64 -> ((double[]) data)[k] = buf.getDouble();
          case FLOAT32 -> ((float[]) data)[k] = buf.getFloat();
          case INT32 -> ((int[]) data)[k] = buf.getInt();
          case INT64 -> ((long[]) data)[k] = buf.getLong();
          case BOOL -> ((boolean[]) data)[k] = buf.get() != 0;
        }
      }
    }
    return NpyArray.read(h.dtype(), data, n, shape);
  }

  private static void readFully(InputStream in, byte[] b, int len, String source, int n)
      throws IOException {
    int off = 0;
    while (off < len) {
      int r = in.read(b, off, len - off);
      if (r < 0) {
        throw new NpyFormatException(source + ": the data end early (the header promises " + n
            + " elements)");
      }
      off += r;
    }
  }

  /** Creates the parent directories of {@code file}; returns it. */
  static Path prepare(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return file;
  }
}
