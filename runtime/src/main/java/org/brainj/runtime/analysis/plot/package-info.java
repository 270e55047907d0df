/**
 * The analysis figures: {@link org.brainj.runtime.analysis.plot.AnalysisFigure} (XChart, layered
 * series, PNG and SVG, headless) and {@link org.brainj.runtime.analysis.plot.Styles} (colours and
 * markers by fixed point type). Self-contained so that it can move to {@code runtime/plot}.
 */
package org.brainj.runtime.analysis.plot;
