package org.brainj.runtime.io;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * An n-dimensional array as NumPy stores it: a dtype, a shape and the elements in C (row-major)
 * order in one flat Java array ({@code double[]}, {@code float[]}, {@code int[]}, {@code long[]}
 * or {@code boolean[]} for {@code '<f8'}, {@code '<f4'}, {@code '<i4'}, {@code '<i8'}, {@code
 * '|b1'}).
 *
 * <pre>{@code
 * NpyArray m = NpyArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);   // shape (2, 3)
 * NpyArray v = NpyArray.of(new int[] {7, 8, 9});                      // shape (3,)
 * NpyArray s = NpyArray.scalar(0.1);                                  // shape ()
 * Npy.write(Path.of("m.npy"), m);
 * double[][] rows = Npy.read(Path.of("m.npy")).toRows();
 * }</pre>
 *
 * <p>Arrays are used as given, not copied, and the accessors return them: arrays can be large.
 */
public final class NpyArray {
  private final NpyDtype dtype;
  private final int[] shape;
  private final Object data;
  private final int size;

  private NpyArray(NpyDtype dtype, Object data, int length, int[] shape) {
    this.dtype = dtype;
    this.data = data;
    this.shape = shape.clone();
    long n = 1;
    for (int d : this.shape) {
      if (d < 0) {
        throw new IllegalArgumentException(
            "NpyArray: negative dimension in shape " + Arrays.toString(shape));
      }
      n *= d;
    }
    if (n != length) {
      throw new IllegalArgumentException(
          "NpyArray: shape " + Arrays.toString(this.shape) + " holds " + n + " elements but the "
              + dtype.descr() + " data has " + length);
    }
    this.size = length;
  }

  /**
   * A {@code '<f8'} array of {@code shape} over {@code data}; without a shape, 1-D of {@code
   * data.length}. 0-d arrays are made by {@link #scalar(double)}.
   */
  public static NpyArray of(double[] data, int... shape) {
    return new NpyArray(NpyDtype.FLOAT64, data, Objects.requireNonNull(data, "data").length,
        orVector(shape, data.length));
  }

  /** A {@code '<f4'} array; see {@link #of(double[], int...)}. */
  public static NpyArray of(float[] data, int... shape) {
    return new NpyArray(NpyDtype.FLOAT32, data, Objects.requireNonNull(data, "data").length,
        orVector(shape, data.length));
  }

  /** A {@code '<i4'} array; see {@link #of(double[], int...)}. */
  public static NpyArray of(int[] data, int... shape) {
    return new NpyArray(NpyDtype.INT32, data, Objects.requireNonNull(data, "data").length,
        orVector(shape, data.length));
  }

  /** A {@code '<i8'} array; see {@link #of(double[], int...)}. */
  public static NpyArray of(long[] data, int... shape) {
    return new NpyArray(NpyDtype.INT64, data, Objects.requireNonNull(data, "data").length,
        orVector(shape, data.length));
  }

  /** A {@code '|b1'} array; see {@link #of(double[], int...)}. */
  public static NpyArray of(boolean[] data, int... shape) {
    return new NpyArray(NpyDtype.BOOL, data, Objects.requireNonNull(data, "data").length,
        orVector(shape, data.length));
  }

  /**
   * A 2-D {@code '<f8'} array {@code (rows.length, columns)} with the rows copied into one flat
   * array; every row must have {@code columns} values. {@code columns} is needed for 0 rows.
   */
  public static NpyArray of(double[][] rows, int columns) {
    Objects.requireNonNull(rows, "rows");
    double[] flat = new double[Math.multiplyExact(rows.length, columns)];
    for (int r = 0; r < rows.length; r++) {
      if (rows[r].length != columns) {
        throw new IllegalArgumentException("NpyArray.of(rows, " + columns + "): row " + r
            + " has " + rows[r].length + " values, not " + columns);
      }
      System.arraycopy(rows[r], 0, flat, r * columns, columns);
    }
    return of(flat, rows.length, columns);
  }

  /** A 0-d {@code '<f8'} array (NumPy's {@code np.array(v)}, shape {@code ()}). */
  public static NpyArray scalar(double v) {
    return new NpyArray(NpyDtype.FLOAT64, new double[] {v}, 1, new int[0]);
  }

  /** A 0-d {@code '<i8'} array. */
  public static NpyArray scalar(long v) {
    return new NpyArray(NpyDtype.INT64, new long[] {v}, 1, new int[0]);
  }

  private static int[] orVector(int[] shape, int length) {
    return shape.length == 0 ? new int[] {length} : shape;
  }

  /** Wraps data read from a file; {@code data}'s length is the product of {@code shape}. */
  static NpyArray read(NpyDtype dtype, Object data, int length, int[] shape) {
    return new NpyArray(dtype, data, length, shape);
  }

