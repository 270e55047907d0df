package org.brainj.examples.cli;

import java.util.List;
import org.brainj.examples.manual.AmpaExample;
import org.brainj.examples.manual.BifurcationExample;
import org.brainj.examples.manual.CobaExample;
import org.brainj.examples.manual.ConnectExample;
import org.brainj.examples.manual.EveryExample;
import org.brainj.examples.manual.FastSlowExample;
import org.brainj.examples.manual.FhnExample;
import org.brainj.examples.manual.GammaExample;
import org.brainj.examples.manual.HHExample;
import org.brainj.examples.manual.InputsExample;
import org.brainj.examples.manual.LIFExample;
import org.brainj.examples.manual.LorenzExample;
import org.brainj.examples.manual.MethodsExample;
import org.brainj.examples.manual.MonitorExample;
import org.brainj.examples.manual.PhasePlaneExample;
import org.brainj.examples.manual.RepeatExample;
import org.brainj.examples.manual.ScheduleExample;
import org.brainj.examples.manual.SynapseSpeedExample;

/** The registry of runnable examples. */
public final class Examples {
  private Examples() {}

  private static final List<Example> ALL =
      List.of(
          new CobaExample(),
          new HHExample(),
          new LIFExample(),
          new ScheduleExample(),
          new EveryExample(),
          new MonitorExample(),
          new GammaExample(),
          new FhnExample(),
          new LorenzExample(),
          new AmpaExample(),
          new ConnectExample(),
          new RepeatExample(),
          new MethodsExample(),
          new SynapseSpeedExample(),
          new InputsExample(),
          new PhasePlaneExample(),
          new BifurcationExample(),
          new FastSlowExample());

  public static List<Example> all() {
    return ALL;
  }

  public static List<String> names() {
    return ALL.stream().map(Example::name).toList();
  }

  public static Example byName(String name) {
    for (Example e : ALL) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "no example named '" + name + "'; examples: " + String.join(", ", names()));
  }
}
