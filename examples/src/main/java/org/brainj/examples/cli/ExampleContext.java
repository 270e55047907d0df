package org.brainj.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.brainj.runtime.backend.Backend;
import org.brainj.runtime.group.Precision;

/**
 * Where an example writes (its output directory), how long it runs ({@link #scale(double)}
 * shortens durations for quick checks) and what it reports (printed and kept for
 * {@code summary.txt}).
 */
public final class ExampleContext {
  private final Path outDir;
  private final double durationScale;
  private final boolean progress;
  private final PrintStream out;
  private final List<String> summary = new ArrayList<>();
  private final List<Path> files = new ArrayList<>();
  private Backend backend = Backend.SCALAR;
  private Precision precision = Precision.DOUBLE;

  public ExampleContext(Path outDir, double durationScale, boolean progress, PrintStream out)
      throws IOException {
    this.outDir = Files.createDirectories(outDir);
    this.durationScale = durationScale;
    this.progress = progress;
    this.out = out;
  }

  public Path outDir() {
    return outDir;
  }

  /** A path in the output directory; remembered as one of the example's files. */
  public Path file(String name) {
    Path p = outDir.resolve(name);
    files.add(p);
    return p;
  }

  /** A duration in ms, shortened by the context's scale (never below one step of 0.1 ms). */
  public double scale(double durationMs) {
    return Math.max(0.1, Math.round(durationMs * durationScale * 10) / 10.0);
  }

  /** Where the example's network runs ({@code --backend}; default scalar). */
  public Backend backend() {
    return backend;
  }

  /** The precision of the example's groups ({@code --precision}; default double). */
  public Precision precision() {
    return precision;
  }

  /** Sets what {@code --backend} and {@code --precision} asked for. */
  ExampleContext runOn(Backend backend, Precision precision) {
    this.backend = backend;
    this.precision = precision;
    return this;
  }

  /** Whether to print progress bars for long runs. */
  public boolean progress() {
    return progress;
  }

  public PrintStream out() {
    return out;
  }

  /** Prints a line and keeps it for {@code summary.txt}. */
  public void report(String line) {
    out.println(line);
    summary.add(line);
  }

  /** Writes {@code summary.txt} with everything reported and the files written. */
  public Path writeSummary(String exampleName) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("BrainJ example: " + exampleName);
    lines.addAll(summary);
    lines.add("");
    lines.add("files:");
    for (Path f : files) {
      lines.add("  " + outDir.relativize(f));
    }
    Path p = outDir.resolve("summary.txt");
    Files.write(p, lines);
    return p;
  }
}
