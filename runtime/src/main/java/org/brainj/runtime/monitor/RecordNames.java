package org.brainj.runtime.monitor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.brainj.runtime.group.NeuronGroup;

/**
 * The names under which a run's records are exported ({@code .npz} keys) and streamed (file
 * names), modelled on BrainPy's monitor names ({@code mon.V}, {@code mon.V_t}, {@code
 * mon.spike}):
 *
 * <ul>
 *   <li>the spikes of group {@code E} whose {@code @Spike} variable is {@code spike}: {@code
 *       E.spike}, with {@code E.spike_times} (time of each spike) and {@code E.spike_indices}
 *       (neuron of each spike);
 *   <li>a trace of {@code E.V}: {@code E.V} (rows x neurons), {@code E.V_t} (time of each row),
 *       {@code E.V_indices} (neuron of each column). A name already taken, by an earlier trace
 *       of the same variable or by a spike record, gets {@code #2}, {@code #3}, ...: {@code
 *       E.V#2}, {@code E.V#2_t}.
 * </ul>
 */
public final class RecordNames {
  /** Suffix of a trace's row times. */
  public static final String ROW_TIMES = "_t";
  /** Suffix of a trace's column neuron indices. */
  public static final String COLUMNS = "_indices";
  /** Suffix of the time of each spike. */
  public static final String SPIKE_TIMES = "_times";
  /** Suffix of the neuron index of each spike. */
  public static final String SPIKE_INDICES = "_indices";

  private RecordNames() {}

  /** The base name of a group's spike record: {@code "group.spikeVariable"}, e.g. {@code E.spike}. */
  public static String spikes(NeuronGroup group) {
    return group.name() + "." + group.spike().name();
  }

  /**
   * The base name of each trace monitor, in order: its {@code "group.variable"} name, or with
   * {@code #2}, {@code #3}, ... appended when that name is in {@code taken} or was given to an
   * earlier monitor.
   */
  public static List<String> traces(List<Monitor> monitors, Collection<String> taken) {
    Set<String> used = new HashSet<>(taken);
    List<String> out = new ArrayList<>(monitors.size());
    for (Monitor m : monitors) {
      String name = m.name();
      for (int k = 2; used.contains(name); k++) {
        name = m.name() + "#" + k;
      }
      used.add(name);
      out.add(name);
    }
    return out;
  }

  /**
   * A file name for a record name: the characters Windows does not allow in file names ({@code
   * <>:"/\|?*}, e.g. the {@code >} of synapse groups {@code E->I}) become {@code _}, then {@code
   * extension} is appended ({@code ".npy"}).
   */
  public static String fileName(String name, String extension) {
    return name.replaceAll("[<>:\"/\\\\|?*]", "_") + extension;
  }
}
