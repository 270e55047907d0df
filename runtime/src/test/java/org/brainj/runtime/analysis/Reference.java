package org.brainj.runtime.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the reference files in the test resources ({@code reference/}, copied from shared). */
final class Reference {
  private Reference() {}

  static String text(String resource) {
    try (InputStream in = Reference.class.getResourceAsStream("/reference/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource reference/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(resource, e);
    }
  }

  /** The rows of a CSV file after its header, as text cells. */
  static List<String[]> csv(String resource) {
    List<String[]> rows = new ArrayList<>();
    String[] lines = text(resource).split("\n");
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        rows.add(lines[i].trim().split(","));
      }
    }
    return rows;
  }

  /** The first number (possibly quoted) after {@code "key":} from {@code from} on. */
  static double jsonNumber(String json, String key, int from) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"?(-?[0-9.eE+-]+)")
        .matcher(json);
    if (!m.find(from)) {
      throw new IllegalArgumentException("no number for \"" + key + "\"");
    }
    return Double.parseDouble(m.group(1));
  }
}
