package org.brainj.runtime.connect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegularConnectorsTest {

  @Test
  void one2One() {
    Connectivity c = Connect.one2One().build(4, 4);
    assertArrayEquals(new int[] {0, 1, 2, 3}, c.preIds());
    assertArrayEquals(new int[] {0, 1, 2, 3}, c.postIds());
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, c.preIndptr());
    assertEquals(c, Connect.one2One().build(new int[] {2, 2}, new int[] {4}));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Connect.one2One().build(5, 3));
    assertTrue(e.getMessage().startsWith("One2One:"), e.getMessage());
  }

  @Test
  void all2AllWithAndWithoutSelf() {
    Connectivity c = Connect.all2All().build(3, 2);
    assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2}, c.preIds());
    assertArrayEquals(new int[] {0, 1, 0, 1, 0, 1}, c.postIds());
    Connectivity n = Connect.all2All().includeSelf(false).build(3, 2);
    assertArrayEquals(new int[] {0, 1, 2, 2}, n.preIds());
    assertArrayEquals(new int[] {1, 0, 0, 1}, n.postIds());
    Connectivity sq = Connect.all2All().includeSelf(false).build(3);
    assertArrayEquals(
        new boolean[][] {{false, true, true}, {true, false, true}, {true, true, false}},
        sq.connMat());
    assertEquals(50 * 40, Connect.all2All().build(50, 40).synapseCount());
  }

  /** The 4-neighbour lists of a 3 x 4 grid, written out by hand (row-major numbering). */
  @Test
  void gridFourOnA3x4Grid() {
    // 0  1  2  3
    // 4  5  6  7
    // 8  9 10 11
    int[][] expect = {
      {1, 4}, {0, 2, 5}, {1, 3, 6}, {2, 7},
      {0, 5, 8}, {1, 4, 6, 9}, {2, 5, 7, 10}, {3, 6, 11},
      {4, 9}, {5, 8, 10}, {6, 9, 11}, {7, 10}
    };
    Connectivity c = Connect.gridFour().build(new int[] {3, 4});
    assertArrayEquals(expect, c.pre2post());
    Connectivity s = Connect.gridFour().includeSelf(true).build(new int[] {3, 4});
    for (int i = 0; i < 12; i++) {
      List<Integer> row = new ArrayList<>();
      for (int j : expect[i]) {
        row.add(j);
      }
      row.add(i);
      row.sort(null);
      assertArrayEquals(row.stream().mapToInt(Integer::intValue).toArray(), s.pre2post()[i]);
    }
    // 1-D: a column, neighbours i - 1 and i + 1
    assertArrayEquals(
        new int[][] {{1}, {0, 2}, {1, 3}, {2}}, Connect.gridFour().build(4).pre2post());
    assertTrue(TestGraphs.hasSelfLoop(s));
    TestGraphs.assertSymmetric(c);
  }

  @Test
  void gridEightOnA3x3Grid() {
    // 0 1 2
    // 3 4 5
    // 6 7 8
    int[][] expect = {
      {1, 3, 4}, {0, 2, 3, 4, 5}, {1, 4, 5},
      {0, 1, 4, 6, 7}, {0, 1, 2, 3, 5, 6, 7, 8}, {1, 2, 4, 7, 8},
      {3, 4, 7}, {3, 4, 5, 6, 8}, {4, 5, 7}
    };
    assertArrayEquals(expect, Connect.gridEight().build(new int[] {3, 3}).pre2post());
    assertEquals(
        Connect.gridN(1).build(new int[] {3, 3}), Connect.gridEight().build(new int[] {3, 3}));
    assertEquals(
        Connect.gridN().includeSelf(true).build(new int[] {5, 6}),
        Connect.gridEight().includeSelf(true).build(new int[] {5, 6}));
    assertEquals(4 * 4 + 4 * 6 + 9, Connect.gridEight().includeSelf(true).build(new int[] {3, 3}).synapseCount());
  }

  /** GridN against its definition (a clipped (2N+1)^2 square), with degree counts by position. */
  @Test
  void gridNMatchesTheClippedSquare() {
    int h = 7;
    int w = 9;
    for (int n = 1; n <= 3; n++) {
      for (boolean self : new boolean[] {false, true}) {
        Connectivity c = Connect.gridN(n).includeSelf(self).build(new int[] {h, w});
        TestGraphs.assertWellFormed(c);
        for (int i = 0; i < h * w; i++) {
          int r = i / w;
          int col = i % w;
          List<Integer> expect = new ArrayList<>();
          for (int j = 0; j < h * w; j++) {
            int dr = Math.abs(j / w - r);
            int dc = Math.abs(j % w - col);
            if (dr <= n && dc <= n && (self || j != i)) {
              expect.add(j);
            }
          }
          assertArrayEquals(
              expect.stream().mapToInt(Integer::intValue).toArray(), c.pre2post()[i]);
        }
        // interior, edge and corner degrees
        int side = 2 * n + 1;
        int centre = (h / 2) * w + w / 2;
        assertEquals(side * side - (self ? 0 : 1), c.outDegree(centre));
        assertEquals((n + 1) * (n + 1) - (self ? 0 : 1), c.outDegree(0));
        assertEquals((n + 1) * side - (self ? 0 : 1), c.outDegree(w / 2));
      }
    }
  }

  @Test
  void gridsNeedEqualOneOrTwoDimensionalShapes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Connect.gridFour().build(new int[] {3, 3}, new int[] {3, 4}));
    assertTrue(e.getMessage().startsWith("GridFour:"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Connect.gridEight().build(new int[] {2, 2, 2}));
    assertTrue(e.getMessage().startsWith("GridEight:"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> Connect.gridN(0));
    assertTrue(e.getMessage().contains("GridN") && e.getMessage().contains("N"), e.getMessage());
  }

  @Test
  void userConnectorFromIdsChecksSizes() {
    IndexConn conn = Connect.fromIds(new int[] {0, 4}, new int[] {1, 1}).weights(0.5, 0.25);
    Connectivity c = conn.build(5, 2);
    assertArrayEquals(new double[] {0.5, 0.25}, c.weights());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> conn.build(4, 2));
    assertTrue(e.getMessage().startsWith("IndexConn:") && e.getMessage().contains("numPre"));
    assertThrows(
        IllegalArgumentException.class, () -> Connect.fromIds(new int[] {0}, new int[] {0, 1}));
    // a lambda is a connector too
    Connector lambda = (pre, post) -> Connectivity.fromIds(pre[0], post[0], new int[] {1}, new int[] {0});
    assertArrayEquals(new int[] {0, 0, 1}, lambda.build(2, 1).preIndptr());
  }
}
