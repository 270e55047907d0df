package org.brainj.runtime.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Objects;

/**
 * A {@code .npy} file that grows along its first axis: rows are appended at the end and, on
 * {@link #close()}, the header is rewritten in place with the final number of rows. The header
 * has a fixed size (NumPy's spare room for a 21-digit first dimension), so the data never move,
 * memory stays constant however many rows are written, and a closed file is byte-identical to
 * {@code numpy.save} of the whole array.
 *
 * <pre>{@code
 * try (NpyAppender v = NpyAppender.create(Path.of("v.npy"), NpyDtype.FLOAT64, 3)) {   // rows of 3
 *   v.append(new double[] {1, 2, 3});
 *   v.append(new double[] {4, 5, 6});
 * }                                                  // v.npy: shape (2, 3)
 * try (NpyAppender v = NpyAppender.open(Path.of("v.npy"))) {   // continue the same file
 *   v.append(new double[] {7, 8, 9});
 * }                                                  // shape (3, 3)
 * }</pre>
 *
 * <p>Appending allocates nothing: values go through a fixed direct buffer. The file is valid
 * (with the rows of the last {@code close()}) whenever no appender is open on it.
 */
public final class NpyAppender implements Closeable {
  private final Path file;
  private final FileChannel channel;
  private final NpyDtype dtype;
  private final long[] rowShape;
  private final long rowElements;
  private final int headerLength;
  private final LittleEndianSink sink;
  private long elements;
  private boolean closed;

  private NpyAppender(Path file, FileChannel channel, NpyDtype dtype, long[] rowShape,
      int headerLength, long rows) throws IOException {
    this.file = file;
    this.channel = channel;
    this.dtype = dtype;
    this.rowShape = rowShape;
    long n = 1;
    for (long d : rowShape) {
      n = Math.multiplyExact(n, d);
    }
    this.rowElements = n;
    this.headerLength = headerLength;
    this.elements = Math.multiplyExact(rows, n);
    channel.position(headerLength + Math.multiplyExact(elements, (long) dtype.itemSize()));
    this.sink = LittleEndianSink.of(channel);
  }

  /**
   * A new, empty file ({@code 0} rows of shape {@code rowShape}; no {@code rowShape} for a 1-D
   * file of scalars); replaces {@code file}, creating its parent directories.
   */
  public static NpyAppender create(Path file, NpyDtype dtype, int... rowShape) {
    Objects.requireNonNull(dtype, "dtype");
    long[] row = new long[rowShape.length];
    for (int k = 0; k < row.length; k++) {
      if (rowShape[k] < 0) {
        throw new IllegalArgumentException(
            "NpyAppender '" + file + "': negative row dimension in " + Arrays.toString(rowShape));
      }
      row[k] = rowShape[k];
    }
    try {
      FileChannel ch = FileChannel.open(Npy.prepare(file), StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
          StandardOpenOption.READ);
      byte[] header = NpyHeader.encode(dtype, withRows(0, row));
      writeAt(ch, header);
      return new NpyAppender(file, ch, dtype, row, header.length, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create '" + file + "': " + e, e);
    }
  }

  /**
   * Opens an existing {@code .npy} file to append rows to it. Its data must be complete (as many
   * bytes as the header says), and its header must have room for the new row count, as files
   * written by BrainJ and by NumPy 1.24 or later have.
   */
  public static NpyAppender open(Path file) {
    Objects.requireNonNull(file, "file");
    FileChannel ch = null;
    try {
      ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.READ);
      NpyHeader h;
      InputStream in = Channels.newInputStream(ch);
      h = NpyHeader.read(in, "'" + file + "'");
      if (h.shape().length == 0) {
        throw new IOException("'" + file + "' holds a 0-d array, which has no rows to append to");
      }
      long expected = h.length() + h.dataBytes();
      if (ch.size() != expected) {
        throw new IOException("'" + file + "' has " + ch.size() + " bytes but its header "
            + NpyHeader.shapeRepr(h.shape()) + " " + h.dtype().descr() + " needs " + expected
            + "; it was changed or not closed");
      }
      if (NpyHeader.encode(h.dtype(), h.shape()).length != h.length()) {
        throw new IOException("'" + file + "' has a " + h.length() + "-byte header without room"
            + " to grow; rewrite it with BrainJ or NumPy 1.24+");
      }
      long[] row = Arrays.copyOfRange(h.shape(), 1, h.shape().length);
      return new NpyAppender(file, ch, h.dtype(), row, h.length(), h.shape()[0]);
    } catch (IOException e) {
      closeQuietly(ch);
      throw new UncheckedIOException("could not open '" + file + "' to append: " + e.getMessage(),
          e);
    }
  }

