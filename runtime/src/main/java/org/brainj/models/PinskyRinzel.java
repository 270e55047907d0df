package org.brainj.models;

import static org.brainj.annotations.Dsl.integrate;

import org.brainj.annotations.Derivative;
import org.brainj.annotations.Input;
import org.brainj.annotations.Methods;
import org.brainj.annotations.NeuGroup;
import org.brainj.annotations.Param;
import org.brainj.annotations.Spike;
import org.brainj.annotations.Update;
import org.brainj.annotations.Var;

/**
 * The Pinsky-Rinzel (1994) two-compartment model of a CA3 pyramidal cell, a reduction of Traub's
 * 19-compartment model: a soma with fast sodium and delayed-rectifier potassium currents, and a
 * dendrite with calcium, calcium-activated potassium and after-hyperpolarization currents,
 * coupled by a conductance {@code gc}. Parameters, defaults and voltage convention (rest near
 * -60 mV) of BrainPy 2.x's {@code brainpy.neurons.PinskyRinzelModel}.
 *
 * <pre>
 *   Cm dVs/dt = -gL (Vs - EL) - gNa m_inf(Vs)^2 h (Vs - ENa) - gK n (Vs - EK)
 *               + gc / p (Vd - Vs) + Is / p
 *   Cm dVd/dt = -gL (Vd - EL) - gCa s^2 (Vd - ECa) - gAHP q (Vd - EK) - gC c chi(Ca) (Vd - EK)
 *               + gc / (1 - p) (Vs - Vd) + Id / (1 - p)
 *   dCa/dt    = -0.13 gCa s^2 (Vd - ECa) - 0.075 Ca
 *   dx/dt     = alpha_x (1 - x) - beta_x x      for x = h, n (of Vs), s, c (of Vd), q (of Ca)
 *   chi(Ca) = min(Ca / 250, 1),  alpha_q = min(2e-5 Ca, 0.01),  beta_q = 0.001
 *   with U = V + 60 (the original model's voltage, rest near 0):
 *   alpha_m = 0.32 (13.1 - U) / (exp((13.1 - U) / 4) - 1)   beta_m = 0.28 (U - 40.1) / (exp((U - 40.1) / 5) - 1)
 *   alpha_n = 0.016 (35.1 - U) / (exp((35.1 - U) / 5) - 1)  beta_n = 0.25 exp(0.5 - 0.025 U)
 *   alpha_h = 0.128 exp((17 - U) / 18)                      beta_h = 4 / (1 + exp((40 - U) / 5))
 *   alpha_s = 1.6 / (1 + exp(-0.072 (U - 65)))              beta_s = 0.02 (U - 51.1) / (exp((U - 51.1) / 5) - 1)
 *   alpha_c = U &lt;= 50 ? exp((U - 10) / 11 - (U - 6.5) / 27) / 18.975 : 2 exp((6.5 - U) / 27)
 *   beta_c  = U &lt;= 50 ? 2 exp((6.5 - U) / 27) - alpha_c : 0
 *   spike: Vs crosses vTh upwards within the step (Vs before &lt; vTh &lt;= Vs after)
 * </pre>
 *
 * <table>
 *   <caption>Parameters</caption>
 *   <tr><th>name</th><th>BrainPy name</th><th>default</th><th>unit</th><th>meaning</th></tr>
 *   <tr><td>{@code gNa}</td><td>{@code gNa}</td><td>30</td><td>mS/cm^2</td><td>maximal sodium conductance (soma)</td></tr>
 *   <tr><td>{@code gK}</td><td>{@code gK}</td><td>15</td><td>mS/cm^2</td><td>maximal delayed-rectifier potassium conductance (soma)</td></tr>
 *   <tr><td>{@code gCa}</td><td>{@code gCa}</td><td>10</td><td>mS/cm^2</td><td>maximal calcium conductance (dendrite)</td></tr>
 *   <tr><td>{@code gAHP}</td><td>{@code gAHP}</td><td>0.8</td><td>mS/cm^2</td><td>maximal after-hyperpolarization potassium conductance (dendrite)</td></tr>
 *   <tr><td>{@code gC}</td><td>{@code gC}</td><td>15</td><td>mS/cm^2</td><td>maximal calcium-activated potassium conductance (dendrite)</td></tr>
 *   <tr><td>{@code gL}</td><td>{@code gL}</td><td>0.1</td><td>mS/cm^2</td><td>leak conductance (both compartments)</td></tr>
 *   <tr><td>{@code ENa}</td><td>{@code ENa}</td><td>60</td><td>mV</td><td>sodium reversal potential</td></tr>
 *   <tr><td>{@code EK}</td><td>{@code EK}</td><td>-75</td><td>mV</td><td>potassium reversal potential</td></tr>
 *   <tr><td>{@code ECa}</td><td>{@code ECa}</td><td>80</td><td>mV</td><td>calcium reversal potential</td></tr>
 *   <tr><td>{@code EL}</td><td>{@code EL}</td><td>-60</td><td>mV</td><td>leak reversal potential</td></tr>
 *   <tr><td>{@code gc}</td><td>{@code gc}</td><td>2.1</td><td>mS/cm^2</td><td>soma-dendrite coupling conductance</td></tr>
 *   <tr><td>{@code vTh}</td><td>{@code V_th}</td><td>20</td><td>mV</td><td>spike detection threshold on Vs</td></tr>
 *   <tr><td>{@code Cm}</td><td>{@code Cm}</td><td>3</td><td>uF/cm^2</td><td>membrane capacitance</td></tr>
 *   <tr><td>{@code p}</td><td>{@code p}</td><td>0.5</td><td>1</td><td>fraction of the membrane area in the soma</td></tr>
 * </table>
 *
 * <p>Variables: {@code Vs} (mV, initial -64.6), {@code Vd} (mV, initial -64.5), {@code Ca}
 * (initial 0.2), the gates {@code h}, {@code n} (initial: at steady state for the initial
 * {@code Vs}), {@code s}, {@code c} (for the initial {@code Vd}) and {@code q} (for the initial
 * {@code Ca}) -- BrainPy's initial state; a builder override of {@code Vs}, {@code Vd} or
 * {@code Ca} does not move the gates --, the spike flag {@code spike}, and two input
 * accumulators, {@code Is} into the soma and {@code Id} into the dendrite (uA/cm^2 of the whole
 * cell, hence the division by {@code p} and {@code 1 - p}).
 *
 * <p>Behaviour: with the defaults and a small somatic current ({@code Is} from 0 to about 1;
 * 0.75 in Ermentrout's and Booth's XPP file of the model) the cell fires bursts about twice a
 * second: a full somatic spike spreads to the dendrite and triggers a calcium spike there, which
 * drives the soma into a few smaller spikes (the "ping-pong" of the paper); the calcium then
 * builds up the calcium-activated and after-hyperpolarization currents, which end the burst and
 * set the long interval before the next one. The spike flag marks the full spike of each burst.
 *
 * <p>Differences from BrainPy: BrainPy's code computes {@code alpha_c} below {@code U = 50} as
 * {@code (exp((U - 10) / 11) - exp((U - 6.5) / 27)) / 18.975}, where Traub's model, the
 * Ermentrout-Booth XPP code and BrainPy's own docstring have the exponential of the difference;
 * it also leaves the gate {@code c} out of the calcium-activated current
 * ({@code gC chi(Ca) (Vd - EK)}, so {@code c} is integrated but unused). With BrainPy's
 * {@code alpha_c} the dendrite fires no calcium spikes (measured: its peaks stay near -22 mV);
 * here both are the paper's.
 * BrainPy's model defines {@code V_th} but emits no spikes; here {@code spike} marks the upward
 * crossings of {@code vTh} by {@code Vs}. BrainPy's parameter {@code A} (total area, normalised
 * to 1) enters no equation and is left out.
 *
 * <p>Integration: all eight variables jointly with exponential Euler ({@code exp_auto}),
 * BrainPy's method; {@code dt = 0.05} ms or less. The rate functions {@code alpha_m},
 * {@code beta_m}, {@code alpha_n} and {@code beta_s} have removable 0/0 points (e.g.
 * {@code alpha_m} at {@code Vs = -46.9}); a step landing on one exactly is practically
 * impossible.
 *
 * <p>Reference: P. F. Pinsky, J. Rinzel, Intrinsic and network rhythmogenesis in a reduced Traub
 * model for CA3 neurons, J. Comput. Neurosci. 1 (1994) 39-60; BrainPy 2.x
 * {@code brainpy.neurons.PinskyRinzelModel}.
 */
