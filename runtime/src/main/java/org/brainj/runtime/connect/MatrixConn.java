package org.brainj.runtime.connect;

/**
 * A user-given connection matrix {@code connMat[pre][post]} (manual 5.3, "initialize the {@code
 * conn_mat}"); {@link #build} checks that the group sizes match the matrix.
 */
public final class MatrixConn implements Connector {
  private static final String WHO = "MatrixConn";

  private final Connectivity conn;

  MatrixConn(boolean[][] connMat) {
    try {
      this.conn = Connectivity.fromMatrix(connMat);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          WHO + ": " + e.getMessage().replace("Connectivity.fromMatrix: ", ""), e);
    }
  }

  @Override
  public Connectivity build(int[] preShape, int[] postShape) {
    int preNum = Shapes.size(WHO, "preShape", preShape);
    int postNum = Shapes.size(WHO, "postShape", postShape);
    if (preNum != conn.preNum() || postNum != conn.postNum()) {
      throw new IllegalArgumentException(
          WHO
              + ": the matrix is "
              + conn.preNum()
              + " x "
              + conn.postNum()
              + " but the groups have preNum="
              + preNum
              + " and postNum="
              + postNum);
    }
    return conn;
  }

  @Override
  public String toString() {
    return WHO + "(" + conn.preNum() + " x " + conn.postNum() + ")";
  }
}
