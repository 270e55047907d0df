package org.brainj.runtime.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a NumPy {@code .npz} archive one array at a time: a zip file with one {@code
 * name.npy} entry per array, which {@code numpy.load} opens as a dict-like {@code NpzFile}
 * ({@code d["name"]}). Entries are stored uncompressed, as {@code numpy.savez} does, or deflated
 * as {@code numpy.savez_compressed} does.
 *
 * <pre>{@code
 * try (NpzWriter npz = NpzWriter.create(Path.of("run.npz"))) {
 *   npz.put("ts", NpyArray.of(ts)).put("E.V", NpyArray.of(v, rows, cols));
 * }
 * }</pre>
 *
 * <p>Entries carry a fixed time stamp (1980-01-01), so the same arrays give the same bytes.
 */
public final class NpzWriter implements Closeable {
  private static final LocalDateTime STAMP = LocalDateTime.of(1980, 1, 1, 0, 0);

  private final Path file;
  private final ZipOutputStream zip;
  private final boolean compressed;
  private final Set<String> names = new HashSet<>();

  private NpzWriter(Path file, ZipOutputStream zip, boolean compressed) {
    this.file = file;
    this.zip = zip;
    this.compressed = compressed;
  }

  /** A new archive with uncompressed entries (as {@code numpy.savez}); replaces {@code file}. */
  public static NpzWriter create(Path file) {
    return create(file, false);
  }

  /**
   * A new archive, deflated when {@code compressed} (as {@code numpy.savez_compressed}); replaces
   * {@code file} and creates its parent directories.
   */
  public static NpzWriter create(Path file, boolean compressed) {
    try {
      OutputStream out = new BufferedOutputStream(Files.newOutputStream(Npy.prepare(file)), 1 << 16);
      return new NpzWriter(file, new ZipOutputStream(out), compressed);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create '" + file + "': " + e, e);
    }
  }

  /** Adds {@code array} as key {@code name} (entry {@code name.npy}). */
  public NpzWriter put(String name, NpyArray array) {
    Objects.requireNonNull(array, "array");
    return put(name, array.source(), compressed);
  }

  /** Adds an entry, deflated or stored whatever the archive's default. */
  NpzWriter put(String name, NpySource source, boolean deflate) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty() || !names.add(name)) {
      throw new IllegalArgumentException("npz archive '" + file + "': "
          + (name.isEmpty() ? "an array needs a non-empty name" : "the name '" + name
              + "' is used twice; names must be unique"));
    }
    byte[] header = NpyHeader.encode(source.dtype(), source.shape());
    try {
      ZipEntry e = new ZipEntry(name + ".npy");
      e.setTimeLocal(STAMP);
      if (deflate) {
        e.setMethod(ZipEntry.DEFLATED);
      } else {
        // a stored entry needs its size and CRC up front: a first pass computes the CRC
        CRC32 crc = new CRC32();
        try (CheckedOutputStream c = new CheckedOutputStream(OutputStream.nullOutputStream(), crc)) {
          write(c, header, source);
        }
        long size = header.length + source.dataBytes();
        e.setMethod(ZipEntry.STORED);
        e.setSize(size);
        e.setCompressedSize(size);
        e.setCrc(crc.getValue());
      }
      zip.putNextEntry(e);
      write(zip, header, source);
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write '" + name + "' to '" + file + "': " + e, e);
    }
    return this;
  }

  private static void write(OutputStream out, byte[] header, NpySource source) throws IOException {
    LittleEndianSink sink = LittleEndianSink.of(out);
    sink.putBytes(header);
    source.writeData(sink);
    sink.drain();
  }

  /** The archive's file. */
  public Path file() {
    return file;
  }

  /** Finishes the archive (writes the zip directory). */
  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not finish '" + file + "': " + e, e);
    }
  }
}
