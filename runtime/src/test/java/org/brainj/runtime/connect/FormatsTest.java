package org.brainj.runtime.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private static boolean[][] randomMatrix(int n, int m, double p, long seed) {
    Random r = new Random(seed);
    boolean[][] a = new boolean[n][m];
    for (boolean[] row : a) {
      for (int j = 0; j < m; j++) {
        row[j] = r.nextDouble() < p;
      }
    }
    return a;
  }

  @Test
  void ij2matOfMat2ijIsTheIdentity() {
    for (long seed = 0; seed < 10; seed++) {
      boolean[][] m = randomMatrix(8 + (int) seed, 5 + 2 * (int) seed, 0.25, seed);
      int[][] ij = Formats.mat2ij(m);
      assertArrayEquals(m, Formats.ij2mat(ij[0], ij[1], m.length, m[0].length));
    }
  }

  @Test
  void mat2ijIsRowMajorLikeNpWhere() {
    boolean[][] m = {{false, true, true}, {false, false, false}, {true, false, true}};
    int[][] ij = Formats.mat2ij(m);
    assertArrayEquals(new int[] {0, 0, 2, 2}, ij[0]);
    assertArrayEquals(new int[] {1, 2, 0, 2}, ij[1]);
  }

  @Test
  void mat2ijOfIj2matGivesTheSortedDistinctPairs() {
    int[] i = {3, 0, 3, 1};
    int[] j = {0, 2, 0, 1};
    boolean[][] m = Formats.ij2mat(i, j);
    assertEquals(4, m.length);
    assertEquals(3, m[0].length);
    int[][] ij = Formats.mat2ij(m);
    assertArrayEquals(new int[] {0, 1, 3}, ij[0]);
    assertArrayEquals(new int[] {2, 1, 0}, ij[1]);
  }

  @Test
  void listsKeepSynapseOrderWithinANeuron() {
    int[] i = {2, 0, 2, 1, 0};
    int[] j = {4, 1, 0, 3, 0};
    assertArrayEquals(new int[][] {{1, 0}, {3}, {4, 0}}, Formats.pre2post(i, j, 3));
    assertArrayEquals(new int[][] {{1, 0}, {3}, {4, 0}, {}}, Formats.pre2post(i, j, 4));
    assertArrayEquals(new int[][] {{2, 0}, {0}, {}, {1}, {2}}, Formats.post2pre(i, j, 5));
    assertArrayEquals(new int[][] {{1, 4}, {3}, {0, 2}}, Formats.pre2syn(i, 3));
    assertArrayEquals(new int[][] {{2, 4}, {1}, {}, {3}, {0}}, Formats.post2syn(j, 5));
    assertArrayEquals(Formats.pre2post(i, j, 3), Formats.pre2post(i, j));
    assertArrayEquals(Formats.post2syn(j, 5), Formats.post2syn(j));
  }

  @Test
  void slicesReorderTheIdsConsistently() {
    Random r = new Random(11);
    for (int rep = 0; rep < 20; rep++) {
      int n = r.nextInt(40);
      int[] i = new int[n];
      int[] j = new int[n];
      for (int s = 0; s < n; s++) {
        i[s] = r.nextInt(6);
        j[s] = r.nextInt(7);
      }
      for (boolean byPre : new boolean[] {true, false}) {
        Formats.Sliced sl = byPre ? Formats.preSlice(i, j, 6) : Formats.postSlice(i, j, 7);
        int[] keys = byPre ? sl.preIds() : sl.postIds();
        int[][] slice = sl.slice();
        assertEquals(byPre ? 6 : 7, slice.length);
        int end = 0;
        for (int v = 0; v < slice.length; v++) {
          assertEquals(end, slice[v][0]);
          for (int k = slice[v][0]; k < slice[v][1]; k++) {
            assertEquals(v, keys[k]);
            if (k > slice[v][0]) {
              assertTrue(sl.order()[k] > sl.order()[k - 1], "stable");
            }
          }
          end = slice[v][1];
        }
        assertEquals(n, end);
        for (int k = 0; k < n; k++) {
          assertEquals(i[sl.order()[k]], sl.preIds()[k]);
          assertEquals(j[sl.order()[k]], sl.postIds()[k]);
        }
      }
    }
  }

  @Test
  void slicesAgreeWithTheConnectivity() {
    Connectivity c = Connect.fixedProb(0.3).seed(9).build(15, 11);
    Formats.Sliced pre = Formats.preSlice(c.preIds(), c.postIds(), 15);
    assertArrayEquals(c.preSlice(), pre.slice());
    assertArrayEquals(c.postIds(), pre.postIds());
    Formats.Sliced post = Formats.postSlice(c.preIds(), c.postIds(), 11);
    assertArrayEquals(c.postSlice(), post.slice());
    assertArrayEquals(c.postOrder(), post.order());
    assertArrayEquals(c.postMajor().preIds(), post.preIds());
  }

  @Test
  void badArgumentsNameTheFunctionAndTheArgument() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Formats.pre2post(new int[] {0, 1}, new int[] {0}, 2));
    assertTrue(e.getMessage().startsWith("pre2post:"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Formats.ij2mat(new int[] {0, 5}, new int[] {0, 1}, 5, 2));
    assertTrue(e.getMessage().contains("i[1] = 5") && e.getMessage().contains("numPre"));
    e =
        assertThrows(
            IllegalArgumentException.class, () -> Formats.post2syn(new int[] {0, -1}, 3));
    assertTrue(e.getMessage().contains("j[1] = -1"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Formats.pre2syn(new int[] {0}, -2));
    assertTrue(e.getMessage().contains("numPre"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> Formats.postSlice(new int[] {0}, new int[] {3}, 3));
    e =
        assertThrows(
            IllegalArgumentException.class, () -> Formats.mat2ij(new boolean[][] {{true}, {}}));
    assertTrue(e.getMessage().startsWith("mat2ij:"), e.getMessage());
  }
}
