package org.brainj.runtime.group;

import java.util.Objects;

/**
 * The connectivity a synapse group runs on: CSR by presynaptic neuron (synapse {@code s} of
 * neuron {@code i} is {@code preIndptr[i] <= s < preIndptr[i + 1]}, its target
 * {@code postIds[s]}), and the same synapses by postsynaptic neuron (CSC) for events on the
 * postsynaptic side.
 */
public final class SynapseIndex {
  private final int preNum;
  private final int postNum;
  private final int[] preIndptr;
  private final int[] postIds;
  private int[] postIndptr;
  private int[] synByPost;
  private int[] preByPost;

  public SynapseIndex(int preNum, int postNum, int[] preIndptr, int[] postIds) {
    this.preNum = preNum;
    this.postNum = postNum;
    this.preIndptr = Objects.requireNonNull(preIndptr);
    this.postIds = Objects.requireNonNull(postIds);
    if (preIndptr.length != preNum + 1 || preIndptr[0] != 0 || preIndptr[preNum] != postIds.length) {
      throw new IllegalArgumentException("connectivity: the row pointer must have " + (preNum + 1)
          + " entries from 0 to the number of synapses (" + postIds.length + ")");
    }
    for (int i = 0; i < preNum; i++) {
      if (preIndptr[i + 1] < preIndptr[i]) {
        throw new IllegalArgumentException("connectivity: the row pointer decreases at row " + i
            + " (" + preIndptr[i] + " then " + preIndptr[i + 1] + "); it must be non-decreasing");
      }
    }
    for (int s = 0; s < postIds.length; s++) {
      if (postIds[s] < 0 || postIds[s] >= postNum) {
        throw new IllegalArgumentException("connectivity: synapse " + s + " targets neuron "
            + postIds[s] + ", outside the postsynaptic group of " + postNum);
      }
    }
  }

  private volatile Boolean rowsSorted;

  /** Whether every row's targets are in increasing order (rows can then be cut by target). */
  public boolean rowsSortedByPost() {
    Boolean b = rowsSorted;
    if (b == null) {
      boolean sorted = true;
      for (int i = 0; i < preNum() && sorted; i++) {
        for (int s = preIndptr[i] + 1; s < preIndptr[i + 1]; s++) {
          if (postIds[s] < postIds[s - 1]) {
            sorted = false;
            break;
          }
        }
      }
      rowsSorted = b = sorted;
    }
    return b;
  }

  public int preNum() {
    return preNum;
  }

  public int postNum() {
    return postNum;
  }

  public int size() {
    return postIds.length;
  }

  public int[] preIndptr() {
    return preIndptr;
  }

  public int[] postIds() {
    return postIds;
  }

  /** CSC row pointer: the synapses onto neuron j are {@code synByPost()[postIndptr[j] ..]}. */
  public synchronized int[] postIndptr() {
    buildByPost();
    return postIndptr;
  }

  public synchronized int[] synByPost() {
    buildByPost();
    return synByPost;
  }

  public synchronized int[] preByPost() {
    buildByPost();
    return preByPost;
  }

  private void buildByPost() {
    if (postIndptr != null) {
      return;
    }
    int[] ptr = new int[postNum + 1];
    for (int j : postIds) {
      ptr[j + 1]++;
    }
    for (int j = 0; j < postNum; j++) {
      ptr[j + 1] += ptr[j];
    }
    int[] fill = ptr.clone();
    int[] syn = new int[postIds.length];
    int[] pre = new int[postIds.length];
    for (int i = 0; i < preNum; i++) {
      for (int s = preIndptr[i]; s < preIndptr[i + 1]; s++) {
        int at = fill[postIds[s]]++;
        syn[at] = s;
        pre[at] = i;
      }
    }
    postIndptr = ptr;
    synByPost = syn;
    preByPost = pre;
  }
}
