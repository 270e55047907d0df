package org.brainj.runtime.connect;

/**
 * BrainPy's formatter functions (manual 16.1) on plain arrays: conversions between the connection
 * matrix, the aligned {@code i}/{@code j} (pre/post) id vectors and the per-neuron lists and
 * slices. {@code i[s]} and {@code j[s]} are the pre and post neuron of synapse {@code s}.
 *
 * <p>Every function checks its input: {@code i} and {@code j} of different lengths, negative ids,
 * ids not below the given neuron count, and ragged matrices are {@link IllegalArgumentException}s
 * naming the function and the argument. The overloads without a neuron count use {@code max(id) +
 * 1} (BrainPy's {@code pre2post}/{@code pre_slice} used {@code max(i)}, which drops the last
 * neuron; that is not reproduced).
 */
public final class Formats {
  private Formats() {}

  /**
   * The result of {@link #preSlice} and {@link #postSlice}: the ids re-ordered so that each
   * neuron's synapses are contiguous, the {@code [n][2]} {@code {start, end}} slices into them, and
   * {@code order[k]}, the input position of the synapse now at position {@code k} (to re-order
   * other per-synapse arrays the same way).
   */
  public record Sliced(int[] preIds, int[] postIds, int[][] slice, int[] order) {}

  /** {@code ij2mat(i, j, num_pre, num_post)}: the {@code [numPre][numPost]} connection matrix. */
  public static boolean[][] ij2mat(int[] i, int[] j, int numPre, int numPost) {
    checkIds("ij2mat", i, j, numPre, numPost);
    boolean[][] m = new boolean[numPre][numPost];
    for (int s = 0; s < i.length; s++) {
      m[i[s]][j[s]] = true;
    }
    return m;
  }

  /** {@code ij2mat(i, j)} with {@code numPre = max(i) + 1}, {@code numPost = max(j) + 1}. */
  public static boolean[][] ij2mat(int[] i, int[] j) {
    checkPair("ij2mat", i, j);
    return ij2mat(i, j, maxPlusOne(i), maxPlusOne(j));
  }

