package org.brainj.runtime.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConnectivityTest {

  private static Connectivity random(int pre, int post, double p, long seed) {
    return Connect.fixedProb(p).seed(seed).build(pre, post);
  }

  @Test
  void fromIdsSortsByPreThenPostAndCarriesWeights() {
    int[] i = {2, 0, 1, 0, 2, 0};
    int[] j = {1, 3, 0, 1, 0, 3};
    double[] w = {21, 3, 10, 1, 20, 33};
    Connectivity c = Connectivity.fromIds(3, 4, i, j, w);
    assertArrayEquals(new int[] {0, 3, 4, 6}, c.preIndptr());
    assertArrayEquals(new int[] {1, 3, 3, 0, 0, 1}, c.postIds());
    // the repeated (0, 3) pair keeps its input order (3 before 33)
    assertArrayEquals(new double[] {1, 3, 33, 10, 20, 21}, c.weights());
    assertArrayEquals(new int[] {0, 0, 0, 1, 2, 2}, c.preIds());
    assertTrue(c.hasWeights());
  }

  @Test
  void fromCsrValidatesAndCopies() {
    int[] indptr = {0, 2, 2, 3};
    int[] posts = {0, 2, 1};
    Connectivity c = Connectivity.fromCsr(3, 3, indptr, posts);
    posts[0] = 2;
    assertEquals(0, c.postIds()[0]);
    assertThrows(
        IllegalArgumentException.class,
        () -> Connectivity.fromCsr(3, 3, new int[] {0, 2, 2, 3}, new int[] {2, 0, 1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> Connectivity.fromCsr(3, 2, new int[] {0, 2, 2, 3}, new int[] {0, 2, 1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> Connectivity.fromCsr(3, 3, new int[] {0, 2, 3}, new int[] {0, 2, 1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> Connectivity.fromCsr(3, 3, new int[] {0, 2, 1, 3}, new int[] {0, 2, 1}));
    assertThrows(
        IllegalArgumentException.class,
        () -> Connectivity.fromCsr(3, 3, indptr, new int[] {0, 2, 1}, new double[2]));
  }

  @Test
  void fromMatrixRoundTripsThroughConnMat() {
    Random r = new Random(5);
    boolean[][] m = new boolean[7][9];
    for (boolean[] row : m) {
      for (int j = 0; j < row.length; j++) {
        row[j] = r.nextDouble() < 0.3;
      }
    }
    Connectivity c = Connectivity.fromMatrix(m);
    assertArrayEquals(m, c.connMat());
    assertEquals(c, Connect.fromMatrix(m).build(7, 9));
    assertThrows(IllegalArgumentException.class, () -> Connect.fromMatrix(m).build(9, 7));
    assertThrows(
        IllegalArgumentException.class,
        () -> Connectivity.fromMatrix(new boolean[][] {{true}, {true, false}}));
  }

  /** Every derived structure agrees with the primary CSR, for several random connectivities. */
  @Test
  void derivedStructuresAgreeWithTheCsr() {
    for (long seed = 0; seed < 5; seed++) {
      Connectivity c = random(37, 23, 0.2, seed);
      int[] pre = c.preIds();
      int[] post = c.postIds();
      int n = c.synapseCount();
      boolean[][] mat = c.connMat();
      int ones = 0;
      for (int i = 0; i < 37; i++) {
        for (int j = 0; j < 23; j++) {
          if (mat[i][j]) {
            ones++;
            assertTrue(c.contains(i, j));
          } else {
            assertFalse(c.contains(i, j));
          }
        }
      }
      assertEquals(n, ones);
      // pre2syn / post2syn partition the synapses, each synapse in the lists of its own neurons
      int[] seen = new int[n];
      int[][] p2s = c.pre2syn();
      for (int i = 0; i < 37; i++) {
        for (int s : p2s[i]) {
          assertEquals(i, pre[s]);
          seen[s]++;
        }
      }
      int[][] q2s = c.post2syn();
      for (int j = 0; j < 23; j++) {
        for (int k = 0; k < q2s[j].length; k++) {
          int s = q2s[j][k];
          assertEquals(j, post[s]);
          seen[s] += 10;
          if (k > 0) {
            assertTrue(q2s[j][k - 1] < s);
          }
        }
      }
      for (int s = 0; s < n; s++) {
        assertEquals(11, seen[s], "synapse " + s + " once in pre2syn and once in post2syn");
      }
      // pre2post / post2pre
      int[][] p2p = c.pre2post();
      int[][] q2p = c.post2pre();
      for (int i = 0; i < 37; i++) {
        int[] expect = new int[p2s[i].length];
        for (int k = 0; k < expect.length; k++) {
          expect[k] = post[p2s[i][k]];
        }
        assertArrayEquals(expect, p2p[i]);
      }
      for (int j = 0; j < 23; j++) {
        int[] expect = new int[q2s[j].length];
        for (int k = 0; k < expect.length; k++) {
          expect[k] = pre[q2s[j][k]];
        }
        assertArrayEquals(expect, q2p[j]);
      }
      // slices consistent with the ids
      int[][] ps = c.preSlice();
      for (int i = 0; i < 37; i++) {
        for (int s = ps[i][0]; s < ps[i][1]; s++) {
          assertEquals(i, pre[s]);
        }
      }
      assertEquals(n, ps[36][1]);
      int[][] qs = c.postSlice();
      int[] order = c.postOrder();
      int[] byPost = c.postMajor().preIds();
      int[] sortedOrder = order.clone();
      Arrays.sort(sortedOrder);
      for (int s = 0; s < n; s++) {
        assertEquals(s, sortedOrder[s], "postOrder is a permutation");
      }
      for (int j = 0; j < 23; j++) {
        assertEquals(j == 0 ? 0 : qs[j - 1][1], qs[j][0]);
        assertEquals(c.inDegree(j), qs[j][1] - qs[j][0]);
        for (int k = qs[j][0]; k < qs[j][1]; k++) {
          assertEquals(j, post[order[k]]);
          assertEquals(pre[order[k]], byPost[k]);
        }
      }
      assertEquals(n, qs[22][1]);
    }
  }

  @Test
  void requiresWithPostSliceUsesThePostSortedOrderForEverySynapseIndexedStructure() {
    Connectivity c =
        Connectivity.fromIds(
            4, 3, new int[] {0, 0, 1, 2, 3, 3}, new int[] {1, 2, 0, 1, 0, 2}, new double[] {
              1, 2, 3, 4, 5, 6
            });
    Object[] r = c.requires("post_slice", "pre_ids", "post_ids", "pre2syn", "post2syn", "weights");
    int[][] slice = (int[][]) r[0];
    int[] pre = (int[]) r[1];
    int[] post = (int[]) r[2];
    int[][] pre2syn = (int[][]) r[3];
    int[][] post2syn = (int[][]) r[4];
    double[] w = (double[]) r[5];
    assertArrayEquals(new int[][] {{0, 2}, {2, 4}, {4, 6}}, slice);
    assertArrayEquals(new int[] {1, 3, 0, 2, 0, 3}, pre);
    assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2}, post);
    assertArrayEquals(new int[][] {{2, 4}, {0}, {3}, {1, 5}}, pre2syn);
    assertArrayEquals(new int[][] {{0, 1}, {2, 3}, {4, 5}}, post2syn);
    assertArrayEquals(new double[] {3, 5, 1, 4, 2, 6}, w);
    // the same structures without post_slice use synapse ids
    Object[] q = c.requires("pre_ids", "weights");
    assertArrayEquals(new int[] {0, 0, 1, 2, 3, 3}, (int[]) q[0]);
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, (double[]) q[1]);
  }

  @Test
  void requiresRejectsUnknownNamesListingTheValidOnes() {
    Connectivity c = random(5, 5, 0.5, 1);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> c.requires("pre_ids", "pre2pos"));
    assertTrue(e.getMessage().contains("'pre2pos'"), e.getMessage());
    for (String name : Connectivity.STRUCTURES) {
      assertTrue(e.getMessage().contains(name), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> c.requires());
    IllegalArgumentException both =
        assertThrows(IllegalArgumentException.class, () -> c.requires("pre_slice", "post_slice"));
    assertTrue(both.getMessage().contains("pre_slice"));
    IllegalStateException noWeights =
        assertThrows(IllegalStateException.class, () -> c.requires("weights"));
    assertTrue(noWeights.getMessage().contains("no weights"));
    assertFalse(c.hasWeights());
  }

  @Test
  void requiresReturnsTheCachedStructuresInTheOrderAsked() {
    Connectivity c = random(10, 12, 0.3, 2);
    Object[] r = c.requires("post2pre", "conn_mat", "pre_ids", "post_ids", "PRE2POST");
    assertSame(c.post2pre(), r[0]);
    assertSame(c.connMat(), r[1]);
    assertSame(c.preIds(), r[2]);
    assertSame(c.postIds(), r[3]);
    assertSame(c.pre2post(), r[4]);
  }

  @Test
  void transposeSwapsTheDirectionAndMovesWeights() {
    Connectivity c = Connect.gaussianWeight(0.3, 1.0).build(new int[] {4, 5}, new int[] {3, 3});
    Connectivity t = c.transpose();
    assertEquals(c.postNum(), t.preNum());
    assertEquals(c.synapseCount(), t.synapseCount());
    TestGraphs.assertWellFormed(t);
    int[] pre = c.preIds();
    int[] post = c.postIds();
    for (int s = 0; s < c.synapseCount(); s++) {
      int j = post[s];
      int k = Arrays.binarySearch(t.postIds(), t.preIndptr()[j], t.preIndptr()[j + 1], pre[s]);
      assertTrue(k >= 0);
      assertEquals(c.weights()[s], t.weights()[k]);
    }
    assertEquals(c, t.transpose());
  }

  @Test
  void connMatRefusesHugeGroups() {
    Connectivity c = Connectivity.empty(100_000, 100_000);
    assertThrows(IllegalStateException.class, c::connMat);
    assertEquals(0, c.pre2post()[99_999].length);
  }

  @Test
  void equalityIsStructural() {
    assertEquals(random(20, 20, 0.2, 3), random(20, 20, 0.2, 3));
    assertEquals(random(20, 20, 0.2, 3).hashCode(), random(20, 20, 0.2, 3).hashCode());
    assertNotEquals(random(20, 20, 0.2, 3), random(20, 20, 0.2, 4));
    assertNotEquals(Connectivity.empty(2, 3), Connectivity.empty(3, 2));
  }
}
