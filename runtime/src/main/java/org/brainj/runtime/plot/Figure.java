package org.brainj.runtime.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A grid of panels drawn into one picture, as BrainPy's {@code get_figure(row_num, col_num,
 * row_len, col_len)} with {@code fig.add_subplot(gs[row, col])}: rows x cols cells of equal size,
 * each holding a {@link Picture} (a plot, a bar chart, another figure) that may span several
 * cells. Saved as one PNG or one SVG document.
 *
 * <pre>{@code
 * Figure fig = Plots.figure(5, 1, 1000, 100);            // 5 rows of 1000 x 100 pixels
 * fig.add(0, 0, 4, 1, Plots.raster(r.spikes(E)));        // gs[:4, 0]
 * fig.add(4, 0, Plots.raster(r.spikes(I)));              // gs[4, 0]
 * fig.save("raster.png");
 * }</pre>
 */
public final class Figure extends Picture {
  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 18);
  private static final int TITLE_HEIGHT = 36;

  private record Cell(int row, int col, int rowSpan, int colSpan, Picture picture) {}

  private final int rows;
  private final int cols;
  private int cellWidth;
  private int cellHeight;
  private String title;
  private final Picture[][] owner;
  private final List<Cell> cells = new ArrayList<>();

  Figure(int rows, int cols, int cellWidth, int cellHeight) {
    this.rows = Checks.positive("rows", rows);
    this.cols = Checks.positive("cols", cols);
    cellSize(cellWidth, cellHeight);
    this.owner = new Picture[rows][cols];
  }

  /** The number of rows of cells. */
  public int rows() {
    return rows;
  }

  /** The number of columns of cells. */
  public int cols() {
    return cols;
  }

  /** The size of one cell in pixels; the figure is cols x rows cells (plus its title). */
  public Figure cellSize(int width, int height) {
    this.cellWidth = Checks.positive("cell width", width);
    this.cellHeight = Checks.positive("cell height", height);
    return this;
  }

  /** A title above all panels, or null for none. */
  public Figure title(String title) {
    this.title = title;
    return this;
  }

  /** Puts a picture into the cell at (row, col), counted from 0 at the top left. */
  public Figure add(int row, int col, Picture picture) {
    return add(row, col, 1, 1, picture);
  }

  /**
   * Puts a picture into a block of cells: rows {@code row .. row + rowSpan - 1} and columns
   * {@code col .. col + colSpan - 1} (BrainPy's {@code gs[row:row + rowSpan, col:col + colSpan]}).
   * The block must lie inside the grid and overlap no other picture.
   */
  public Figure add(int row, int col, int rowSpan, int colSpan, Picture picture) {
    Objects.requireNonNull(picture, "picture");
    if (picture == this) {
      throw new IllegalArgumentException("picture: a figure cannot hold itself");
    }
    Checks.positive("rowSpan", rowSpan);
    Checks.positive("colSpan", colSpan);
    if (row < 0 || row + rowSpan > rows) {
      throw new IllegalArgumentException(
          "row: rows " + row + " .. " + (row + rowSpan - 1) + " are outside the figure's "
              + rows + " rows (0 .. " + (rows - 1) + ")");
    }
    if (col < 0 || col + colSpan > cols) {
      throw new IllegalArgumentException(
          "col: columns " + col + " .. " + (col + colSpan - 1) + " are outside the figure's "
              + cols + " columns (0 .. " + (cols - 1) + ")");
    }
    for (int r = row; r < row + rowSpan; r++) {
      for (int c = col; c < col + colSpan; c++) {
        if (owner[r][c] != null) {
          throw new IllegalArgumentException(
              "cell (" + r + ", " + c + ") already holds " + owner[r][c]);
        }
      }
    }
    for (int r = row; r < row + rowSpan; r++) {
      for (int c = col; c < col + colSpan; c++) {
        owner[r][c] = picture;
      }
    }
    cells.add(new Cell(row, col, rowSpan, colSpan, picture));
    return this;
  }

  /** The picture covering the cell at (row, col), or null if the cell is empty. */
  public Picture get(int row, int col) {
    Objects.checkIndex(row, rows);
    Objects.checkIndex(col, cols);
    return owner[row][col];
  }

  @Override
  public int width() {
    return cols * cellWidth;
  }

  @Override
  public int height() {
    return rows * cellHeight + titleHeight();
  }

  private int titleHeight() {
    return title == null || title.isEmpty() ? 0 : TITLE_HEIGHT;
  }

  /** Draws each picture into its block of cells, scaled to the given size. */
  @Override
  public void paint(Graphics2D g, int width, int height) {
    int top = titleHeight();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    if (top > 0) {
      paintTitle(g, width, top);
    }
    int gridHeight = height - top;
    for (Cell cell : cells) {
      int x0 = cell.col() * width / cols;
      int x1 = (cell.col() + cell.colSpan()) * width / cols;
      int y0 = top + cell.row() * gridHeight / rows;
      int y1 = top + (cell.row() + cell.rowSpan()) * gridHeight / rows;
      Graphics2D cg = (Graphics2D) g.create();
      try {
        cg.translate(x0, y0);
        cg.clipRect(0, 0, x1 - x0, y1 - y0);
        cell.picture().paint(cg, x1 - x0, y1 - y0);
      } finally {
        cg.dispose();
      }
    }
  }

  private void paintTitle(Graphics2D g, int width, int top) {
    Graphics2D tg = (Graphics2D) g.create();
    try {
      tg.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      tg.setFont(TITLE_FONT);
      tg.setColor(Color.BLACK);
      FontMetrics fm = tg.getFontMetrics();
      int x = Math.max(0, (width - fm.stringWidth(title)) / 2);
      int y = (top + fm.getAscent() - fm.getDescent()) / 2;
      tg.drawString(title, x, y);
    } finally {
      tg.dispose();
    }
  }

  @Override
  public String toString() {
    return "Figure " + rows + " x " + cols + (title == null ? "" : " '" + title + "'");
  }
}
