package org.brainj.benchmarks;

import java.util.concurrent.TimeUnit;
import org.brainj.examples.bench.CobaHHNeuronGroup;
import org.brainj.examples.bench.CobaNeuronGroup;
import org.brainj.examples.bench.CubaNeuronGroup;
import org.brainj.models.HHGroup;
import org.brainj.models.LIFGroup;
import org.brainj.runtime.backend.GroupKernel;
import org.brainj.runtime.group.NeuronGroup;
import org.brainj.runtime.group.Precision;
import org.brainj.runtime.init.Init;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One neuron update step of a whole group, scalar loop vs Vector API kernel: the score is ns per
 * neuron per step. Models: the three benchmark neurons ({@code coba}, {@code cuba},
 * {@code cobahh}) and the built-in LIF and HH, each in double and in float precision (the float
 * kernels are {@code <Group>VectorFloat}, with twice the lanes).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
@OperationsPerInvocation(NeuronUpdateBenchmark.SIZE)
public class NeuronUpdateBenchmark {
  static final int SIZE = 4096;

  @Param({"coba", "cuba", "cobahh", "lif", "hh"})
  public String model;

  @Param({"double", "float"})
  public String precision;

  private NeuronGroup group;
  private GroupKernel kernel;
  private long step;

  @Setup(Level.Trial)
  public void setUp() throws ReflectiveOperationException {
    Precision p = Precision.of(precision);
    group = switch (model) {
      case "coba" -> CobaNeuronGroup.builder(SIZE).precision(p).V(Init.uniform(-60, -50)).build();
      case "cuba" -> CubaNeuronGroup.builder(SIZE).precision(p).v(Init.uniform(-60, -50)).build();
      case "cobahh" ->
          CobaHHNeuronGroup.builder(SIZE).precision(p).v(Init.normal(-65, 5)).build();
      case "lif" -> LIFGroup.builder(SIZE).precision(p).build();
      case "hh" -> HHGroup.builder(SIZE).precision(p).build();
      default -> throw new IllegalArgumentException(model);
    };
    String suffix = p == Precision.FLOAT ? "VectorFloat" : "Vector";
    kernel = (GroupKernel) Class.forName(group.getClass().getName() + suffix)
        .getConstructor(group.getClass()).newInstance(group);
  }

  @Benchmark
  public void scalar() {
    long s = step++;
    group.computeRange(0, s * 0.1, 0.1, s, 0, SIZE);
  }

  @Benchmark
  public void vector() {
    long s = step++;
    kernel.compute(0, s * 0.1, 0.1, s, 0, SIZE);
  }
}
