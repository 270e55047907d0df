package org.brainj.runtime.net;

/**
 * What kind of object a schedule node is. {@link Schedules#phased()} runs the step functions of
 * the kinds in the order declared here; synapse groups, when they come, are declared before
 * {@link #NEURON_GROUP} so their output reaches the neurons in the same step (manual 7.2.2).
 */
public enum NodeKind {
  /** a {@link org.brainj.runtime.group.SynapseGroup} */
  SYNAPSE_GROUP,
  /** a {@link org.brainj.runtime.group.NeuronGroup} */
  NEURON_GROUP
}
