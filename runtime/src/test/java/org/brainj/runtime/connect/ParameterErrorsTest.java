package org.brainj.runtime.connect;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad parameters are IllegalArgumentExceptions whose message names the connector and parameter. */
class ParameterErrorsTest {

  private static void rejects(String connector, String parameter, Executable e) {
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class, e);
    String m = x.getMessage();
    assertTrue(m.startsWith(connector + ":"), "'" + m + "' should start with " + connector);
    assertTrue(m.contains(parameter), "'" + m + "' should name " + parameter);
  }

  @Test
  void probabilitiesOutsideZeroOne() {
    rejects("FixedProb", "prob", () -> Connect.fixedProb(-0.1));
    rejects("FixedProb", "prob", () -> Connect.fixedProb(1.5));
    rejects("FixedProb", "prob", () -> Connect.fixedProb(Double.NaN));
    rejects("GaussianProb", "pMin", () -> Connect.gaussianProb(0.1).pMin(1.01));
    rejects("SmallWorld", "prob", () -> Connect.smallWorld(4, 1.2));
    rejects("ScaleFreeBADual", "p", () -> Connect.scaleFreeBADual(2, 3, -0.1));
    rejects("PowerLaw", "p", () -> Connect.powerLaw(2, 2.0));
    rejects("FixedPreNum", "num", () -> Connect.fixedPreNum(1.5));
    rejects("FixedPostNum", "num", () -> Connect.fixedPostNum(-0.5));
  }

  @Test
  void sizesThatDoNotFit() {
    rejects("One2One", "preNum=5", () -> Connect.one2One().build(5, 3));
    rejects("FixedPreNum", "num=11", () -> Connect.fixedPreNum(11).build(10, 5));
    rejects("FixedPostNum", "num=6", () -> Connect.fixedPostNum(6).build(10, 5));
    rejects(
        "FixedPostNum",
        "includeSelf=false",
        () -> Connect.fixedPostNum(10).includeSelf(false).build(10, 10));
    rejects(
        "FixedPreNum", "includeSelf=false", () -> Connect.fixedPreNum(1.0).includeSelf(false).build(8));
    rejects("FixedPreNum", "num", () -> Connect.fixedPreNum(-1));
    rejects("FixedPostNum", "num", () -> Connect.fixedPostNum(-3));
    rejects("ScaleFreeBA", "m", () -> Connect.scaleFreeBA(0));
    rejects("ScaleFreeBA", "m=5", () -> Connect.scaleFreeBA(5).build(5));
    rejects("ScaleFreeBA", "preNum", () -> Connect.scaleFreeBA(2).build(10, 11));
    rejects("ScaleFreeBADual", "m1", () -> Connect.scaleFreeBADual(0, 2, 0.5));
    rejects("ScaleFreeBADual", "m2", () -> Connect.scaleFreeBADual(2, 0, 0.5));
    rejects("ScaleFreeBADual", "m2=9", () -> Connect.scaleFreeBADual(2, 9, 0.5).build(9));
    rejects("PowerLaw", "m", () -> Connect.powerLaw(0, 0.5));
    rejects("PowerLaw", "m=7", () -> Connect.powerLaw(7, 0.5).build(6));
    rejects("SmallWorld", "numNeighbor", () -> Connect.smallWorld(-2, 0.1));
    rejects("SmallWorld", "numNeighbor=12", () -> Connect.smallWorld(12, 0.1).build(10));
    rejects("SmallWorld", "1-D", () -> Connect.smallWorld(2, 0.1).build(new int[] {4, 4}));
    rejects("GridN", "N", () -> Connect.gridN(-1));
    // too many synapses for int-indexed arrays: refused before any work
    rejects("All2All", "synapses", () -> Connect.all2All().build(400_000, 400_000));
    rejects("FixedProb", "synapses", () -> Connect.fixedProb(0.5).build(400_000, 400_000));
    rejects("FixedPostNum", "synapses", () -> Connect.fixedPostNum(20_000).build(200_000, 20_000));
  }

  @Test
  void widthsAndWeights() {
    rejects("GaussianProb", "sigma", () -> Connect.gaussianProb(-0.1));
    rejects("GaussianProb", "sigma", () -> Connect.gaussianProb(0.0));
    rejects("GaussianWeight", "sigma", () -> Connect.gaussianWeight(-1, 1));
    rejects("GaussianWeight", "wMax", () -> Connect.gaussianWeight(0.1, 0));
    rejects("GaussianWeight", "wMin", () -> Connect.gaussianWeight(0.1, 1).wMin(Double.NaN));
    rejects("DOG", "sigma-", () -> Connect.dog(0.1, -0.2, 1, 0.5));
    rejects("DOG", "sigma+", () -> Connect.dog(Double.POSITIVE_INFINITY, 0.2, 1, 0.5));
    rejects("DOG", "wMax+", () -> Connect.dog(0.1, 0.2, -1, 0.5));
    rejects("DOG", "wMin", () -> Connect.dog(0.1, 0.2, 1, 0.5).wMin(-0.1));
  }

  @Test
  void shapes() {
    rejects("FixedProb", "preShape", () -> Connect.fixedProb(0.1).build(-1, 3));
    rejects("All2All", "postShape", () -> Connect.all2All().build(new int[] {2}, new int[] {}));
    rejects(
        "GaussianProb",
        "preShape",
        () -> Connect.gaussianProb(0.1).build(new int[] {2, 2, 2}, new int[] {2, 2}));
    rejects(
        "DOG", "postShape", () -> Connect.dog(0.1, 0.2, 1, 0.5).build(new int[] {3}, new int[] {1, 2, 3}));
    rejects("GridFour", "postShape", () -> Connect.gridFour().build(new int[] {3, 3}, new int[] {9}));
  }
}
