package org.brainj.examples.bench;

import org.brainj.annotations.OnPre;
import org.brainj.annotations.Param;
import org.brainj.annotations.Post;
import org.brainj.annotations.SynGroup;

/** A spike adds {@code weight} to the postsynaptic {@code ge}: Brian2's {@code on_pre='ge += we'}. */
@SynGroup
public class OnPreAddGe {
  @Param("increment of the postsynaptic ge per spike")
  double weight = 1;

  @Post("ge")
  double ge;

  @OnPre
  void onPre() {
    ge += weight;
  }
}
