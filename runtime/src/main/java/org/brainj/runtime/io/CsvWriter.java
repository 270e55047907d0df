package org.brainj.runtime.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes comma-separated values (RFC 4180, UTF-8, {@code \n} line ends) that {@code
 * pandas.read_csv}, {@code numpy.loadtxt(delimiter=",", skiprows=1)} and R's {@code read.csv}
 * read back exactly.
 *
 * <p>Numbers: a {@code double} is written as {@link Double#toString(double)} ({@code -65.0},
 * {@code 0.1}, {@code 1.0E-5}), which parses back to the same double; {@code NaN}, {@code Inf}
 * and {@code -Inf} for the special values. Integers as plain digits. Text cells are quoted when
 * they contain a comma, a quote or a line break.
 *
 * <pre>{@code
 * try (CsvWriter csv = CsvWriter.create(Path.of("x.csv"))) {
 *   csv.header("t", "x");
 *   csv.cell(0.0).cell(1.5).endRow();
 * }
 * }</pre>
 */
public final class CsvWriter implements Closeable {
  private final Path file;
  private final Writer out;
  private boolean rowStarted;

  private CsvWriter(Path file, Writer out) {
    this.file = file;
    this.out = out;
  }

  /** A new CSV file (replaced if it exists; parent directories are created). */
  public static CsvWriter create(Path file) {
    try {
      return new CsvWriter(file, Files.newBufferedWriter(Npy.prepare(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("could not create '" + file + "': " + e, e);
    }
  }

  /** Writes a row of text cells, e.g. the header. */
  public CsvWriter header(String... names) {
    for (String n : names) {
      cell(n);
    }
    return endRow();
  }

  /** Adds a text cell to the current row. */
  public CsvWriter cell(String text) {
    return raw(quote(text));
  }

  /** Adds a number to the current row. */
  public CsvWriter cell(double value) {
    return raw(format(value));
  }

  /** Adds an integer to the current row. */
  public CsvWriter cell(long value) {
    return raw(Long.toString(value));
  }

  /** Ends the current row. */
  public CsvWriter endRow() {
    try {
      out.write('\n');
    } catch (IOException e) {
      throw failed(e);
    }
    rowStarted = false;
    return this;
  }

  private CsvWriter raw(String text) {
    try {
      if (rowStarted) {
        out.write(',');
      }
      out.write(text);
    } catch (IOException e) {
      throw failed(e);
    }
    rowStarted = true;
    return this;
  }

  /** How a double is written: {@link Double#toString(double)}, or NaN, Inf, -Inf. */
  public static String format(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "Inf" : "-Inf";
    }
    return Double.toString(v);
  }

  /** The text as a CSV cell: quoted, with quotes doubled, if it holds a comma, quote or line break. */
  static String quote(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private UncheckedIOException failed(IOException e) {
    return new UncheckedIOException("could not write '" + file + "': " + e, e);
  }

  /** The file. */
  public Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw failed(e);
    }
  }
}
