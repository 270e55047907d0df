package org.brainj.runtime.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.brainj.models.LIFGroup;
import org.junit.jupiter.api.Test;

/** {@link NeuronGroup#setSpikes}: a backend hands back spikes it collected on a device. */
class SetSpikesTest {

  @Test
  void replacesTheLastStepsSpikesAndTheTotals() {
    LIFGroup g = LIFGroup.builder(5).name("L").build();
    g.setSpikes(new int[] {1, 4, 0, 0, 0}, 2, new int[] {0, 3, 0, 0, 1});
    assertEquals(2, g.spikeCount());
    assertArrayEquals(new int[] {1, 4}, Arrays.copyOf(g.spikeIndices(), g.spikeCount()));
    assertArrayEquals(new int[] {0, 3, 0, 0, 1}, g.spikeTotals());
    g.reset();
    assertEquals(0, g.spikeCount());
    assertArrayEquals(new int[5], g.spikeTotals());
  }

  @Test
  void rejectsWhatDoesNotFitTheGroup() {
    LIFGroup g = LIFGroup.builder(5).name("L").build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> g.setSpikes(new int[] {3, 2}, 2, new int[5]));
    assertEquals("group 'L': spike index 2 at position 1 is not an increasing index of its 5"
        + " neurons", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> g.setSpikes(new int[] {7}, 1, new int[5]));
    assertEquals("group 'L': spike index 7 at position 0 is not an increasing index of its 5"
        + " neurons", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> g.setSpikes(new int[5], 1, new int[4]));
    assertEquals("group 'L': 1 spikes of 5 indices and 4 totals do not fit its 5 neurons",
        e.getMessage());
  }
}
