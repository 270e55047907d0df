package org.brainj.runtime.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The manual's printed examples: 5.3 (IndexConn) and the tables of 6.2. */
class ManualExamplesTest {

  /** Manual 5.3: IndexConn(i=[0, 1, 2], j=[0, 0, 0]) called with pre_size=5, post_size=3. */
  @Test
  void indexConnOfSection53() {
    Connectivity conn = Connect.fromIds(new int[] {0, 1, 2}, new int[] {0, 0, 0}).build(5, 3);
    assertEquals(5, conn.preNum());
    assertEquals(3, conn.postNum());

    // [21]: conn.requires('conn_mat')
    boolean[][] mat = (boolean[][]) conn.requires("conn_mat")[0];
    assertArrayEquals(
        new boolean[][] {
          {true, false, false},
          {true, false, false},
          {true, false, false},
          {false, false, false},
          {false, false, false}
        },
        mat);

    // [22]: conn.requires('pre2post')
    int[][] pre2post = conn.require("pre2post");
    assertArrayEquals(new int[][] {{0}, {0}, {0}, {}, {}}, pre2post);

    // [23]: conn.requires('pre2syn')
    int[][] pre2syn = conn.require("pre2syn");
    assertArrayEquals(new int[][] {{0}, {1}, {2}, {}, {}}, pre2syn);

    // [24]: conn.requires('pre_slice_syn')
    int[][] preSlice = conn.require("pre_slice_syn");
    assertArrayEquals(new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 3}, {3, 3}}, preSlice);
    assertArrayEquals(preSlice, conn.require("pre_slice"));
  }

  private static final int[] PRE = {0, 0, 0, 1, 1, 1, 1, 2};
  private static final int[] POST = {3, 5, 7, 0, 2, 4, 6, 1};

  /** Manual 6.2.1-6.2.3: the pre_ids/post_ids table and the pre2syn, post2syn, pre2post, post2pre tables. */
  @Test
  void tablesOfSection62() {
    Connectivity c = Connectivity.fromIds(3, 8, PRE, POST);
    Object[] r = c.requires("pre_ids", "post_ids", "pre2syn", "post2syn", "pre2post", "post2pre");
    assertArrayEquals(PRE, (int[]) r[0]);
    assertArrayEquals(POST, (int[]) r[1]);
    assertArrayEquals(new int[][] {{0, 1, 2}, {3, 4, 5, 6}, {7}}, (int[][]) r[2]);
    assertArrayEquals(
        new int[][] {{3}, {7}, {4}, {0}, {5}, {1}, {6}, {2}}, (int[][]) r[3]);
    assertArrayEquals(new int[][] {{3, 5, 7}, {0, 2, 4, 6}, {1}}, (int[][]) r[4]);
    assertArrayEquals(
        new int[][] {{1}, {2}, {1}, {0}, {1}, {0}, {1}, {0}}, (int[][]) r[5]);

    // the same through the formatter functions
    assertArrayEquals((int[][]) r[2], Formats.pre2syn(PRE, 3));
    assertArrayEquals((int[][]) r[3], Formats.post2syn(POST, 8));
    assertArrayEquals((int[][]) r[4], Formats.pre2post(PRE, POST, 3));
    assertArrayEquals((int[][]) r[5], Formats.post2pre(PRE, POST, 8));
  }

  /**
   * Manual 6.2.4 (SynVec4): with post_slice, pre_ids come aligned by post so that
   * {@code pre_ids[post_slice[j][0] .. post_slice[j][1]]} are the pre neurons of post j.
   */
  @Test
  void postSliceOfSection624() {
    Connectivity c = Connectivity.fromIds(3, 8, PRE, POST);
    Object[] r = c.requires("pre_ids", "post_slice");
    int[] preIds = (int[]) r[0];
    int[][] slice = (int[][]) r[1];
    assertArrayEquals(new int[] {1, 2, 1, 0, 1, 0, 1, 0}, preIds);
    for (int j = 0; j < 8; j++) {
      assertArrayEquals(new int[] {j, j + 1}, slice[j]);
    }
    assertArrayEquals(new int[] {3, 7, 4, 0, 5, 1, 6, 2}, c.postOrder());
    // the primary numbering is untouched
    assertArrayEquals(PRE, c.preIds());

    // SynVec5: pre_slice + post_ids
    Object[] r5 = c.requires("pre_slice", "post_ids");
    assertArrayEquals(new int[][] {{0, 3}, {3, 7}, {7, 8}}, (int[][]) r5[0]);
    assertArrayEquals(POST, (int[]) r5[1]);
  }
}
