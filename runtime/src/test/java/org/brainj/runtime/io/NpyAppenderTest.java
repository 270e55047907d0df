package org.brainj.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyAppenderTest {
  @TempDir Path dir;

  @Test
  void anAppendedFileIsByteIdenticalToWritingTheWholeArray() throws Exception {
    double[] all = new double[3 * 7000]; // larger than the 64 KiB buffer
    for (int k = 0; k < all.length; k++) {
      all[k] = Math.sin(k) * 1e3;
    }
    Path f = dir.resolve("grown.npy");
    try (NpyAppender a = NpyAppender.create(f, NpyDtype.FLOAT64, 3)) {
      for (int r = 0; r < 4000; r++) {
        a.append(all, 3 * r, 3 * r + 3);
      }
      assertEquals(4000, a.rows());
    }
    assertEquals(4000, Npy.read(f).shape()[0]); // complete between sessions
    try (NpyAppender a = NpyAppender.open(f)) {
      assertEquals(4000, a.rows());
      assertArrayEquals(new int[] {3}, a.rowShape());
      a.append(all, 12000, all.length);
    }
    Path whole = Npy.write(dir.resolve("whole.npy"), NpyArray.of(all, 7000, 3));
    assertArrayEquals(Files.readAllBytes(whole), Files.readAllBytes(f));
  }

  @Test
  void oneDimensionalFilesOfScalarsAndInts() {
    Path t = dir.resolve("t.npy");
    Path i = dir.resolve("i.npy");
    try (NpyAppender a = NpyAppender.create(t, NpyDtype.FLOAT64);
        NpyAppender b = NpyAppender.create(i, NpyDtype.INT32)) {
      a.append(0.5).append(1.0);
      b.append(new int[] {4, 5, 6}, 1, 3);
    }
    assertEquals(NpyArray.of(new double[] {0.5, 1.0}), Npy.read(t));
    assertEquals(NpyArray.of(new int[] {5, 6}), Npy.read(i));
    assertEquals(NpyArray.of(new double[0]),
        Npy.read(closeAndGet(NpyAppender.create(dir.resolve("e.npy"), NpyDtype.FLOAT64))));
  }

  private static Path closeAndGet(NpyAppender a) {
    a.close();
    return a.file();
  }

  @Test
  void errorsNameTheFile() throws Exception {
    Path f = dir.resolve("rows.npy");
    NpyAppender a = NpyAppender.create(f, NpyDtype.FLOAT64, 2);
    a.append(new double[] {1, 2, 3});
    IllegalStateException partial = assertThrows(IllegalStateException.class, a::close);
    assertTrue(partial.getMessage().contains("rows.npy") && partial.getMessage().contains(
        "3 values do not fill whole rows of 2"), partial.getMessage());

    NpyAppender ints = NpyAppender.create(dir.resolve("ints.npy"), NpyDtype.INT32);
    IllegalStateException type = assertThrows(IllegalStateException.class, () -> ints.append(1.0));
    assertTrue(type.getMessage().contains("<i4"), type.getMessage());
    ints.close();

    // numpy before 1.24 wrote no spare room: 10 + 101 + 1 = 112 fits in 128 bytes, but the
    // header of more rows needs 10 + 101 + 20 + 1 = 132, 192 with padding
    Path old = dir.resolve("old.npy");
    String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (1" + ", 0".repeat(15) + "), }";
    assertEquals(101, dict.length());
    byte[] file = (" NUMPY" + (char) 1 + (char) 0 + (char) 118 + (char) 0 + dict
        + " ".repeat(128 - 10 - dict.length() - 1) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    file[0] = (byte) 0x93;
    Files.write(old, file);
    assertArrayEquals(new int[] {1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
        Npy.read(old).shape());
    UncheckedIOException room = assertThrows(UncheckedIOException.class, () -> NpyAppender.open(old));
    assertTrue(room.getMessage().contains("without room to grow"), room.getMessage());

    Path cut = dir.resolve("cut.npy");
    Npy.write(cut, NpyArray.of(new double[] {1, 2}));
    Files.write(cut, java.util.Arrays.copyOf(Files.readAllBytes(cut), 128 + 12));
    UncheckedIOException size = assertThrows(UncheckedIOException.class, () -> NpyAppender.open(cut));
    assertTrue(size.getMessage().contains("140 bytes") && size.getMessage().contains("needs 144"),
        size.getMessage());
  }
}
