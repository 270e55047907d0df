package org.brainj.runtime.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * Encodes primitive values little-endian into a fixed buffer that is drained to an output stream
 * or a file channel when full. Writing allocates nothing, so monitors can stream rows from inside
 * the step loop.
 */
abstract class LittleEndianSink {
  static final int BUFFER_BYTES = 1 << 16;

  final ByteBuffer buf;

  LittleEndianSink(ByteBuffer buf) {
    this.buf = buf.order(ByteOrder.LITTLE_ENDIAN);
  }

  /** Writes out the buffer's contents and clears it. */
  abstract void drain() throws IOException;

  private void room(int bytes) throws IOException {
    if (buf.remaining() < bytes) {
      drain();
    }
  }

  final void putDouble(double v) throws IOException {
    room(8);
    buf.putDouble(v);
  }

  final void putFloat(float v) throws IOException {
    room(4);
    buf.putFloat(v);
  }

  final void putInt(int v) throws IOException {
    room(4);
    buf.putInt(v);
  }

  final void putLong(long v) throws IOException {
    room(8);
    buf.putLong(v);
  }

  final void putBoolean(boolean v) throws IOException {
    room(1);
    buf.put(v ? (byte) 1 : (byte) 0);
  }

  final void putBytes(byte[] b) throws IOException {
    for (byte x : b) {
      room(1);
      buf.put(x);
    }
  }

  final void putDoubles(double[] a, int from, int to) throws IOException {
    for (int k = from; k < to; k++) {
      putDouble(a[k]);
    }
  }

  final void putInts(int[] a, int from, int to) throws IOException {
    for (int k = from; k < to; k++) {
      putInt(a[k]);
    }
  }

  /** A sink onto an output stream, which it does not close. */
  static LittleEndianSink of(OutputStream out) {
    return new LittleEndianSink(ByteBuffer.allocate(BUFFER_BYTES)) {
      @Override
      void drain() throws IOException {
        out.write(buf.array(), 0, buf.position());
        buf.clear();
      }
    };
  }

  /** A sink onto a file channel at its current position, with a direct buffer. */
  static LittleEndianSink of(FileChannel channel) {
    return new LittleEndianSink(ByteBuffer.allocateDirect(BUFFER_BYTES)) {
      @Override
      void drain() throws IOException {
        buf.flip();
        while (buf.hasRemaining()) {
          channel.write(buf);
        }
        buf.clear();
      }
    };
  }
}
