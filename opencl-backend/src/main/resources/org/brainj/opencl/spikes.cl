// BrainJ: spike compaction on the device (SpikeList). One work-item per neuron.
//
// The neurons whose flag is set go into list[0 .. counts[slot]), in no particular order (an
// atomic counter hands out the places), and their totals grow by one. The counter of the other
// slot, the one the next compaction uses, is zeroed here, so no separate fill is needed: the
// delivery kernels between two compactions read counts[slot], and the in-order queue runs the
// next compaction only after them.
__kernel void brainj_compact_spikes(
    __global const uchar* flags,
    const int n,
    const int slot,
    __global int* list,
    __global int* counts,
    __global int* totals) {
  const int i = (int) get_global_id(0);
  if (i == 0) {
    counts[1 - slot] = 0;
  }
  if (i >= n || flags[i] == 0) {
    return;
  }
  list[atomic_inc(&counts[slot])] = i;
  totals[i] += 1;
}