  /**
   * {@code mat2ij(conn_mat)}: {@code {pre_ids, post_ids}} of the true entries, row by row (as
   * {@code np.where}).
   */
  public static int[][] mat2ij(boolean[][] connMat) {
    Connectivity c;
    try {
      c = Connectivity.fromMatrix(connMat);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          e.getMessage().replace("Connectivity.fromMatrix:", "mat2ij:"), e);
    }
    return new int[][] {c.preIds().clone(), c.postIds().clone()};
  }

  /** {@code pre2post(i, j, num_pre)}: the post ids of each pre neuron, in synapse order. */
  public static int[][] pre2post(int[] i, int[] j, int numPre) {
    checkIds("pre2post", i, j, numPre, ANY);
    return group(i, j, numPre);
  }

  /** {@code pre2post(i, j)} with {@code numPre = max(i) + 1}. */
  public static int[][] pre2post(int[] i, int[] j) {
    checkPair("pre2post", i, j);
    return pre2post(i, j, maxPlusOne(i));
  }

  /** {@code post2pre(i, j, num_post)}: the pre ids onto each post neuron, in synapse order. */
  public static int[][] post2pre(int[] i, int[] j, int numPost) {
    checkIds("post2pre", i, j, ANY, numPost);
    return group(j, i, numPost);
  }

  /** {@code post2pre(i, j)} with {@code numPost = max(j) + 1}. */
  public static int[][] post2pre(int[] i, int[] j) {
    checkPair("post2pre", i, j);
    return post2pre(i, j, maxPlusOne(j));
  }

  /** {@code pre2syn(i, num_pre)}: the synapse ids (positions in {@code i}) of each pre neuron. */
  public static int[][] pre2syn(int[] i, int numPre) {
    checkOne("pre2syn", "i", "numPre", i, numPre);
    return group(i, null, numPre);
  }

  /** {@code pre2syn(i)} with {@code numPre = max(i) + 1}. */
  public static int[][] pre2syn(int[] i) {
    checkOne("pre2syn", "i", "numPre", i, ANY);
    return pre2syn(i, maxPlusOne(i));
  }

  /** {@code post2syn(j, num_post)}: the synapse ids (positions in {@code j}) of each post neuron. */
  public static int[][] post2syn(int[] j, int numPost) {
    checkOne("post2syn", "j", "numPost", j, numPost);
    return group(j, null, numPost);
  }

  /** {@code post2syn(j)} with {@code numPost = max(j) + 1}. */
  public static int[][] post2syn(int[] j) {
    checkOne("post2syn", "j", "numPost", j, ANY);
    return post2syn(j, maxPlusOne(j));
  }

  /**
   * {@code pre_slice(i, j, num_pre)}: the synapses re-ordered by pre neuron (stable: a neuron's
   * synapses keep their input order) and {@code slice[i] = {start, end}} into that order.
   */
  public static Sliced preSlice(int[] i, int[] j, int numPre) {
    checkIds("pre_slice", i, j, numPre, ANY);
    int[] order = stableOrder(i, numPre);
    int[][] slice = slicesOf(i, numPre);
    return new Sliced(permute(i, order), permute(j, order), slice, order);
  }

  /** {@code pre_slice(i, j)} with {@code numPre = max(i) + 1}. */
  public static Sliced preSlice(int[] i, int[] j) {
    checkPair("pre_slice", i, j);
    return preSlice(i, j, maxPlusOne(i));
  }

  /**
   * {@code post_slice(i, j, num_post)}: the synapses re-ordered by post neuron (stable) and {@code
   * slice[j] = {start, end}} into that order.
   */
  public static Sliced postSlice(int[] i, int[] j, int numPost) {
    checkIds("post_slice", i, j, ANY, numPost);
    int[] order = stableOrder(j, numPost);
    int[][] slice = slicesOf(j, numPost);
    return new Sliced(permute(i, order), permute(j, order), slice, order);
  }

  /** {@code post_slice(i, j)} with {@code numPost = max(j) + 1}. */
  public static Sliced postSlice(int[] i, int[] j) {
    checkPair("post_slice", i, j);
    return postSlice(i, j, maxPlusOne(j));
  }

  // ---------------------------------------------------------------------------------------------

  /** For each key value, the values (or, if {@code values} is null, positions) in input order. */
  private static int[][] group(int[] keys, int[] values, int n) {
    int[] count = new int[n];
    for (int k : keys) {
      count[k]++;
    }
    int[][] r = new int[n][];
    for (int v = 0; v < n; v++) {
      r[v] = new int[count[v]];
      count[v] = 0;
    }
    for (int s = 0; s < keys.length; s++) {
      int k = keys[s];
      r[k][count[k]++] = values == null ? s : values[s];
    }
    return r;
  }

  private static int[] stableOrder(int[] keys, int n) {
    int[] start = new int[n + 1];
    for (int k : keys) {
      start[k + 1]++;
    }
    for (int v = 0; v < n; v++) {
      start[v + 1] += start[v];
    }
    int[] order = new int[keys.length];
    for (int s = 0; s < keys.length; s++) {
      order[start[keys[s]]++] = s;
    }
    return order;
  }

  private static int[][] slicesOf(int[] keys, int n) {
    int[] count = new int[n];
    for (int k : keys) {
      count[k]++;
    }
    int[][] slice = new int[n][];
    int start = 0;
    for (int v = 0; v < n; v++) {
      slice[v] = new int[] {start, start + count[v]};
      start += count[v];
    }
    return slice;
  }

  private static int[] permute(int[] a, int[] order) {
    int[] r = new int[order.length];
    for (int k = 0; k < r.length; k++) {
      r[k] = a[order[k]];
    }
    return r;
  }

  private static int maxPlusOne(int[] a) {
    int m = -1;
    for (int v : a) {
      m = Math.max(m, v);
    }
    return m + 1;
  }

  private static void checkPair(String who, int[] i, int[] j) {
    if (i == null || j == null) {
      throw new IllegalArgumentException(who + ": i and j must not be null");
    }
    if (i.length != j.length) {
      throw new IllegalArgumentException(
          who + ": i and j must have the same length, got " + i.length + " and " + j.length);
    }
  }

  /** "No neuron count to check against" for {@link #checkIds}. */
  static final int ANY = Integer.MIN_VALUE;

  /** Checks aligned ids against the neuron counts ({@link #ANY}: that side is not bounded). */
  static void checkIds(String who, int[] i, int[] j, int numPre, int numPost) {
    checkPair(who, i, j);
    checkRange(who, "i", "numPre", i, numPre);
    checkRange(who, "j", "numPost", j, numPost);
  }

  private static void checkOne(String who, String arg, String numName, int[] ids, int num) {
    if (ids == null) {
      throw new IllegalArgumentException(who + ": " + arg + " must not be null");
    }
    checkRange(who, arg, numName, ids, num);
  }

  private static void checkRange(String who, String arg, String numName, int[] ids, int num) {
    if (num != ANY && num < 0) {
      throw new IllegalArgumentException(who + ": " + numName + " must be >= 0, got " + num);
    }
    for (int s = 0; s < ids.length; s++) {
      int v = ids[s];
      if (v < 0) {
        throw new IllegalArgumentException(
            who + ": " + arg + "[" + s + "] = " + v + " is negative");
      }
      if (num != ANY && v >= num) {
        throw new IllegalArgumentException(
            who
                + ": "
                + arg
                + "["
                + s
                + "] = "
                + v
                + " is outside [0, "
                + numName
                + "="
                + num
                + ")");
      }
    }
  }
}
