package org.brainj.runtime.io;

/**
 * The NumPy data types BrainJ reads and writes, all little-endian: {@code '<f8'} (Java
 * {@code double}), {@code '<f4'} ({@code float}), {@code '<i4'} ({@code int}), {@code '<i8'}
 * ({@code long}) and {@code '|b1'} ({@code boolean}, one byte 0 or 1).
 */
public enum NpyDtype {
  FLOAT64("<f8", 8),
  FLOAT32("<f4", 4),
  INT32("<i4", 4),
  INT64("<i8", 8),
  BOOL("|b1", 1);

  private final String descr;
  private final int itemSize;

  NpyDtype(String descr, int itemSize) {
    this.descr = descr;
    this.itemSize = itemSize;
  }

  /** The {@code descr} string of the {@code .npy} header, e.g. {@code "<f8"}. */
  public String descr() {
    return descr;
  }

  /** Bytes per element. */
  public int itemSize() {
    return itemSize;
  }

  /**
   * The dtype with header string {@code descr}.
   *
   * @throws IllegalArgumentException naming the descr and the supported ones
   */
  public static NpyDtype of(String descr) {
    for (NpyDtype d : values()) {
      if (d.descr.equals(descr)) {
        return d;
      }
    }
    StringBuilder known = new StringBuilder();
    for (NpyDtype d : values()) {
      known.append(known.length() == 0 ? "" : ", ").append('\'').append(d.descr).append('\'');
    }
    throw new IllegalArgumentException(
        "unsupported NumPy dtype '" + descr + "'; BrainJ reads and writes " + known);
  }
}
