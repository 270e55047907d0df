package org.brainj.models;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.brainj.runtime.group.Clock;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.StateVar;

/** Drives a group directly, without the network runner, and reads the reference files. */
final class ModelTestSupport {
  private ModelTestSupport() {}

  /** Called after each step with the step index {@code k} (the step started at {@code k * dt}). */
  interface AfterStep {
    void after(int k);
  }

  /**
   * Runs {@code steps} steps of the group's single step function from {@code t = 0}, adding
   * {@code current} into {@code input} before every step (the group clears it after the step).
   */
  static void run(NeuronGroup g, StateVar input, double current, double dt, int steps,
      AfterStep after) {
    Clock clock = new Clock(dt);
    for (int k = 0; k < steps; k++) {
      clock.set(k * dt, k);
      if (input != null && current != 0) {
        input.fill(current);
      }
      g.executeStep(0, clock);
      if (after != null) {
        after.after(k);
      }
    }
  }

  static List<double[]> csv(String resource) {
    List<double[]> rows = new ArrayList<>();
    try (BufferedReader r = reader(resource)) {
      r.readLine(); // header
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",");
        double[] row = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
          try {
            row[i] = Double.parseDouble(cells[i]);
          } catch (NumberFormatException e) {
            row[i] = Double.NaN; // text columns (stability types)
          }
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
    return rows;
  }

  static List<String[]> csvText(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = reader(resource)) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split(","));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
    return rows;
  }

  static String text(String resource) {
    try (InputStream in = open(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
  }

  /** The first number after {@code "key":} in a JSON text (enough for the flat reference files). */
  static double jsonNumber(String json, String key) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"?(-?[0-9.eE+-]+)")
        .matcher(json);
    if (!m.find()) {
      throw new IllegalArgumentException("no number for \"" + key + "\"");
    }
    return Double.parseDouble(m.group(1));
  }

  private static BufferedReader reader(String resource) {
    return new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8));
  }

  private static InputStream open(String resource) {
    InputStream in = ModelTestSupport.class.getResourceAsStream("/reference/" + resource);
    if (in == null) {
      throw new IllegalStateException("missing test resource reference/" + resource);
    }
    return in;
  }
}