  /** The file. */
  public Path file() {
    return file;
  }

  public NpyDtype dtype() {
    return dtype;
  }

  /** The shape of one row (the dimensions after the first; empty for a 1-D file). */
  public int[] rowShape() {
    int[] s = new int[rowShape.length];
    for (int k = 0; k < s.length; k++) {
      s[k] = (int) rowShape[k];
    }
    return s;
  }

  /** Complete rows written so far (including those in the file when it was opened). */
  public long rows() {
    return rowElements == 0 ? 0 : elements / rowElements;
  }

  /** Appends {@code values} (a {@code '<f8'} file): one or more whole rows. */
  public NpyAppender append(double[] values) {
    return append(values, 0, values.length);
  }

  /** Appends {@code values[from, to)} (a {@code '<f8'} file). */
  public NpyAppender append(double[] values, int from, int to) {
    require(NpyDtype.FLOAT64);
    try {
      sink.putDoubles(values, from, to);
    } catch (IOException e) {
      throw failed(e);
    }
    elements += to - from;
    return this;
  }

  /** Appends one value (a {@code '<f8'} file). */
  public NpyAppender append(double value) {
    require(NpyDtype.FLOAT64);
    try {
      sink.putDouble(value);
    } catch (IOException e) {
      throw failed(e);
    }
    elements++;
    return this;
  }

  /** Appends {@code values[from, to)} (a {@code '<i4'} file). */
  public NpyAppender append(int[] values, int from, int to) {
    require(NpyDtype.INT32);
    try {
      sink.putInts(values, from, to);
    } catch (IOException e) {
      throw failed(e);
    }
    elements += to - from;
    return this;
  }

  /** Appends {@code values} (a {@code '<i4'} file). */
  public NpyAppender append(int[] values) {
    return append(values, 0, values.length);
  }

  private void require(NpyDtype wanted) {
    if (closed) {
      throw new IllegalStateException("NpyAppender '" + file + "' is closed");
    }
    if (dtype != wanted) {
      throw new IllegalStateException("'" + file + "' holds " + dtype.descr() + ", not "
          + wanted.descr() + " values");
    }
  }

  private UncheckedIOException failed(IOException e) {
    return new UncheckedIOException("could not append to '" + file + "': " + e, e);
  }

  /**
   * Writes what is buffered and rewrites the header with the number of rows; the file is then
   * a complete {@code .npy} file.
   *
   * @throws IllegalStateException if the values written do not fill whole rows
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try (FileChannel ch = channel) {
      sink.drain();
      if (rowElements != 0 && elements % rowElements != 0) {
        throw new IllegalStateException("'" + file + "': " + elements + " values do not fill"
            + " whole rows of " + rowElements);
      }
      byte[] header = NpyHeader.encode(dtype, withRows(rows(), rowShape));
      if (header.length != headerLength) {
        throw new IllegalStateException("'" + file + "': the header for " + rows()
            + " rows does not fit the file's " + headerLength + " bytes");
      }
      writeAt(ch, header);
    } catch (IOException e) {
      throw new UncheckedIOException("could not finish '" + file + "': " + e, e);
    }
  }

  private static long[] withRows(long rows, long[] rowShape) {
    long[] s = new long[rowShape.length + 1];
    s[0] = rows;
    System.arraycopy(rowShape, 0, s, 1, rowShape.length);
    return s;
  }

  private static void writeAt(FileChannel ch, byte[] bytes) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    long at = 0;
    while (b.hasRemaining()) {
      at += ch.write(b, at);
    }
  }

  private static void closeQuietly(FileChannel ch) {
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException ignored) {
        // the open failure is what the caller needs to hear about
      }
    }
  }

  @Override
  public String toString() {
    return "NpyAppender '" + file + "' " + dtype.descr() + " rows of "
        + NpyHeader.shapeRepr(rowShape) + ", " + rows() + " rows";
  }
}
