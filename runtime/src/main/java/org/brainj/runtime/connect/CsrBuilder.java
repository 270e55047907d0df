package org.brainj.runtime.connect;

import java.util.stream.IntStream;

/**
 * Builds a {@link Connectivity} row by row without any intermediate beyond the final arrays: a
 * first pass only counts each row's synapses, a second pass regenerates the rows into the exact
 * {@code postIds} (and {@code weights}) arrays. Rows must therefore be a deterministic function of
 * the row index (the connectors draw them from a per-row counter-based random stream), which also
 * makes the result independent of the thread count. Rows are processed in chunks, in parallel when
 * asked.
 */
final class CsrBuilder {
  private CsrBuilder() {}

  /** Rows per chunk of work. */
  static final int CHUNK = 1024;

  /** Receives one row's synapses, post ids strictly ascending. */
  abstract static class Sink {
    abstract void add(int post);

    abstract void add(int post, double weight);
  }

  /** Emits the synapses of one presynaptic row into a sink. */
  interface RowWriter {
    void row(int pre, Sink sink);
  }

  /** Makes a row writer (with its own scratch space) for one chunk of rows, on one thread. */
  interface WriterFactory {
    RowWriter newWriter();
  }

  /** Throws when {@code count} synapses cannot be held in int-indexed arrays. */
  static void checkCount(String who, double count, int preNum, int postNum) {
    if (count > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          who
              + ": about "
              + (long) count
              + " synapses between "
              + preNum
              + " and "
              + postNum
              + " neurons; int-indexed synapse arrays hold at most 2^31 - 9");
    }
  }

  static Connectivity build(
      String who,
      int preNum,
      int postNum,
      boolean weighted,
      boolean parallel,
      WriterFactory factory) {
    int[] indptr = new int[preNum + 1];
    forChunks(
        preNum,
        parallel,
        (lo, hi) -> {
          RowWriter w = factory.newWriter();
          Counter c = new Counter();
          for (int r = lo; r < hi; r++) {
            c.n = 0;
            w.row(r, c);
            indptr[r + 1] = c.n;
          }
        });
    long total = 0;
    for (int r = 0; r < preNum; r++) {
      total += indptr[r + 1];
      if (total > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException(
            who
                + ": more than 2^31 - 9 synapses between "
                + preNum
                + " and "
                + postNum
                + " neurons; int-indexed synapse arrays cannot hold them");
      }
      indptr[r + 1] = (int) total;
    }
    int[] posts = new int[(int) total];
    double[] weights = weighted ? new double[(int) total] : null;
    forChunks(
        preNum,
        parallel,
        (lo, hi) -> {
          RowWriter w = factory.newWriter();
          Writer sink = new Writer(who, postNum, posts, weights);
          for (int r = lo; r < hi; r++) {
            sink.start(indptr[r], indptr[r + 1]);
            w.row(r, sink);
            sink.finish(r);
          }
        });
    return new Connectivity(preNum, postNum, indptr, posts, weights);
  }

  private interface ChunkTask {
    void run(int lo, int hi);
  }

  private static void forChunks(int rows, boolean parallel, ChunkTask task) {
    int chunks = (rows + CHUNK - 1) / CHUNK;
    if (!parallel || chunks <= 1) {
      for (int c = 0; c < chunks; c++) {
        task.run(c * CHUNK, Math.min(rows, (c + 1) * CHUNK));
      }
      return;
    }
    IntStream.range(0, chunks)
        .parallel()
        .forEach(c -> task.run(c * CHUNK, Math.min(rows, (c + 1) * CHUNK)));
  }

  private static final class Counter extends Sink {
    int n;

    @Override
    void add(int post) {
      n++;
    }

    @Override
    void add(int post, double weight) {
      n++;
    }
  }

  private static final class Writer extends Sink {
    private final String who;
    private final int postNum;
    private final int[] posts;
    private final double[] weights;
    private int at;
    private int end;
    private int last;

    Writer(String who, int postNum, int[] posts, double[] weights) {
      this.who = who;
      this.postNum = postNum;
      this.posts = posts;
      this.weights = weights;
    }

    void start(int from, int to) {
      at = from;
      end = to;
      last = -1;
    }

    @Override
    void add(int post) {
      if (at >= end || post <= last || post >= postNum) {
        throw broken(post);
      }
      posts[at++] = post;
      last = post;
    }

    @Override
    void add(int post, double weight) {
      int k = at;
      add(post);
      if (weights != null) {
        weights[k] = weight;
      }
    }

    void finish(int row) {
      if (at != end) {
        throw new IllegalStateException(
            who + ": row " + row + " produced fewer synapses on the second pass (internal error)");
      }
    }

    private IllegalStateException broken(int post) {
      return new IllegalStateException(
          who
              + ": a row produced post id "
              + post
              + " after "
              + last
              + " (must be ascending, below "
              + postNum
              + " and the same on both passes; internal error)");
    }
  }
}
