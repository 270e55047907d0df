package org.brainj.runtime.group;

import java.util.List;

/**
 * The builder base of generated neuron groups: a {@link ModelBuilder} with a size. Generated
 * builders add one typed method per parameter and variable ({@code tau(10)},
 * {@code V(Init.normal(-60, 5))}).
 */
public abstract class GroupBuilder<G extends NeuronGroup, B extends GroupBuilder<G, B>>
    extends ModelBuilder<B> {
  private final int size;

  protected GroupBuilder(ModelInfo model, int size) {
    super(model);
    if (size <= 0) {
      throw new IllegalArgumentException(
          model.name() + " group: size must be positive, got " + size);
    }
    this.size = size;
  }

  /** Creates the group; its variables start at their initial values. */
  public abstract G build();

  final int size() {
    return size;
  }

  @Override
  protected int expectedLength() {
    return size;
  }

  @Override
  protected List<String> defaultSchedule() {
    return modelInfo().schedule();
  }

  @Override
  protected String what() {
    return modelInfo().name() + " group";
  }
}