  public NpyDtype dtype() {
    return dtype;
  }

  /** The dimensions (a copy); {@code {}} for a 0-d array. */
  public int[] shape() {
    return shape.clone();
  }

  long[] shape64() {
    long[] s = new long[shape.length];
    for (int k = 0; k < s.length; k++) {
      s[k] = shape[k];
    }
    return s;
  }

  /** The number of dimensions. */
  public int ndim() {
    return shape.length;
  }

  /** The number of elements. */
  public int size() {
    return size;
  }

  /** The elements of a {@code '<f8'} array (the array itself). */
  public double[] doubles() {
    return (double[]) expect(NpyDtype.FLOAT64);
  }

  /** The elements of a {@code '<f4'} array (the array itself). */
  public float[] floats() {
    return (float[]) expect(NpyDtype.FLOAT32);
  }

  /** The elements of a {@code '<i4'} array (the array itself). */
  public int[] ints() {
    return (int[]) expect(NpyDtype.INT32);
  }

  /** The elements of a {@code '<i8'} array (the array itself). */
  public long[] longs() {
    return (long[]) expect(NpyDtype.INT64);
  }

  /** The elements of a {@code '|b1'} array (the array itself). */
  public boolean[] booleans() {
    return (boolean[]) expect(NpyDtype.BOOL);
  }

  /** The elements of any dtype converted to double (a new array; booleans as 0 and 1). */
  public double[] toDoubles() {
    double[] out = new double[size];
    for (int k = 0; k < size; k++) {
      out[k] = get(k);
    }
    return out;
  }

  /** Element {@code k} of the flat C-order data, as a double. */
  public double get(int k) {
    return switch (dtype) {
      case FLOAT64 -> ((double[]) data)[k];
      case FLOAT32 -> ((float[]) data)[k];
      case INT32 -> ((int[]) data)[k];
      case INT64 -> ((long[]) data)[k];
      case BOOL -> ((boolean[]) data)[k] ? 1 : 0;
    };
  }

  /** A 2-D array as rows of doubles, {@code toRows()[r][c]} (new arrays). */
  public double[][] toRows() {
    if (shape.length != 2) {
      throw new IllegalStateException(
          "toRows() needs a 2-D array; this one has shape " + NpyHeader.shapeRepr(shape64()));
    }
    double[][] rows = new double[shape[0]][shape[1]];
    for (int r = 0; r < shape[0]; r++) {
      for (int c = 0; c < shape[1]; c++) {
        rows[r][c] = get(r * shape[1] + c);
      }
    }
    return rows;
  }

  private Object expect(NpyDtype wanted) {
    if (dtype != wanted) {
      throw new IllegalStateException("the array is " + dtype.descr() + " (" + dtype
          + "), not " + wanted.descr() + "; use toDoubles() to convert");
    }
    return data;
  }

  /** This array as something the writers take. */
  NpySource source() {
    return new NpySource() {
      @Override
      public NpyDtype dtype() {
        return dtype;
      }

      @Override
      public long[] shape() {
        return shape64();
      }

      @Override
      public void writeData(LittleEndianSink out) throws IOException {
        NpyArray.this.writeData(out);
      }
    };
  }

  private void writeData(LittleEndianSink out) throws IOException {
    switch (dtype) {
      case FLOAT64 -> out.putDoubles((double[]) data, 0, size);
      case FLOAT32 -> {
        for (float v : (float[]) data) {
          out.putFloat(v);
        }
      }
      case INT32 -> out.putInts((int[]) data, 0, size);
      case INT64 -> {
        for (long v : (long[]) data) {
          out.putLong(v);
        }
      }
      case BOOL -> {
        for (boolean v : (boolean[]) data) {
          out.putBoolean(v);
        }
      }
    }
  }

  /** Equal dtype, shape and elements (bit patterns for floating point). */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NpyArray a) || a.dtype != dtype || !Arrays.equals(a.shape, shape)) {
      return false;
    }
    return switch (dtype) {
      case FLOAT64 -> Arrays.equals((double[]) data, (double[]) a.data);
      case FLOAT32 -> Arrays.equals((float[]) data, (float[]) a.data);
      case INT32 -> Arrays.equals((int[]) data, (int[]) a.data);
      case INT64 -> Arrays.equals((long[]) data, (long[]) a.data);
      case BOOL -> Arrays.equals((boolean[]) data, (boolean[]) a.data);
    };
  }

  @Override
  public int hashCode() {
    return Objects.hash(dtype, Arrays.hashCode(shape), size);
  }

  @Override
  public String toString() {
    return "NpyArray " + dtype.descr() + " " + NpyHeader.shapeRepr(shape64());
  }
}
