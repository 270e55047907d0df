package org.brainj.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arrays of every dtype and shape written and read back unchanged, alone and in archives. */
class NpyRoundTripTest {
  @TempDir Path dir;

  static final int[][] SHAPES = {{5}, {2, 3}, {0}, {0, 4}, {3, 0}, {2, 3, 4}};

  /** An array of {@code dtype} and {@code shape} with awkward values (extremes, signs, NaN). */
  static NpyArray sample(NpyDtype dtype, int[] shape) {
    int n = 1;
    for (int d : shape) {
      n *= d;
    }
    double[] special = {0.0, -0.0, 1.5, -1e-300, Double.MAX_VALUE, Double.MIN_VALUE,
        Double.NEGATIVE_INFINITY, Double.longBitsToDouble(0x7FF8000000000123L), 0.1, -7};
    return switch (dtype) {
      case FLOAT64 -> {
        double[] a = new double[n];
        for (int k = 0; k < n; k++) {
          a[k] = special[k % special.length] * (k / special.length + 1);
        }
        yield NpyArray.of(a, shape);
      }
      case FLOAT32 -> {
        float[] a = new float[n];
        for (int k = 0; k < n; k++) {
          a[k] = (float) special[k % special.length] + k;
        }
        yield NpyArray.of(a, shape);
      }
      case INT32 -> {
        int[] a = new int[n];
        for (int k = 0; k < n; k++) {
          a[k] = k % 3 == 0 ? Integer.MIN_VALUE + k : k % 3 == 1 ? Integer.MAX_VALUE - k : -k;
        }
        yield NpyArray.of(a, shape);
      }
      case INT64 -> {
        long[] a = new long[n];
        for (int k = 0; k < n; k++) {
          a[k] = k % 2 == 0 ? Long.MIN_VALUE + k : (1L << 40) * k;
        }
        yield NpyArray.of(a, shape);
      }
      case BOOL -> {
        boolean[] a = new boolean[n];
        for (int k = 0; k < n; k++) {
          a[k] = k % 3 == 1;
        }
        yield NpyArray.of(a, shape);
      }
    };
  }

  @Test
  void everyDtypeAndShapeRoundTripsThroughAFile() {
    for (NpyDtype dtype : NpyDtype.values()) {
      for (int[] shape : SHAPES) {
        NpyArray a = sample(dtype, shape);
        Path f = Npy.write(dir.resolve(dtype + "-" + shape.length + "-" + a.size() + ".npy"), a);
        NpyArray back = Npy.read(f);
        assertEquals(a, back, dtype + " " + a);
        assertEquals(dtype, back.dtype());
        assertArrayEquals(shape, back.shape());
      }
    }
  }

  @Test
  void floatingPointValuesComeBackBitForBit() {
    NpyArray a = sample(NpyDtype.FLOAT64, new int[] {10});
    double[] back = Npy.read(Npy.write(dir.resolve("bits.npy"), a)).doubles();
    for (int k = 0; k < 10; k++) {
      assertEquals(Double.doubleToRawLongBits(a.doubles()[k]), Double.doubleToRawLongBits(back[k]),
          "element " + k);
    }
    assertEquals(0x7FF8000000000123L, Double.doubleToRawLongBits(back[7])); // NaN payload kept
  }

  @Test
  void scalarsAreZeroDimensional() {
    NpyArray s = Npy.read(Npy.write(dir.resolve("s.npy"), NpyArray.scalar(0.1)));
    assertEquals(0, s.ndim());
    assertEquals(1, s.size());
    assertEquals(0.1, s.doubles()[0]);
    NpyArray l = Npy.read(Npy.write(dir.resolve("l.npy"), NpyArray.scalar(-3L)));
    assertArrayEquals(new long[] {-3}, l.longs());
    assertArrayEquals(new int[] {1}, NpyArray.of(new double[] {2}).shape()); // 1-D, not 0-d
  }

  @Test
  void rowsAndConversions() {
    NpyArray m = NpyArray.of(new double[][] {{1, 2, 3}, {4, 5, 6}}, 3);
    assertArrayEquals(new int[] {2, 3}, m.shape());
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, m.doubles());
    NpyArray i = NpyArray.of(new int[] {1, 2, 3, 4}, 2, 2);
    assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, i.toRows());
    assertArrayEquals(new double[] {1, 0}, NpyArray.of(new boolean[] {true, false}).toDoubles());
    IllegalStateException e = assertThrows(IllegalStateException.class, i::doubles);
    assertTrue(e.getMessage().contains("<i4") && e.getMessage().contains("toDoubles"));
    assertArrayEquals(new int[] {0, 5}, NpyArray.of(new double[0][], 5).shape());
  }

  @Test
  void archivesHoldNamedArraysInOrder() throws Exception {
    Map<String, NpyArray> arrays = new LinkedHashMap<>();
    for (NpyDtype dtype : NpyDtype.values()) {
      for (int[] shape : SHAPES) {
        arrays.put(dtype.descr() + java.util.Arrays.toString(shape), sample(dtype, shape));
      }
    }
    arrays.put("E.V#2_t", NpyArray.scalar(1.0));
    Path f = Npz.write(dir.resolve("all.npz"), arrays);
    Map<String, NpyArray> back = Npz.read(f);
    assertEquals(new ArrayList<>(arrays.keySet()), new ArrayList<>(back.keySet()));
    assertEquals(arrays, back);
    // numpy.savez's layout: stored entries named key + ".npy"
    try (ZipFile zip = new ZipFile(f.toFile())) {
      List<String> names = new ArrayList<>();
      zip.stream().forEach(e -> {
        names.add(e.getName());
        assertEquals(ZipEntry.STORED, e.getMethod(), e.getName());
      });
      assertEquals("<f8[5].npy", names.get(0));
      assertEquals("E.V#2_t.npy", names.get(names.size() - 1));
    }
  }

  @Test
  void compressedArchivesAndTheSameBytesForTheSameArrays() throws Exception {
    Path a = dir.resolve("a.npz");
    Path b = dir.resolve("b.npz");
    for (Path f : List.of(a, b)) {
      try (NpzWriter w = NpzWriter.create(f, true)) {
        w.put("x", sample(NpyDtype.FLOAT64, new int[] {2, 3})).put("y", NpyArray.of(new int[0]));
      }
    }
    assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    assertEquals(sample(NpyDtype.FLOAT64, new int[] {2, 3}), Npz.read(a).get("x"));
    try (ZipFile zip = new ZipFile(a.toFile())) {
      assertEquals(ZipEntry.DEFLATED, zip.getEntry("x.npy").getMethod());
    }
  }

  @Test
  void archiveNamesMustBeUnique() {
    try (NpzWriter w = NpzWriter.create(dir.resolve("d.npz"))) {
      w.put("x", NpyArray.scalar(1.0));
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> w.put("x", NpyArray.scalar(2.0)));
      assertTrue(e.getMessage().contains("'x' is used twice"), e.getMessage());
    }
  }
}
