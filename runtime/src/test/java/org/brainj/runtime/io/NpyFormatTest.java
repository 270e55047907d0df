package org.brainj.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytes of {@code .npy} files against the format specification (NEP 1, format version 1.0)
 * and what NumPy 1.24+ writes: magic {@code \x93NUMPY}, version 1 0, a little-endian header
 * length, the dict literal with 21-digit room for the first axis, space padding to a multiple of
 * 64 bytes, a newline, then the data little-endian in C order. Expected bytes are written out by
 * hand below.
 */
class NpyFormatTest {
  @TempDir Path dir;

  private static byte[] bytes(NpyArray a) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Npy.write(out, a);
    return out.toByteArray();
  }

  /** {@code prefix} + {@code text} + {@code spaces} spaces + newline, as ASCII bytes. */
  private static byte[] header(int headerLength, String text, int spaces) {
    byte[] prefix = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) headerLength,
        (byte) (headerLength >> 8)};
    byte[] body = (text + " ".repeat(spaces) + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    System.arraycopy(body, 0, out, prefix.length, body.length);
    return out;
  }

  private static byte[] concat(byte[] a, int... tail) {
    byte[] out = new byte[a.length + tail.length];
    System.arraycopy(a, 0, out, 0, a.length);
    for (int k = 0; k < tail.length; k++) {
      out[a.length + k] = (byte) tail[k];
    }
    return out;
  }

  @Test
  void a2x3DoubleArrayByteForByte() throws IOException {
    NpyArray a = NpyArray.of(new double[] {1.0, 2.0, -0.5, 0.0, -0.0, 0.25}, 2, 3);
    // the dict is 59 characters; 20 spaces of room for the first axis ("2" has 1 of 21 digits);
    // 10 + 59 + 20 + 1 = 90 bytes, padded with 38 more spaces to 128; header length 118 = 0x76
    String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }";
    assertEquals(59, dict.length());
    byte[] expected = concat(header(0x76, dict, 20 + 38),
        0, 0, 0, 0, 0, 0, 0xF0, 0x3F,      // 1.0 = 0x3FF0000000000000
        0, 0, 0, 0, 0, 0, 0x00, 0x40,      // 2.0 = 0x4000000000000000
        0, 0, 0, 0, 0, 0, 0xE0, 0xBF,      // -0.5 = 0xBFE0000000000000
        0, 0, 0, 0, 0, 0, 0x00, 0x00,      // 0.0
        0, 0, 0, 0, 0, 0, 0x00, 0x80,      // -0.0: the sign bit
        0, 0, 0, 0, 0, 0, 0xD0, 0x3F);     // 0.25 = 0x3FD0000000000000
    assertEquals(128 + 48, expected.length);
    assertArrayEquals(expected, bytes(a));
  }

  @Test
  void oneDimensionalIntsAndTheTrailingCommaOfAOneTuple() throws IOException {
    NpyArray a = NpyArray.of(new int[] {1, -2, 70000});
    String dict = "{'descr': '<i4', 'fortran_order': False, 'shape': (3,), }";
    // 10 + 57 + 20 + 1 = 88; 40 spaces to 128
    assertEquals(57, dict.length());
    byte[] expected = concat(header(118, dict, 20 + 40),
        1, 0, 0, 0,
        0xFE, 0xFF, 0xFF, 0xFF,           // -2, two's complement
        0x70, 0x11, 0x01, 0x00);          // 70000 = 0x00011170
    assertArrayEquals(expected, bytes(a));
  }

  @Test
  void everyDtypeHasItsDescrAndItemSize() throws IOException {
    assertArrayEquals(concat(header(118, "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), }",
        20 + 40), 0x00, 0x00, 0xC0, 0x3F), bytes(NpyArray.of(new float[] {1.5f})));    // 0x3FC00000
    assertArrayEquals(concat(header(118, "{'descr': '<i8', 'fortran_order': False, 'shape': (1,), }",
        20 + 40), 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F),
        bytes(NpyArray.of(new long[] {Long.MAX_VALUE})));
    assertArrayEquals(concat(header(118, "{'descr': '|b1', 'fortran_order': False, 'shape': (3,), }",
        20 + 40), 1, 0, 1), bytes(NpyArray.of(new boolean[] {true, false, true})));
  }

  @Test
  void zeroDimensionalAndEmptyArrays() throws IOException {
    // a 0-d array has no first axis, so no room is reserved: 10 + 55 + 1 = 66 -> 62 spaces to 128
    assertArrayEquals(concat(header(118, "{'descr': '<f8', 'fortran_order': False, 'shape': (), }",
        62), 0, 0, 0, 0, 0, 0, 0xF8, 0x7F),  // NaN = 0x7FF8000000000000
        bytes(NpyArray.scalar(Double.NaN)));
    assertArrayEquals(header(118, "{'descr': '<i4', 'fortran_order': False, 'shape': (0,), }",
        20 + 40), bytes(NpyArray.of(new int[0])));
    assertArrayEquals(header(118, "{'descr': '|b1', 'fortran_order': False, 'shape': (2, 0, 3), }",
        20 + 35), bytes(NpyArray.of(new boolean[0], 2, 0, 3)));
  }

  @Test
  void aHeaderAlreadyAlignedGetsAFullBlockOfPadding() throws IOException {
    // numpy pads with ALIGN - (length % ALIGN) spaces: 64 when the length is already a multiple
    String dict =
        "{'descr': '<i4', 'fortran_order': False, 'shape': (0, 1, 1, 100, 100, 100, 100, 100, 100, 100), }";
    assertEquals(97, dict.length());
    // "0" has 1 of 21 digits: 20 spaces; 10 + 97 + 20 + 1 = 128 is aligned: 64 more spaces, 192
    // bytes in all, header length 182 (numpy 1.24 writes exactly these bytes)
    assertArrayEquals(header(182, dict, 20 + 64),
        bytes(NpyArray.of(new int[0], 0, 1, 1, 100, 100, 100, 100, 100, 100, 100)));
  }

  @Test
  void theDataStartAtAMultipleOf64ForEveryShape() throws IOException {
    for (int ndim = 0; ndim < 30; ndim++) {
      int[] shape = new int[ndim];
      java.util.Arrays.fill(shape, 1);
      NpyArray a = ndim == 0 ? NpyArray.scalar(1.0) : NpyArray.of(new double[] {1}, shape);
      byte[] b = bytes(a);
      assertEquals(0, (b.length - 8) % 64, "ndim " + ndim);
      assertEquals('\n', b[b.length - 9]);
      int headerLength = (b[8] & 0xFF) | (b[9] & 0xFF) << 8;
      assertEquals(b.length - 8, 10 + headerLength);
    }
  }

  @Test
  void theHeaderLengthDoesNotDependOnTheFirstAxisSoFilesCanGrowInPlace() {
    int len = NpyHeader.encode(NpyDtype.FLOAT64, new long[] {0, 7}).length;
    for (long rows : new long[] {1, 9, 10, 12345, Integer.MAX_VALUE, Long.MAX_VALUE}) {
      assertEquals(len, NpyHeader.encode(NpyDtype.FLOAT64, new long[] {rows, 7}).length);
    }
  }

  @Test
  void readerAcceptsVersion2HeadersAndPython2Longs() throws IOException {
    String dict = "{'descr': '<i8', 'fortran_order': False, 'shape': (2L,), }";
    int textLength = 128 - 12;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 2, 0, (byte) textLength, 0, 0, 0});
    out.write((dict + " ".repeat(textLength - dict.length() - 1) + "\n")
        .getBytes(StandardCharsets.US_ASCII));
    out.write(new byte[] {5, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFB, -1, -1, -1, -1, -1, -1, -1});
    NpyArray a = Npy.read(new ByteArrayInputStream(out.toByteArray()));
    assertArrayEquals(new long[] {5, -5}, a.longs());
    assertArrayEquals(new int[] {2}, a.shape());
  }

  @Test
  void readerErrorsNameTheFileAndTheProblem() throws IOException {
    Path notNpy = Files.writeString(dir.resolve("x.npy"), "hello, this is text");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> Npy.read(notNpy));
    assertTrue(e.getMessage().contains("x.npy") && e.getMessage().contains("\\x93NUMPY"),
        e.getMessage());

    Path fortran = dir.resolve("f.npy");
    byte[] good = bytes(NpyArray.of(new double[] {1, 2, 3, 4}, 2, 2));
    String text = new String(good, StandardCharsets.ISO_8859_1).replace("False", "True ");
    Files.write(fortran, text.getBytes(StandardCharsets.ISO_8859_1));
    e = assertThrows(UncheckedIOException.class, () -> Npy.read(fortran));
    assertTrue(e.getMessage().contains("Fortran order"), e.getMessage());

    Path unsigned = dir.resolve("u.npy");
    Files.write(unsigned, new String(good, StandardCharsets.ISO_8859_1).replace("<f8", "<u2")
        .getBytes(StandardCharsets.ISO_8859_1));
    e = assertThrows(UncheckedIOException.class, () -> Npy.read(unsigned));
    assertTrue(e.getMessage().contains("'<u2'") && e.getMessage().contains("'<f8'"),
        e.getMessage());

    Path truncated = dir.resolve("t.npy");
    Files.write(truncated, java.util.Arrays.copyOf(good, good.length - 3));
    e = assertThrows(UncheckedIOException.class, () -> Npy.read(truncated));
    assertTrue(e.getMessage().contains("4 elements"), e.getMessage());
  }

  @Test
  void shapeAndDataMustAgree() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NpyArray.of(new double[5], 2, 3));
    assertTrue(e.getMessage().contains("[2, 3]") && e.getMessage().contains("6 elements")
        && e.getMessage().contains("has 5"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> NpyArray.of(new double[][] {{1, 2}, {3}}, 2));
    assertTrue(e.getMessage().contains("row 1 has 1 values"), e.getMessage());
  }
}