@NeuGroup
public class PinskyRinzel {
  /** Initial somatic potential, mV (BrainPy's). */
  static final double VS_INITIAL = -64.6;

  /** Initial dendritic potential, mV (BrainPy's). */
  static final double VD_INITIAL = -64.5;

  /** Initial calcium concentration (BrainPy's). */
  static final double CA_INITIAL = 0.2;

  /** beta_q, the closing rate of the AHP gate, 1/ms. */
  static final double BETA_Q = 0.001;

  @Param("maximal sodium conductance, mS/cm^2")
  double gNa = 30;

  @Param("maximal delayed-rectifier potassium conductance, mS/cm^2")
  double gK = 15;

  @Param("maximal calcium conductance, mS/cm^2")
  double gCa = 10;

  @Param("maximal after-hyperpolarization potassium conductance, mS/cm^2")
  double gAHP = 0.8;

  @Param("maximal calcium-activated potassium conductance, mS/cm^2")
  double gC = 15;

  @Param("leak conductance, mS/cm^2")
  double gL = 0.1;

  @Param("sodium reversal potential, mV")
  double ENa = 60;

  @Param("potassium reversal potential, mV")
  double EK = -75;

  @Param("calcium reversal potential, mV")
  double ECa = 80;

  @Param("leak reversal potential, mV")
  double EL = -60;

