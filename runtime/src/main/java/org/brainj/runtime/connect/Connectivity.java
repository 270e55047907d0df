package org.brainj.runtime.connect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The synapses between a presynaptic group of {@code preNum} neurons and a postsynaptic group of
 * {@code postNum} neurons, in one compact primary form from which every BrainPy format (manual
 * 6.2-6.3) is derived on request.
 *
 * <h2>Primary form: CSR by presynaptic neuron</h2>
 *
 * <ul>
 *   <li>{@link #preIndptr()} ({@code preNum + 1} entries): the synapses of presynaptic neuron
 *       {@code i} are positions {@code preIndptr[i] .. preIndptr[i+1]-1};
 *   <li>{@link #postIds()} ({@code nSyn} entries): the postsynaptic neuron of each synapse, sorted
 *       ascending within each presynaptic row;
 *   <li>{@link #weights()} (optional, {@code nSyn} entries): a weight per synapse ({@link
 *       GaussianWeight}, {@link DOG}, or given by the user).
 * </ul>
 *
 * <p>The <b>synapse id</b> is the position in this order: synapses are numbered by presynaptic
 * neuron, then by postsynaptic neuron. All synapse-indexed formats ({@code pre_ids}, {@code
 * post_ids}, {@code pre2syn}, {@code post2syn}, {@code pre_slice}, {@code weights}) use these ids,
 * except the post-sorted ones described below. Repeated (pre, post) pairs (multiple synapses) are
 * allowed when given by the user ({@link #fromIds}); the built-in connectors never make them.
 *
 * <h2>Post-sorted order and {@code post_slice}</h2>
 *
 * <p>{@code post_slice[j] = {start, end}} addresses a contiguous run of synapses onto
 * postsynaptic neuron {@code j}, which only exists in an order sorted by postsynaptic neuron. As in
 * BrainPy, where {@code requires('post_slice')} re-sorts {@code pre_ids}/{@code post_ids} by
 * post, {@link #postSlice()} refers to the <em>post-sorted position</em> {@code k}, not to the
 * synapse id: the synapse at post-sorted position {@code k} is {@code postOrder()[k]}. Within one
 * postsynaptic neuron the synapses keep ascending presynaptic order (and ascending synapse id). The
 * same post-major (CSC) arrays are available together as {@link #postMajor()} for propagation code.
 *
 * <p>All derived arrays are computed on first use and cached. <b>Returned arrays are shared, not
 * copied</b> (so that propagation code can use them without copying 10^7-element arrays): do not
 * modify them. Instances are immutable and safe to share between threads.
 */
public final class Connectivity {

  /** The structure names {@link #requires} understands, in BrainPy's spelling. */
  public static final List<String> STRUCTURES =
      List.of(
          "conn_mat",
          "pre_ids",
          "post_ids",
          "pre2post",
          "post2pre",
          "pre2syn",
          "post2syn",
          "pre_slice",
          "post_slice",
          "weights");

  /** Largest dense matrix {@link #connMat()} builds (entries); larger ones are refused. */
  static final long MAX_DENSE = Integer.MAX_VALUE;

  private final int preNum;
  private final int postNum;
  private final int[] preIndptr;
  private final int[] postIds;
  private final double[] weights;

  private volatile int[] preIdsCache;
  private volatile PostMajor postMajorCache;
  private volatile int[] postIdsByPostCache;
  private volatile boolean[][] connMatCache;
  private volatile int[][] pre2postCache;
  private volatile int[][] post2preCache;
  private volatile int[][] pre2synCache;
  private volatile int[][] post2synCache;
  private volatile int[][] preSliceCache;
  private volatile int[][] postSliceCache;

  /**
   * The post-major (CSC) view: the synapses onto postsynaptic neuron {@code j} are post-sorted
   * positions {@code postIndptr[j] .. postIndptr[j+1]-1}; at position {@code k} the presynaptic
   * neuron is {@code preIds[k]} and the synapse id (position in the primary, pre-major order) is
   * {@code synIds[k]}. {@code synIds} is the permutation {@link #postOrder()}. Arrays are shared:
   * do not modify.
   */
  public record PostMajor(int[] postIndptr, int[] preIds, int[] synIds) {}

  /** Trusted constructor: arrays are valid CSR and owned by the new instance. */
  Connectivity(int preNum, int postNum, int[] preIndptr, int[] postIds, double[] weights) {
    this.preNum = preNum;
    this.postNum = postNum;
    this.preIndptr = preIndptr;
    this.postIds = postIds;
    this.weights = weights;
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /** A connectivity without synapses. */
  public static Connectivity empty(int preNum, int postNum) {
    checkSizes("Connectivity.empty", preNum, postNum);
    return new Connectivity(preNum, postNum, new int[preNum + 1], new int[0], null);
  }

  /**
   * From CSR arrays (copied). {@code preIndptr} has {@code preNum + 1} non-decreasing entries from
   * 0 to {@code postIds.length}; each row's post ids are in {@code [0, postNum)} and sorted
   * ascending (repeats allowed).
   */
  public static Connectivity fromCsr(int preNum, int postNum, int[] preIndptr, int[] postIds) {
    return fromCsr(preNum, postNum, preIndptr, postIds, null);
  }

  /** From CSR arrays (copied) with one weight per synapse ({@code weights} may be null). */
  public static Connectivity fromCsr(
      int preNum, int postNum, int[] preIndptr, int[] postIds, double[] weights) {
    String who = "Connectivity.fromCsr";
    checkSizes(who, preNum, postNum);
    if (preIndptr == null || postIds == null) {
      throw new IllegalArgumentException(who + ": preIndptr and postIds must not be null");
    }
    if (preIndptr.length != preNum + 1) {
      throw new IllegalArgumentException(
          who
              + ": preIndptr must have preNum + 1 = "
              + (preNum + 1)
              + " entries, got "
              + preIndptr.length);
    }
    if (preIndptr[0] != 0 || preIndptr[preNum] != postIds.length) {
      throw new IllegalArgumentException(
          who
              + ": preIndptr must start at 0 and end at postIds.length = "
              + postIds.length
              + ", got "
              + preIndptr[0]
              + " .. "
              + preIndptr[preNum]);
    }
    checkWeights(who, weights, postIds.length);
    for (int i = 0; i < preNum; i++) {
      int lo = preIndptr[i];
      int hi = preIndptr[i + 1];
      if (hi < lo) {
        throw new IllegalArgumentException(
            who + ": preIndptr decreases at pre neuron " + i + " (" + lo + " > " + hi + ")");
      }
      for (int s = lo; s < hi; s++) {
        int j = postIds[s];
        if (j < 0 || j >= postNum) {
          throw new IllegalArgumentException(
              who + ": postIds[" + s + "] = " + j + " is outside [0, postNum=" + postNum + ")");
        }
        if (s > lo && j < postIds[s - 1]) {
          throw new IllegalArgumentException(
              who
                  + ": post ids of pre neuron "
                  + i
                  + " are not sorted ascending (postIds["
                  + (s - 1)
                  + "] = "
                  + postIds[s - 1]
                  + " > postIds["
                  + s
                  + "] = "
                  + j
                  + ")");
        }
      }
    }
    return new Connectivity(
        preNum,
        postNum,
        preIndptr.clone(),
        postIds.clone(),
        weights == null ? null : weights.clone());
  }

  /**
   * From aligned {@code pre_ids}/{@code post_ids} (manual 6.2.1), in any order. Synapses are
   * re-numbered into the primary order (by pre, then post; ties keep their input order).
   */
  public static Connectivity fromIds(int preNum, int postNum, int[] preIds, int[] postIds) {
    return fromIds(preNum, postNum, preIds, postIds, null);
  }

  /**
   * From aligned ids with one weight per synapse ({@code weights} may be null); the weights move
   * with their synapses when these are re-numbered into the primary order.
   */
  public static Connectivity fromIds(
      int preNum, int postNum, int[] preIds, int[] postIds, double[] weights) {
    String who = "Connectivity.fromIds";
    checkSizes(who, preNum, postNum);
    Formats.checkIds(who, preIds, postIds, preNum, postNum);
    checkWeights(who, weights, preIds.length);
    return sorted(preNum, postNum, preIds, postIds, weights, preIds.length);
  }

  /** From a connection matrix {@code connMat[pre][post]} (manual 6.1); rows must be equal length. */
  public static Connectivity fromMatrix(boolean[][] connMat) {
    String who = "Connectivity.fromMatrix";
    if (connMat == null) {
      throw new IllegalArgumentException(who + ": connMat must not be null");
    }
    int preNum = connMat.length;
    int postNum = preNum == 0 ? 0 : rowLength(who, connMat, 0);
    long n = 0;
    for (int i = 0; i < preNum; i++) {
      if (rowLength(who, connMat, i) != postNum) {
        throw new IllegalArgumentException(
            who
                + ": connMat is ragged: row 0 has "
                + postNum
                + " columns, row "
                + i
                + " has "
                + connMat[i].length);
      }
      for (boolean b : connMat[i]) {
        if (b) {
          n++;
        }
      }
    }
    int[] indptr = new int[preNum + 1];
    int[] posts = new int[(int) n];
    int s = 0;
    for (int i = 0; i < preNum; i++) {
      boolean[] row = connMat[i];
      for (int j = 0; j < postNum; j++) {
        if (row[j]) {
          posts[s++] = j;
        }
      }
      indptr[i + 1] = s;
    }
    return new Connectivity(preNum, postNum, indptr, posts, null);
  }

  private static int rowLength(String who, boolean[][] m, int i) {
    if (m[i] == null) {
      throw new IllegalArgumentException(who + ": connMat row " + i + " is null");
    }
    return m[i].length;
  }

  static void checkSizes(String who, int preNum, int postNum) {
    if (preNum < 0 || postNum < 0) {
      throw new IllegalArgumentException(
          who + ": preNum and postNum must be >= 0, got " + preNum + " and " + postNum);
    }
  }

  private static void checkWeights(String who, double[] weights, int n) {
    if (weights != null && weights.length != n) {
      throw new IllegalArgumentException(
          who + ": weights must have one entry per synapse (" + n + "), got " + weights.length);
    }
  }

  /**
   * Stable sort of the first {@code n} (pre, post[, weight]) triples into CSR: a counting sort by
   * post, then a stable counting sort by pre. Ids must already be valid.
   */
  static Connectivity sorted(
      int preNum, int postNum, int[] pre, int[] post, double[] w, int n) {
    int[] byPost = new int[n];
    int[] start = new int[postNum + 1];
    for (int s = 0; s < n; s++) {
      start[post[s] + 1]++;
    }
    for (int j = 0; j < postNum; j++) {
      start[j + 1] += start[j];
    }
    for (int s = 0; s < n; s++) {
      byPost[start[post[s]]++] = s;
    }
    int[] indptr = new int[preNum + 1];
    for (int s = 0; s < n; s++) {
      indptr[pre[s] + 1]++;
    }
    for (int i = 0; i < preNum; i++) {
      indptr[i + 1] += indptr[i];
    }
    int[] next = Arrays.copyOf(indptr, preNum);
    int[] posts = new int[n];
    double[] ws = w == null ? null : new double[n];
    for (int k = 0; k < n; k++) {
      int s = byPost[k];
      int at = next[pre[s]]++;
      posts[at] = post[s];
      if (ws != null) {
        ws[at] = w[s];
      }
    }
    return new Connectivity(preNum, postNum, indptr, posts, ws);
  }

  // ---------------------------------------------------------------------------------------------
  // Primary form

  /** Number of presynaptic neurons ({@code num_pre}). */
  public int preNum() {
    return preNum;
  }

  /** Number of postsynaptic neurons ({@code num_post}). */
  public int postNum() {
    return postNum;
  }

  /** Number of synapses. */
  public int synapseCount() {
    return postIds.length;
  }

  /** CSR row pointers ({@code preNum + 1} entries). Shared: do not modify. */
  public int[] preIndptr() {
    return preIndptr;
  }

  /** {@code post_ids}: postsynaptic neuron of each synapse, by synapse id. Shared: do not modify. */
  public int[] postIds() {
    return postIds;
  }

  /** Whether the synapses carry weights. */
  public boolean hasWeights() {
    return weights != null;
  }

  /**
   * The weight of each synapse, by synapse id. Shared: do not modify.
   *
   * @throws IllegalStateException if the connectivity has no weights (see {@link #hasWeights()})
   */
  public double[] weights() {
    if (weights == null) {
      throw new IllegalStateException(
          "this connectivity has no weights: only GaussianWeight, DOG and connectivities made"
              + " with weights (fromIds/fromCsr/IndexConn.weights) carry them");
    }
    return weights;
  }

  /** Out-degree (number of synapses) of presynaptic neuron {@code pre}. */
  public int outDegree(int pre) {
    return preIndptr[pre + 1] - preIndptr[pre];
  }

  /**
   * In-degree (number of synapses) of postsynaptic neuron {@code post}; builds the {@link
   * #postMajor()} view on first use.
   */
  public int inDegree(int post) {
    int[] p = postMajor().postIndptr;
    return p[post + 1] - p[post];
  }

  /** Whether at least one synapse goes from {@code pre} to {@code post} (binary search). */
  public boolean contains(int pre, int post) {
    if (pre < 0 || pre >= preNum) {
      return false;
    }
    return Arrays.binarySearch(postIds, preIndptr[pre], preIndptr[pre + 1], post) >= 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Derived formats (cached)

  /** {@code pre_ids}: presynaptic neuron of each synapse, by synapse id. Shared: do not modify. */
  public int[] preIds() {
    int[] r = preIdsCache;
    if (r == null) {
      r = new int[postIds.length];
      for (int i = 0; i < preNum; i++) {
        Arrays.fill(r, preIndptr[i], preIndptr[i + 1], i);
      }
      preIdsCache = r;
    }
    return r;
  }

  /**
   * {@code conn_mat}: the dense {@code [preNum][postNum]} connection matrix. Shared: do not modify.
   *
   * @throws IllegalStateException if it would have more than 2^31-1 entries (use the sparse
   *     formats instead)
   */
  public boolean[][] connMat() {
    boolean[][] r = connMatCache;
    if (r == null) {
      if ((long) preNum * postNum > MAX_DENSE) {
        throw new IllegalStateException(
            "conn_mat of "
                + preNum
                + " x "
                + postNum
                + " neurons is too large for a dense matrix; use pre2post, pre_slice or the"
                + " CSR/CSC arrays");
      }
      r = new boolean[preNum][postNum];
      for (int i = 0; i < preNum; i++) {
        for (int s = preIndptr[i]; s < preIndptr[i + 1]; s++) {
          r[i][postIds[s]] = true;
        }
      }
      connMatCache = r;
    }
    return r;
  }

  /** {@code pre2post}: {@code pre2post[i]} is the post ids of pre neuron {@code i}, ascending. */
  public int[][] pre2post() {
    int[][] r = pre2postCache;
    if (r == null) {
      r = new int[preNum][];
      for (int i = 0; i < preNum; i++) {
        r[i] = Arrays.copyOfRange(postIds, preIndptr[i], preIndptr[i + 1]);
      }
      pre2postCache = r;
    }
    return r;
  }

  /** {@code post2pre}: {@code post2pre[j]} is the pre ids onto post neuron {@code j}, ascending. */
  public int[][] post2pre() {
    int[][] r = post2preCache;
    if (r == null) {
      PostMajor pm = postMajor();
      r = new int[postNum][];
      for (int j = 0; j < postNum; j++) {
        r[j] = Arrays.copyOfRange(pm.preIds, pm.postIndptr[j], pm.postIndptr[j + 1]);
      }
      post2preCache = r;
    }
    return r;
  }

  /** {@code pre2syn}: {@code pre2syn[i]} is the synapse ids leaving pre neuron {@code i}. */
  public int[][] pre2syn() {
    int[][] r = pre2synCache;
    if (r == null) {
      r = new int[preNum][];
      for (int i = 0; i < preNum; i++) {
        r[i] = range(preIndptr[i], preIndptr[i + 1]);
      }
      pre2synCache = r;
    }
    return r;
  }

  /** {@code post2syn}: {@code post2syn[j]} is the synapse ids onto post neuron {@code j}. */
  public int[][] post2syn() {
    int[][] r = post2synCache;
    if (r == null) {
      PostMajor pm = postMajor();
      r = new int[postNum][];
      for (int j = 0; j < postNum; j++) {
        r[j] = Arrays.copyOfRange(pm.synIds, pm.postIndptr[j], pm.postIndptr[j + 1]);
      }
      post2synCache = r;
    }
    return r;
  }

  /**
   * {@code pre_slice}: {@code preSlice()[i] = {start, end}}, the synapse ids {@code start .. end-1}
   * of pre neuron {@code i} (manual 6.2.4).
   */
  public int[][] preSlice() {
    int[][] r = preSliceCache;
    if (r == null) {
      r = slices(preIndptr, preNum);
      preSliceCache = r;
    }
    return r;
  }

  /**
   * {@code post_slice}: {@code postSlice()[j] = {start, end}}, the <em>post-sorted positions</em>
   * {@code start .. end-1} of the synapses onto post neuron {@code j}; the synapse id at position
   * {@code k} is {@code postOrder()[k]} and its pre neuron {@code postMajor().preIds()[k]}. See the
   * class comment.
   */
  public int[][] postSlice() {
    int[][] r = postSliceCache;
    if (r == null) {
      r = slices(postMajor().postIndptr, postNum);
      postSliceCache = r;
    }
    return r;
  }

  /**
   * The permutation from post-sorted positions to synapse ids: {@code postOrder()[k]} is the
   * synapse id of the {@code k}-th synapse when sorted by (post, pre). Apply it to a per-synapse
   * array {@code a} as {@code a[postOrder()[k]]} to get the array in the order {@link #postSlice()}
   * addresses. Shared: do not modify.
   */
  public int[] postOrder() {
    return postMajor().synIds;
  }

  /** The post-major (CSC) view; see {@link PostMajor}. */
  public PostMajor postMajor() {
    PostMajor r = postMajorCache;
    if (r == null) {
      int n = postIds.length;
      int[] indptr = new int[postNum + 1];
      for (int s = 0; s < n; s++) {
        indptr[postIds[s] + 1]++;
      }
      for (int j = 0; j < postNum; j++) {
        indptr[j + 1] += indptr[j];
      }
      int[] next = Arrays.copyOf(indptr, postNum);
      int[] pres = new int[n];
      int[] syns = new int[n];
      for (int i = 0; i < preNum; i++) {
        for (int s = preIndptr[i]; s < preIndptr[i + 1]; s++) {
          int at = next[postIds[s]]++;
          pres[at] = i;
          syns[at] = s;
        }
      }
      r = new PostMajor(indptr, pres, syns);
      postMajorCache = r;
    }
    return r;
  }

  /**
   * The connectivity in the opposite direction (post becomes pre); weights move with their
   * synapses, which are re-numbered into the transposed primary order.
   */
  public Connectivity transpose() {
    int n = postIds.length;
    int[] indptr = new int[postNum + 1];
    for (int s = 0; s < n; s++) {
      indptr[postIds[s] + 1]++;
    }
    for (int j = 0; j < postNum; j++) {
      indptr[j + 1] += indptr[j];
    }
    int[] next = Arrays.copyOf(indptr, postNum);
    int[] pres = new int[n];
    double[] w = weights == null ? null : new double[n];
    for (int i = 0; i < preNum; i++) {
      for (int s = preIndptr[i]; s < preIndptr[i + 1]; s++) {
        int at = next[postIds[s]]++;
        pres[at] = i;
        if (w != null) {
          w[at] = weights[s];
        }
      }
    }
    return new Connectivity(postNum, preNum, indptr, pres, w);
  }

  // ---------------------------------------------------------------------------------------------
  // requires(...)

  /**
   * The structures named in BrainPy's spelling, in the order asked, like {@code
   * conn.requires('pre_ids', 'post_slice')}: {@code conn_mat} ({@code boolean[][]}), {@code
   * pre_ids}, {@code post_ids} ({@code int[]}), {@code pre2post}, {@code post2pre}, {@code
   * pre2syn}, {@code post2syn} ({@code int[][]}), {@code pre_slice}, {@code post_slice} ({@code
   * int[n][2]}), {@code weights} ({@code double[]}). The older names {@code pre_slice_syn} and
   * {@code post_slice_syn} (manual 5.3) are accepted for {@code pre_slice} and {@code post_slice}.
   *
   * <p>As in BrainPy, asking for {@code post_slice} switches the whole request to the post-sorted
   * order: the synapse-indexed structures returned with it ({@code pre_ids}, {@code post_ids},
   * {@code pre2syn}, {@code post2syn}, {@code weights}) then number the synapses by post-sorted
   * position ({@link #postOrder()}), so that {@code pre_ids[k]} belongs to the synapse in {@code
   * post_slice}'s range containing {@code k}. {@code pre_slice} and {@code post_slice} cannot be
   * asked together (BrainPy refuses too). Without {@code post_slice}, everything uses synapse ids.
   *
   * @throws IllegalArgumentException for an unknown name (the message lists the valid ones), for no
   *     name, or for {@code pre_slice} with {@code post_slice}
   * @throws IllegalStateException for {@code weights} when there are none
   */
  public Object[] requires(String... names) {
    if (names == null || names.length == 0) {
      throw new IllegalArgumentException(
          "requires: name at least one synaptic structure; valid names: " + validNames());
    }
    String[] canon = new String[names.length];
    boolean pre = false;
    boolean post = false;
    for (int k = 0; k < names.length; k++) {
      canon[k] = canonical(names[k]);
      pre |= canon[k].equals("pre_slice");
      post |= canon[k].equals("post_slice");
    }
    if (pre && post) {
      throw new IllegalArgumentException(
          "requires: cannot use \"pre_slice\" and \"post_slice\" together (post_slice numbers the"
              + " synapses by post, pre_slice by pre); use \"pre_slice\" + \"post2syn\" or"
              + " \"post_slice\" + \"pre2syn\"");
    }
    Object[] out = new Object[names.length];
    for (int k = 0; k < names.length; k++) {
      out[k] = post ? postSorted(canon[k]) : structure(canon[k]);
    }
    return out;
  }

  /**
   * One structure by its BrainPy name, cast to the caller's type, e.g. {@code int[][] p2s =
   * conn.require("pre2syn")}. Same names and rules as {@link #requires}.
   */
  @SuppressWarnings("unchecked")
  public <T> T require(String name) {
    return (T) requires(name)[0];
  }

  private static String canonical(String name) {
    if (name != null) {
      String n = name.trim().toLowerCase(Locale.ROOT);
      if (n.equals("pre_slice_syn")) {
        return "pre_slice";
      }
      if (n.equals("post_slice_syn")) {
        return "post_slice";
      }
      if (STRUCTURES.contains(n)) {
        return n;
      }
    }
    throw new IllegalArgumentException(
        "requires: unknown synaptic structure "
            + (name == null ? "null" : "'" + name + "'")
            + "; valid names: "
            + validNames());
  }

  private static String validNames() {
    List<String> all = new ArrayList<>(STRUCTURES);
    all.add("pre_slice_syn (= pre_slice)");
    all.add("post_slice_syn (= post_slice)");
    return String.join(", ", all);
  }

  private Object structure(String name) {
    switch (name) {
      case "conn_mat":
        return connMat();
      case "pre_ids":
        return preIds();
      case "post_ids":
        return postIds();
      case "pre2post":
        return pre2post();
      case "post2pre":
        return post2pre();
      case "pre2syn":
        return pre2syn();
      case "post2syn":
        return post2syn();
      case "pre_slice":
        return preSlice();
      case "post_slice":
        return postSlice();
      case "weights":
        return weights();
      default:
        throw new AssertionError(name);
    }
  }

  /** A structure in the post-sorted numbering used with {@code post_slice}. */
  private Object postSorted(String name) {
    PostMajor pm = postMajor();
    switch (name) {
      case "pre_ids":
        return pm.preIds;
      case "post_ids":
        return postIdsByPost();
      case "pre2syn":
        return Formats.pre2syn(pm.preIds, preNum);
      case "post2syn":
        {
          int[][] r = new int[postNum][];
          for (int j = 0; j < postNum; j++) {
            r[j] = range(pm.postIndptr[j], pm.postIndptr[j + 1]);
          }
          return r;
        }
      case "weights":
        {
          double[] w = weights();
          double[] r = new double[w.length];
          for (int k = 0; k < r.length; k++) {
            r[k] = w[pm.synIds[k]];
          }
          return r;
        }
      default:
        return structure(name);
    }
  }

  private int[] postIdsByPost() {
    int[] r = postIdsByPostCache;
    if (r == null) {
      int[] p = postMajor().postIndptr;
      r = new int[postIds.length];
      for (int j = 0; j < postNum; j++) {
        Arrays.fill(r, p[j], p[j + 1], j);
      }
      postIdsByPostCache = r;
    }
    return r;
  }

  private static int[] range(int lo, int hi) {
    int[] r = new int[hi - lo];
    for (int k = 0; k < r.length; k++) {
      r[k] = lo + k;
    }
    return r;
  }

  private static int[][] slices(int[] indptr, int n) {
    int[][] r = new int[n][];
    for (int i = 0; i < n; i++) {
      r[i] = new int[] {indptr[i], indptr[i + 1]};
    }
    return r;
  }

  // ---------------------------------------------------------------------------------------------

  /** Equal when sizes, synapses (in order) and weights are equal. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Connectivity)) {
      return false;
    }
    Connectivity c = (Connectivity) o;
    return preNum == c.preNum
        && postNum == c.postNum
        && Arrays.equals(preIndptr, c.preIndptr)
        && Arrays.equals(postIds, c.postIds)
        && Arrays.equals(weights, c.weights);
  }

  @Override
  public int hashCode() {
    int h = 31 * preNum + postNum;
    h = 31 * h + Arrays.hashCode(preIndptr);
    h = 31 * h + Arrays.hashCode(postIds);
    return 31 * h + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "Connectivity["
        + preNum
        + " pre x "
        + postNum
        + " post, "
        + postIds.length
        + " synapses"
        + (weights != null ? ", weighted" : "")
        + "]";
  }
}
