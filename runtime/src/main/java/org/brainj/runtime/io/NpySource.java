package org.brainj.runtime.io;

import java.io.IOException;

/**
 * An array to be written to a {@code .npy} file or {@code .npz} entry: its dtype, its shape and a
 * way to write its elements in C order. Lets exporters write large data (trace rows, dense spike
 * matrices) straight from where they are, without first copying them into one flat array.
 */
interface NpySource {
  NpyDtype dtype();

  long[] shape();

  /** Writes exactly {@code product(shape)} elements of {@code dtype}, C order. */
  void writeData(LittleEndianSink out) throws IOException;

  /** Bytes of data. */
  default long dataBytes() {
    return new NpyHeader(dtype(), shape(), 0).dataBytes();
  }
}
