package org.brainj.runtime.io;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a {@code .npy} file (NumPy format version 1.0): the magic string {@code
 * \x93NUMPY}, version 1.0, the header length as an unsigned little-endian short, then a Python
 * dict literal {@code {'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }} padded with
 * spaces and ended by a newline, so that the data start at a multiple of 64 bytes.
 *
 * <p>The text is written exactly as NumPy 1.24 and later write it, including the spare spaces
 * NumPy reserves for the first dimension to grow to 21 digits: the header of an array and of the
 * same array with more rows have the same length, so a file can grow in place ({@link
 * NpyAppender}) and stays byte-identical to {@code numpy.save} of the final array.
 *
 * @param dtype the element type
 * @param shape the dimensions, C (row-major) order
 * @param length bytes from the start of the file to the first data byte
 */
record NpyHeader(NpyDtype dtype, long[] shape, int length) {
  static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  static final int ALIGN = 64;
  /** NumPy's spare room for the growing axis: {@code len(str(8 * 2**64 - 1))}. */
  static final int GROWTH_AXIS_MAX_DIGITS = 21;

  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

  /** The number of elements: the product of the shape. */
  long count() {
    long n = 1;
    for (long d : shape) {
      n = Math.multiplyExact(n, d);
    }
    return n;
  }

  /** Bytes of data after the header. */
  long dataBytes() {
    return Math.multiplyExact(count(), (long) dtype.itemSize());
  }

  /** Python's {@code repr} of the shape tuple: {@code ()}, {@code (5,)}, {@code (2, 3)}. */
  static String shapeRepr(long[] shape) {
    StringBuilder s = new StringBuilder("(");
    for (int k = 0; k < shape.length; k++) {
      s.append(k == 0 ? "" : ", ").append(shape[k]);
    }
    return s.append(shape.length == 1 ? ",)" : ")").toString();
  }

  /** The complete header bytes for an array of {@code dtype} and {@code shape}. */
  static byte[] encode(NpyDtype dtype, long[] shape) {
    for (long d : shape) {
      if (d < 0) {
        throw new IllegalArgumentException(
            "npy shape " + shapeRepr(shape) + ": dimensions must be >= 0");
      }
    }
    StringBuilder dict = new StringBuilder();
    dict.append("{'descr': '").append(dtype.descr()).append("', 'fortran_order': False, 'shape': ")
        .append(shapeRepr(shape)).append(", }");
    if (shape.length > 0) {
      dict.append(" ".repeat(GROWTH_AXIS_MAX_DIGITS - Long.toString(shape[0]).length()));
    }
    // magic (6) + version (2) + length (2) + text + '\n', padded to a multiple of ALIGN as
    // numpy does: a full ALIGN of spaces when it already is one
    int textLength = dict.length() + 1;
    int pad = ALIGN - ((MAGIC.length + 2 + 2 + textLength) % ALIGN);
    int headerLength = textLength + pad;
    if (headerLength > 0xFFFF) {
      throw new IllegalArgumentException(
          "npy shape " + shapeRepr(shape) + " makes a header of " + headerLength
              + " bytes, more than the 65535 of format version 1.0");
    }
    byte[] out = new byte[MAGIC.length + 4 + headerLength];
    System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
    out[6] = 1;
    out[7] = 0;
    out[8] = (byte) headerLength;
    out[9] = (byte) (headerLength >>> 8);
    byte[] text = dict.toString().getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(text, 0, out, 10, text.length);
    for (int k = 10 + text.length; k < out.length - 1; k++) {
      out[k] = ' ';
    }
    out[out.length - 1] = '\n';
    return out;
  }

  /**
   * Reads a header (format versions 1.0, 2.0 and 3.0) from {@code in}, leaving it at the first
   * data byte.
   *
   * @param source names the file in error messages
   * @throws IOException if the stream does not hold a C-order array of a supported dtype
   */
  static NpyHeader read(InputStream in, String source) throws IOException {
    DataInputStream data = new DataInputStream(in);
    byte[] start = new byte[8];
    try {
      data.readFully(start);
    } catch (EOFException e) {
      throw new NpyFormatException(
          source + " is not a .npy file: it is shorter than the 8-byte magic");
    }
    for (int k = 0; k < MAGIC.length; k++) {
      if (start[k] != MAGIC[k]) {
        throw new NpyFormatException(
            source + " is not a .npy file: it does not start with \\x93NUMPY");
      }
    }
    int major = start[6];
    long textLength;
    int prefix;
    if (major == 1) {
      textLength = (data.readUnsignedByte()) | (data.readUnsignedByte() << 8);
      prefix = 10;
    } else if (major == 2 || major == 3) {
      textLength = Integer.toUnsignedLong(Integer.reverseBytes(data.readInt()));
      prefix = 12;
    } else {
      throw new NpyFormatException(source + ": unsupported .npy format version " + major + "."
          + start[7] + " (supported: 1.0, 2.0, 3.0)");
    }
    if (textLength > 1 << 24) {
      throw new NpyFormatException(source + ": implausible .npy header length " + textLength);
    }
    byte[] raw = new byte[(int) textLength];
    data.readFully(raw);
    String text = new String(raw, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    return parse(text, source, prefix + raw.length);
  }

  private static NpyHeader parse(String text, String source, int length) throws IOException {
    Matcher descr = DESCR.matcher(text);
    Matcher fortran = FORTRAN.matcher(text);
    Matcher shape = SHAPE.matcher(text);
    if (!descr.find() || !fortran.find() || !shape.find()) {
      throw new NpyFormatException(source + ": .npy header without 'descr', 'fortran_order'"
          + " and 'shape': " + text.strip());
    }
    if (fortran.group(1).equals("True")) {
      throw new NpyFormatException(source + ": the array is stored in Fortran order; BrainJ reads C"
          + " order (save it with numpy.save(f, numpy.ascontiguousarray(a)))");
    }
    NpyDtype dtype;
    try {
      dtype = NpyDtype.of(descr.group(1));
    } catch (IllegalArgumentException e) {
      throw new NpyFormatException(source + ": " + e.getMessage());
    }
    List<Long> dims = new ArrayList<>();
    for (String part : shape.group(1).split(",")) {
      String p = part.strip();
      if (p.endsWith("L")) { // Python 2 longs
        p = p.substring(0, p.length() - 1);
      }
      if (!p.isEmpty()) {
        try {
          dims.add(Long.parseLong(p));
        } catch (NumberFormatException e) {
          throw new NpyFormatException(source + ": bad dimension '" + p + "' in .npy shape ("
              + shape.group(1) + ")");
        }
      }
    }
    long[] s = new long[dims.size()];
    for (int k = 0; k < s.length; k++) {
      s[k] = dims.get(k);
    }
    return new NpyHeader(dtype, s, length);
  }
}
