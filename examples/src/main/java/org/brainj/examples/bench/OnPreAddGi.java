package org.brainj.examples.bench;

import org.brainj.annotations.OnPre;
import org.brainj.annotations.Param;
import org.brainj.annotations.Post;
import org.brainj.annotations.SynGroup;

/** A spike adds {@code weight} to the postsynaptic {@code gi}: Brian2's {@code on_pre='gi += wi'}. */
@SynGroup
public class OnPreAddGi {
  @Param("increment of the postsynaptic gi per spike")
  double weight = 1;

  @Post("gi")
  double gi;

  @OnPre
  void onPre() {
    gi += weight;
  }
}
