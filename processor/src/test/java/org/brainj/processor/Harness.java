package org.brainj.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.brainj.annotations.NeuGroup;

/**
 * Compiles model sources with the BrainJ processor and runs the generated groups.
 *
 * <p>Generated code needs the runtime's group contract ({@code org.brainj.runtime.group}, {@code
 * init}, {@code random}; {@code ode} for systems). The runtime module depends on the processor, so it cannot be a test
 * dependency; instead its sources are read from {@code ../runtime/src/main/java} and compiled once
 * per test JVM into a temporary directory that every model compilation then has on its class
 * path.
 */
final class Harness {
  private Harness() {}

  static final String[] RUNTIME_PACKAGES = {"group", "init", "random", "ode", "backend"};

  private static Path runtimeClasses;
  private static Path annotationsLocation;

  /** The directory with the compiled runtime contract classes (compiled on first use). */
  static synchronized Path runtimeClasses() {
    if (runtimeClasses == null) {
      List<JavaFileObject> sources = runtimeSources();
      Compilation c = Compiler.javac().withClasspath(List.of(annotations().toFile()))
          .withOptions("--add-modules", "jdk.incubator.vector")
          .compile(sources);
      assertWithMessage("the runtime contract sources compile").that(c.status())
          .isEqualTo(Compilation.Status.SUCCESS);
      try {
        Path dir = Files.createTempDirectory("brainj-runtime-classes");
        deleteOnExit(dir);
        writeClasses(c, dir);
        runtimeClasses = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return runtimeClasses;
  }

  /** The runtime's contract sources, read from the runtime module next to this one. */
  static List<JavaFileObject> runtimeSources() {
    Path root = runtimeSourceRoot();
    List<JavaFileObject> out = new ArrayList<>();
    for (String pkg : RUNTIME_PACKAGES) {
      Path dir = root.resolve("org/brainj/runtime/" + pkg);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          String name = "org.brainj.runtime." + pkg + "."
              + f.getFileName().toString().replace(".java", "");
          out.add(JavaFileObjects.forSourceString(name, Files.readString(f)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the runtime sources in " + dir, e);
      }
    }
    return out;
  }

  private static Path runtimeSourceRoot() {
    for (String candidate : new String[] {"../runtime/src/main/java", "runtime/src/main/java"}) {
      Path p = Paths.get(candidate).toAbsolutePath().normalize();
      if (Files.isDirectory(p.resolve("org/brainj/runtime/group"))) {
        return p;
      }
    }
    throw new IllegalStateException("runtime sources not found from " + Paths.get("").toAbsolutePath());
  }

  /** Where the annotations (and Dsl) come from: a jar or a classes directory. */
  static synchronized Path annotations() {
    if (annotationsLocation == null) {
      try {
        URL url = NeuGroup.class.getProtectionDomain().getCodeSource().getLocation();
        annotationsLocation = Paths.get(url.toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return annotationsLocation;
  }

  /** Compiles the sources with the processor; the runtime contract is on the class path. */
  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new BrainJProcessor())
        .withClasspath(List.of(annotations().toFile(), runtimeClasses().toFile()))
        .withOptions("-Xlint:all", "-Xlint:-processing")
        .compile(sources);
  }

  /** A model source; {@code lines} are numbered from 1 like the file. */
  static JavaFileObject source(String qualifiedName, String... lines) {
    return JavaFileObjects.forSourceLines(qualifiedName, lines);
  }

  /** Compiles, asserts success, and loads the generated classes. */
  static Loaded compileAndLoad(JavaFileObject... sources) {
    Compilation c = compile(sources);
    assertThat(c).succeeded();
    return load(c);
  }

  static Loaded load(Compilation c) {
    try {
      Path dir = Files.createTempDirectory("brainj-generated-classes");
      deleteOnExit(dir);
      writeClasses(c, dir);
      URLClassLoader loader = new URLClassLoader(
          new URL[] {dir.toUri().toURL(), runtimeClasses().toUri().toURL()},
          Harness.class.getClassLoader());
      return new Loaded(c, loader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeClasses(Compilation c, Path dir) throws IOException {
    for (JavaFileObject f : c.generatedFiles()) {
      if (f.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = f.toUri().getPath();
      int at = path.indexOf("/CLASS_OUTPUT/");
      String rel = at >= 0 ? path.substring(at + "/CLASS_OUTPUT/".length()) : path.substring(1);
      Path out = dir.resolve(rel);
      Files.createDirectories(out.getParent());
      try (InputStream in = f.openInputStream()) {
        Files.write(out, in.readAllBytes());
      }
    }
  }

  private static void deleteOnExit(Path dir) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try (Stream<Path> all = Files.walk(dir)) {
        all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException ignored) {
        // best effort
      }
    }));
  }

  // ------------------------------------------------------------------ running generated code

  /** The classes of one compilation, loaded with the runtime contract. */
  record Loaded(Compilation compilation, URLClassLoader loader) {
    Class<?> type(String name) {
      try {
        return Class.forName(name, true, loader);
      } catch (ClassNotFoundException e) {
        throw new AssertionError("class " + name + " was not generated", e);
      }
    }

    /** {@code GroupClass.builder(size)}, to be configured with {@link Builder#set}. */
    Builder builder(String groupClass, int size) {
      Object b = callOn(type(groupClass), null, "builder", size);
      return new Builder(this, b);
    }

    Group group(String groupClass, int size) {
      return builder(groupClass, size).build();
    }

    /** A {@code org.brainj.runtime.group.Clock}. */
    Object clock(double dt) {
      try {
        return type("org.brainj.runtime.group.Clock").getConstructor(double.class)
            .newInstance(dt);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
  }

  /** A generated builder, driven by its typed methods. */
  static final class Builder {
    final Loaded loaded;
    Object builder;

    Builder(Loaded loaded, Object builder) {
      this.loaded = loaded;
      this.builder = builder;
    }

    /** Calls the builder's typed method {@code name(value)} (double, double[] or Init). */
    Builder set(String name, Object value) {
      builder = call(builder, name, value);
      return this;
    }

    Builder seed(long seed) {
      builder = call(builder, "seed", seed);
      return this;
    }

    Group build() {
      return new Group(loaded, call(builder, "build"));
    }
  }

  /** A built group: executes steps and reads state through the runtime's public API. */
  static final class Group {
    final Loaded loaded;
    final Object group;

    Group(Loaded loaded, Object group) {
      this.loaded = loaded;
      this.group = group;
    }

    /** Runs step {@code stepId} at time {@code t} (global step {@code step}) with {@code dt}. */
    void executeStep(int stepId, double t, long step, double dt) {
      Object clock = loaded.clock(dt);
      call(clock, "set", t, step);
      call(group, "executeStep", stepId, clock);
    }

    /** A variable's values, as doubles (booleans read as 0/1). */
    double[] get(String var) {
      return (double[]) call(call(group, "var", var), "toDoubleArray");
    }

    /** The raw array of a variable: double[], float[], int[] or boolean[]. */
    Object array(String var) {
      return call(call(group, "var", var), "array");
    }

    void setVar(String var, double value) {
      call(call(group, "var", var), "fill", value);
    }

    void setVar(String var, double[] values) {
      call(call(group, "var", var), "set", (Object) values);
    }

    /** Sets a parameter through the generated accessor: {@code group.tau().set(value)}. */
    void setParam(String param, Object value) {
      call(call(group, param), "set", value);
    }

    Object model() {
      return call(group, "model");
    }

    @SuppressWarnings("unchecked")
    List<String> schedule() {
      return (List<String>) call(group, "schedule");
    }

    @SuppressWarnings("unchecked")
    List<String> stepNames() {
      return (List<String>) call(group, "stepNames");
    }

    int spikeCount() {
      return (Integer) call(group, "spikeCount");
    }

    int[] spikeIndices() {
      return (int[]) call(group, "spikeIndices");
    }

    void reset() {
      call(group, "reset");
    }

    /** Calls any public method of the group. */
    Object invoke(String method, Object... args) {
      return call(group, method, args);
    }
  }

  private static final Map<List<Object>, Method> METHODS = new ConcurrentHashMap<>();

  /** Reflective call of a public method by name whose parameters accept {@code args}. */
  static Object call(Object target, String name, Object... args) {
    return callOn(target.getClass(), target, name, args);
  }

  static Object callOn(Class<?> type, Object target, String name, Object... args) {
    List<Object> key = new ArrayList<>(List.of(type, name));
    for (Object a : args) {
      key.add(a == null ? null : a.getClass());
    }
    Method found = METHODS.get(key);
    if (found == null) {
      for (Method m : type.getMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == args.length
            && accepts(m.getParameterTypes(), args)) {
          found = m;
          found.setAccessible(true);
          METHODS.put(key, found);
          break;
        }
      }
    }
    if (found == null) {
      throw new AssertionError("no public method " + name + " on " + type.getName()
          + " for " + args.length + " argument(s)");
    }
    try {
      return found.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new AssertionError(cause);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean accepts(Class<?>[] params, Object[] args) {
    for (int i = 0; i < params.length; i++) {
      Class<?> p = wrap(params[i]);
      Object a = args[i];
      if (a == null ? params[i].isPrimitive() : !p.isInstance(a)) {
        return false;
      }
    }
    return true;
  }

  private static Class<?> wrap(Class<?> c) {
    if (!c.isPrimitive()) {
      return c;
    }
    return Array.get(Array.newInstance(c, 1), 0).getClass();
  }
}