  @Param("soma-dendrite coupling conductance, mS/cm^2")
  double gc = 2.1;

  @Param("spike detection threshold on Vs, mV (BrainPy V_th)")
  double vTh = 20;

  @Param("membrane capacitance, uF/cm^2")
  double Cm = 3;

  @Param("fraction of the membrane area in the soma")
  double p = 0.5;

  @Var("somatic membrane potential, mV")
  double Vs = VS_INITIAL;

  @Var("dendritic membrane potential, mV")
  double Vd = VD_INITIAL;

  @Var("dendritic calcium concentration")
  double Ca = CA_INITIAL;

  @Var("sodium inactivation (soma)")
  double h = hInf(VS_INITIAL);

  @Var("delayed-rectifier activation (soma)")
  double n = nInf(VS_INITIAL);

  @Var("calcium activation (dendrite)")
  double s = sInf(VD_INITIAL);

  @Var("calcium-activated potassium activation (dendrite)")
  double c = cInf(VD_INITIAL);

  @Var("after-hyperpolarization activation (dendrite)")
  double q = qInf(CA_INITIAL);

  @Spike boolean spike;

  @Input double Is;

  @Input double Id;

  @Derivative(method = Methods.EXP_AUTO)
  double dVs() {
    double m = mInf(Vs);
    double iNa = gNa * m * m * h * (Vs - ENa);
    double iKdr = gK * n * (Vs - EK);
    double iLeak = gL * (Vs - EL);
    double iCoupling = gc / p * (Vd - Vs);
    return (-iLeak - iNa - iKdr + iCoupling + Is / p) / Cm;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dVd() {
    double iLeak = gL * (Vd - EL);
    double iCa = gCa * s * s * (Vd - ECa);
    double iAhp = gAHP * q * (Vd - EK);
    double iC = gC * c * Math.min(Ca / 250, 1) * (Vd - EK);
    double iCoupling = gc / (1 - p) * (Vs - Vd);
    return (-iLeak - iCa - iAhp - iC + iCoupling + Id / (1 - p)) / Cm;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dCa() {
    return -0.13 * gCa * s * s * (Vd - ECa) - 0.075 * Ca;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dh() {
    return alphaH(Vs) * (1 - h) - betaH(Vs) * h;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dn() {
    return alphaN(Vs) * (1 - n) - betaN(Vs) * n;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double ds() {
    return alphaS(Vd) * (1 - s) - betaS(Vd) * s;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dc() {
    return alphaC(Vd) * (1 - c) - betaC(Vd) * c;
  }

  @Derivative(method = Methods.EXP_AUTO)
  double dq() {
    return alphaQ(Ca) * (1 - q) - BETA_Q * q;
  }

  @Update
  void update() {
    double vsBefore = Vs;
    integrate(Vs, Vd, Ca, h, n, s, c, q);
    spike = vsBefore < vTh && Vs >= vTh;
  }

  // Rate functions of the original model's voltage U = V + 60 (rest near 0 mV there).

  static double alphaM(double v) {
    // x / (1 - e^-x)-type rates are 0/0 where x = 0: their limit there (a float run lands on
    // it exactly now and then)
    return 13.1 - (v + 60) == 0 ? 1.28
        : 0.32 * (13.1 - (v + 60)) / (Math.exp((13.1 - (v + 60)) / 4) - 1);
  }

  static double betaM(double v) {
    return (v + 60) - 40.1 == 0 ? 1.4
        : 0.28 * ((v + 60) - 40.1) / (Math.exp(((v + 60) - 40.1) / 5) - 1);
  }

  static double mInf(double v) {
    return alphaM(v) / (alphaM(v) + betaM(v));
  }

  static double alphaN(double v) {
    return 35.1 - (v + 60) == 0 ? 0.08
        : 0.016 * (35.1 - (v + 60)) / (Math.exp((35.1 - (v + 60)) / 5) - 1);
  }

  static double betaN(double v) {
    return 0.25 * Math.exp(0.5 - 0.025 * (v + 60));
  }

  static double nInf(double v) {
    return alphaN(v) / (alphaN(v) + betaN(v));
  }

  static double alphaH(double v) {
    return 0.128 * Math.exp((17 - (v + 60)) / 18);
  }

  static double betaH(double v) {
    return 4 / (1 + Math.exp((40 - (v + 60)) / 5));
  }

  static double hInf(double v) {
    return alphaH(v) / (alphaH(v) + betaH(v));
  }

  static double alphaS(double v) {
    return 1.6 / (1 + Math.exp(-0.072 * ((v + 60) - 65)));
  }

  static double betaS(double v) {
    return (v + 60) - 51.1 == 0 ? 0.1
        : 0.02 * ((v + 60) - 51.1) / (Math.exp(((v + 60) - 51.1) / 5) - 1);
  }

  static double sInf(double v) {
    return alphaS(v) / (alphaS(v) + betaS(v));
  }

  /** alpha_c below U = 50 mV, also the term subtracted in beta_c there. */
  static double alphaCLow(double v) {
    return Math.exp(((v + 60) - 10) / 11 - ((v + 60) - 6.5) / 27) / 18.975;
  }

  static double alphaC(double v) {
    return v + 60 <= 50 ? alphaCLow(v) : 2 * Math.exp((6.5 - (v + 60)) / 27);
  }

  static double betaC(double v) {
    return v + 60 <= 50 ? 2 * Math.exp((6.5 - (v + 60)) / 27) - alphaCLow(v) : 0;
  }

  static double cInf(double v) {
    return alphaC(v) / (alphaC(v) + betaC(v));
  }

  static double alphaQ(double ca) {
    return Math.min(2e-5 * ca, 0.01);
  }

  static double qInf(double ca) {
    return alphaQ(ca) / (alphaQ(ca) + BETA_Q);
  }
}
