package org.brainj.runtime.analysis.plot;

import java.awt.Color;
import org.brainj.runtime.analysis.stability.StabilityType;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Colours and markers of the analysis figures. Fixed point types keep BrainPy's colours where it
 * has them (its {@code plot_scheme}: stable node red, unstable node orange, stable focus purple,
 * unstable focus cyan, saddle node blue, ...), and the marker tells stability at a glance: filled
 * circle stable, triangle unstable, square saddle, diamond neither (centres, zero eigenvalues).
 */
public final class Styles {
  private Styles() {}

  public static final Color BLUE = new Color(0x1f77b4);
  public static final Color ORANGE = new Color(0xff7f0e);
  public static final Color GREEN = new Color(0x2ca02c);
  public static final Color RED = new Color(0xd62728);
  public static final Color PURPLE = new Color(0x9467bd);
  public static final Color BROWN = new Color(0x8c564b);
  public static final Color PINK = new Color(0xe377c2);
  public static final Color GRAY = new Color(0x7f7f7f);
  public static final Color OLIVE = new Color(0xbcbd22);
  public static final Color CYAN = new Color(0x17becf);

  /** The vector field's streamlines and arrows. */
  public static final Color FIELD = new Color(0xa8b4c4);

  /** Nullclines, one colour per variable. */
  public static final Color[] NULLCLINES = {new Color(0x1f4e99), new Color(0xc05a00),
      new Color(0x5a8f29)};

  /** Trajectories, cycling. */
  public static final Color[] TRAJECTORIES = {new Color(0x333333), BROWN, PINK, GREEN, PURPLE,
      GRAY};

  /** Limit cycles. */
  public static final Color LIMIT_CYCLE = new Color(0x2ca02c);

  /** The colour of a fixed point type. */
  public static Color color(StabilityType type) {
    return switch (type) {
      case STABLE_POINT_1D, STABLE_NODE_2D -> RED;
      case UNSTABLE_POINT_1D, UNSTABLE_NODE_2D, UNSTABLE_NODE_3D -> ORANGE;
      case STABLE_FOCUS_2D, STABLE_FOCUS_3D -> PURPLE;
      case UNSTABLE_FOCUS_2D, UNSTABLE_FOCUS_3D -> CYAN;
      case SADDLE_NODE -> BLUE;
      case CENTER_2D -> new Color(0x32cd32);
      case CENTER_MANIFOLD -> new Color(0xff4500);
      case UNSTABLE_LINE_2D -> new Color(0x1e90ff);
      case STABLE_STAR_2D -> OLIVE;
      case UNSTABLE_STAR_2D -> GREEN;
      case STABLE_DEGENERATE_2D -> new Color(0x8a2be2);
      case UNSTABLE_DEGENERATE_2D -> new Color(0x3cb371);
      case STABLE_NODE_3D -> new Color(0xb22222);
      case UNSTABLE_SADDLE_3D -> BROWN;
      case UNSTABLE_CENTER_3D -> PINK;
      case STABLE_POINT_3D -> GRAY;
      case UNSTABLE_POINT_3D -> new Color(0x4b0082);
      case UNKNOWN_3D -> Color.BLACK;
    };
  }

  /** The marker of a fixed point type. */
  public static Marker marker(StabilityType type) {
    if (type.isStable()) {
      return SeriesMarkers.CIRCLE;
    }
    return switch (type) {
      case SADDLE_NODE, UNSTABLE_SADDLE_3D -> SeriesMarkers.SQUARE;
      case CENTER_2D, CENTER_MANIFOLD, UNSTABLE_CENTER_3D, UNKNOWN_3D -> SeriesMarkers.DIAMOND;
      default -> SeriesMarkers.TRIANGLE_UP;
    };
  }
}
