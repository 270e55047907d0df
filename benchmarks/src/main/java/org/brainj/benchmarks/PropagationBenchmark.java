package org.brainj.benchmarks;

import java.util.concurrent.TimeUnit;
import org.brainj.examples.bench.BenchNetwork;
import org.brainj.runtime.group.Precision;
import org.brainj.runtime.group.SynapseGroup;
import org.brainj.runtime.net.Node;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Event-driven spike delivery of the {@code coba} network's excitatory projection: every step, a
 * fixed set of presynaptic neurons (2 % of them, about the network's activity per 10 steps)
 * spikes. Report the score divided by the events per step (printed at setup) for ns per synaptic
 * event.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class PropagationBenchmark {
  @Param({"double", "float"})
  public String precision;

  @Param({"4000", "400000"})
  public int n;

  private SynapseGroup ce;
  private int[] spikes;
  private long events;

  @Setup(Level.Trial)
  public void setUp() {
    BenchNetwork net = BenchNetwork.build("coba", n, 1, Precision.of(precision));
    for (Node node : net.network().nodes()) {
      if (node.name().equals("Ce")) {
        ce = (SynapseGroup) node.population();
      }
    }
    int count = Math.max(1, net.excitatory() / 50);
    spikes = new int[count];
    int[] indptr = ce.connectivity().preIndptr();
    for (int k = 0; k < count; k++) {
      spikes[k] = k * 50;
      events += indptr[spikes[k] + 1] - indptr[spikes[k]];
    }
    System.out.println("\n" + count + " spikes, " + events + " synaptic events per step");
  }

  @Benchmark
  public void deliver(Blackhole bh) {
    ce.deliver(spikes, spikes.length, 0, 0.1, 0);
    bh.consume(ce);
  }
}
