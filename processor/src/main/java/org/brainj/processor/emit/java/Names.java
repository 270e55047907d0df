package org.brainj.processor.emit.java;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.brainj.processor.ir.Local;

/**
 * Java names for the locals of one generated method: the model's own name where it is free, else
 * the name with a numeric suffix. Keeps generated code close to the model's wording.
 */
public final class Names {
  private final Set<String> used = new HashSet<>();
  private final Map<Local, String> names = new IdentityHashMap<>();

  public Names(Set<String> reserved) {
    used.addAll(reserved);
  }

  public void reserve(String name) {
    used.add(name);
  }

  /** Takes {@code name} if no local or reserved name has it; says whether it did. */
  public boolean reserveIfFree(String name) {
    return used.add(name);
  }

  public String of(Local local) {
    String n = names.get(local);
    if (n != null) {
      return n;
    }
    String base = local.hint();
    n = base;
    for (int k = 2; used.contains(n); k++) {
      n = base + "_" + k;
    }
    used.add(n);
    names.put(local, n);
    return n;
  }
}
