package org.brainj.processor.integrate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.BinaryOp;
import org.brainj.processor.ir.Expr.Const;
import org.brainj.processor.ir.Expr.Dt;
import org.brainj.processor.ir.Expr.LocalRef;
import org.brainj.processor.ir.Expr.Time;
import org.brainj.processor.ir.Expr.VarRef;
import org.brainj.processor.ir.IrRewriter;
import org.brainj.processor.ir.Local;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Stmt.Assign;
import org.brainj.processor.ir.Stmt.AssignOp;
import org.brainj.processor.ir.Stmt.Block;
import org.brainj.processor.ir.Stmt.Declare;
import org.brainj.processor.ir.Stmt.If;
import org.brainj.processor.ir.Stmt.Integrate;
import org.brainj.processor.ir.Stmt.LocalTarget;
import org.brainj.processor.ir.Stmt.VarTarget;
import org.brainj.processor.ir.Type;
import org.brainj.processor.ir.MathFn;
import org.brainj.processor.transform.Differentiator;
import org.brainj.processor.transform.JacobianSimplifier;
import org.brainj.processor.model.NeuronModel;
import org.brainj.processor.model.NeuronModel.Adaptive;
import org.brainj.processor.model.NeuronModel.DerivativeSpec;

/**
 * Replaces every {@link Integrate} statement by explicit Runge-Kutta stages built from the
 * method's {@link ButcherTableau}: for each system, stage values {@code x_i = x + dt * sum_j
 * a_ij k_j} and slopes {@code k_i = f(x_i, t + c_i dt)} (the derivative body inlined), then
 * {@code x += dt * sum_i b_i k_i} for every variable once all systems are computed.
 *
 * <p>An adaptive system ({@code @Derivative(adaptive = true)}, an embedded pair) becomes a bounded
 * loop of error-controlled sub-steps that covers the time step {@code dt}: each try takes
 * {@code h' = min(h, remaining)} (the step-size variable {@code h}), estimates the local error
 * {@code max_v |h' sum_i (b_i - bStar_i) k_i|} over the system's variables and is accepted when it
 * is at most {@code tol}; after every try {@code h = h' min(FACMAX, max(FACMIN, SAFETY
 * (tol/err)^(1/(q+1))))}, {@code q} the embedded order, except that an accepted try cut short by
 * the end of the time step whose factor hits FACMAX leaves a larger {@code h} as it was. The loop
 * works on copies of the variables, so the other systems of the statement still see the state
 * from before it.
 */
public final class IntegratorExpander {
  /** Safety factor of the step-size controller (Hairer, Norsett, Wanner, II.4). */
  public static final double SAFETY = 0.9;
  /** The most a step size shrinks after one try. */
  public static final double FACMIN = 0.2;
  /** The most a step size grows after one try. */
  public static final double FACMAX = 5;
  /** The most tries (accepted and rejected sub-steps) one adaptive integration may take per dt. */
  public static final int MAX_TRIES = 10_000;
  /**
   * A step that would leave less than this fraction of {@code dt} is stretched to the end of the
   * time step, so rounding never leaves a sliver for an extra sub-step.
   */
  static final double STRETCH = 1e-9;

  private final NeuronModel model;

  public IntegratorExpander(NeuronModel model) {
    this.model = model;
  }

  public List<Stmt> expand(List<Stmt> body) {
    List<Stmt> out = new ArrayList<>(body.size());
    for (Stmt s : body) {
      if (s instanceof Integrate in) {
        out.add(expandIntegrate(in));
      } else if (s instanceof If i) {
        out.add(new If(i.condition(), expand(i.then()), expand(i.otherwise()), i.origin()));
      } else if (s instanceof Block b) {
        out.add(new Block(expand(b.body()), b.comment(), b.origin()));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  private Stmt expandIntegrate(Integrate in) {
    List<Stmt> code = new ArrayList<>();
    // every system is computed from the state before this statement; these assignments, added
    // after all systems, advance them
    List<Stmt> finals = new ArrayList<>();
    // the Wiener increments of this statement, by random site, declared once
    Map<String, Local> noise = new LinkedHashMap<>();
    StringBuilder what = new StringBuilder();
    for (List<String> system : in.systems()) {
      DerivativeSpec first = model.derivatives().get(system.get(0));
      String method = first.method();
      Adaptive adaptive = first.adaptive();
      if (what.length() > 0) {
        what.append("; ");
      }
      what.append(String.join(", ", system)).append(" by ").append(method);
      if (first.sde() != null) {
        what.append(" SDE (").append(first.sde().integral()).append(", ")
            .append(first.sde().wiener()).append(" Wiener");
        what.append(system.size() > 1 ? ", jointly) (" : ") (");
        for (int k = 0; k < system.size(); k++) {
          DerivativeSpec d = model.derivatives().get(system.get(k));
          what.append(k == 0 ? "" : ", ").append("d").append(d.var()).append(" at ")
              .append(d.origin().file()).append(":").append(d.origin().line()).append(", g")
              .append(d.var()).append(" at ").append(d.sde().origin().file()).append(":")
              .append(d.sde().origin().line());
        }
        what.append(")");
        sdeSystem(system, method, code, finals, noise, in.origin());
        continue;
      }
      if (Tableaux.isExponential(method)) {
        what.append(system.size() > 1 ? " (each linearised in itself)" : "");
      } else {
        ButcherTableau tab = Tableaux.byName(method);
        int stages = adaptive == null ? ButcherTableau.stagesUsed(tab.b())
            : ButcherTableau.stagesUsed(tab.b(), tab.bStar());
        if (adaptive != null) {
          what.append(", adaptive (tol ").append(adaptive.tol()).append(", step size in ")
              .append(adaptive.stepVar()).append(")");
        }
        what.append(system.size() > 1 ? " jointly, " : ", ").append(stages)
            .append(stages == 1 ? " stage" : " stages").append(adaptive == null ? "" : " a try");
      }
      what.append(" (");
      for (int k = 0; k < system.size(); k++) {
        Stmt.Origin o = model.derivatives().get(system.get(k)).origin();
        what.append(k == 0 ? "" : ", ").append("d").append(system.get(k)).append(" at ")
            .append(o.file()).append(":").append(o.line());
      }
      what.append(")");
      if (Tableaux.isExponential(method)) {
        system.forEach(v -> finals.add(advance(v, exponentialEuler(v, code), in.origin())));
      } else if (adaptive != null) {
        adaptiveSystem(system, Tableaux.byName(method), adaptive, code, finals, in.origin());
      } else {
        ButcherTableau tab = Tableaux.byName(method);
        Map<String, List<Local>> slopes = new LinkedHashMap<>();
        Map<String, Expr> state = new LinkedHashMap<>();
        system.forEach(v -> state.put(v, new VarRef(v, model.var(v).type())));
        stages(system, tab, ButcherTableau.stagesUsed(tab.b()), state, new Dt(), null, code,
            slopes, in.origin());
        slopes.forEach((v, ks) ->
            finals.add(advance(v, mul(new Dt(), weightedSum(tab.b(), ks)), in.origin())));
      }
    }
    code.addAll(finals);
    return new Block(code, "integrate " + what, in.origin());
  }

  /**
   * One SDE system {@code dx = f dt + g dW} (manual 2.2, 12, 15.2), all from the state before the
   * statement; {@code finals} get the increments. With {@code dW = sqrt(dt) N(0,1)} per step and
   * neuron (one increment shared by the model's scalar-Wiener variables, one per variable for
   * vector Wiener):
   * <ul>
   *   <li>euler, Ito (Euler-Maruyama): {@code x + f dt + g dW};
   *   <li>euler, Stratonovich (Euler-Heun): {@code xb = x + g dW},
   *       {@code x + f dt + (g + g(xb)) dW / 2};
   *   <li>heun (Stratonovich): {@code xb = x + f dt + g dW},
   *       {@code x + (f + f(xb, t + dt)) dt / 2 + (g + g(xb, t + dt)) dW / 2};
   *   <li>milstein, derivative-free (Kloeden-Platen's Runge-Kutta form, as BrainPy): Ito
   *       {@code xb = x + f dt + g sqrt(dt)}, {@code x + f dt + g dW + (g(xb) - g) (dW^2 - dt) /
   *       (2 sqrt(dt))}; Stratonovich {@code xb = x + g sqrt(dt)} and {@code dW^2} for
   *       {@code dW^2 - dt};
   *   <li>exponential_euler (Ito): {@code A = df/dx} symbolically,
   *       {@code x + dt phi(dt A) f + exp(dt A) g dW}, {@code phi(z) = (e^z - 1)/z}.
   * </ul>
   */
  private void sdeSystem(List<String> system, String method, List<Stmt> code, List<Stmt> finals,
      Map<String, Local> noise, Stmt.Origin origin) {
    Map<String, Local> dW = new LinkedHashMap<>();
    Local sqrtDt = sqrtDt(noise, code, origin);
    for (String v : system) {
      NeuronModel.Sde sde = model.derivatives().get(v).sde();
      String key = sde.wiener().equals("scalar") ? "dW" : "dW_" + v;
      Local l = noise.get(key);
      if (l == null) {
        l = new Local(key, Type.DOUBLE);
        code.add(new Declare(l, mul(new LocalRef(sqrtDt),
            new Expr.Random(true, sde.noiseSite())), origin));
        noise.put(key, l);
      }
      dW.put(v, l);
    }
    Map<String, Expr> here = new HashMap<>();
    SriTableau sri = SriTableau.byName(method);
    if (sri != null) {
      sriSystem(system, sri, dW, sqrtDt, noise, code, finals, origin);
      return;
    }
    boolean strat = model.derivatives().get(system.get(0)).sde().stratonovich();
    if (Tableaux.isExponential(method)) {
      for (String v : system) {
        Local a = new Local("d" + v + "_A", Type.DOUBLE);
        Local f = new Local("d" + v + "_f", Type.DOUBLE);
        expExtras(v, f, a, code);
        Local g = coefficient(v, true, here, null, "g" + v, code);
        Expr aRef = new LocalRef(a);
        Expr drift = new Expr.Conditional(
            new Binary(BinaryOp.EQ, aRef, Const.ofDouble(0), Type.BOOLEAN),
            mul(new Dt(), new LocalRef(f)),
            mul(new Binary(BinaryOp.DIV,
                new Expr.Call(MathFn.EXPM1, List.of(mul(new Dt(), aRef)), Type.DOUBLE), aRef,
                Type.DOUBLE), new LocalRef(f)), Type.DOUBLE);
        Expr diffusion = mul(mul(new Expr.Call(MathFn.EXP, List.of(mul(new Dt(), aRef)),
            Type.DOUBLE), new LocalRef(g)), new LocalRef(dW.get(v)));
        finals.add(advance(v, new Binary(BinaryOp.ADD, drift, diffusion, Type.DOUBLE), origin));
      }
      return;
    }
    Map<String, Local> f = new LinkedHashMap<>();
    Map<String, Local> g = new LinkedHashMap<>();
    for (String v : system) {
      f.put(v, coefficient(v, false, here, null, "d" + v + "_f", code));
      g.put(v, coefficient(v, true, here, null, "g" + v, code));
    }
    Expr dt = new Dt();
    if (method.equals("euler") && !strat) {
      for (String v : system) {
        finals.add(advance(v, new Binary(BinaryOp.ADD, mul(new LocalRef(f.get(v)), dt),
            mul(new LocalRef(g.get(v)), new LocalRef(dW.get(v))), Type.DOUBLE), origin));
      }
      return;
    }
    // the supporting values xb
    Map<String, Expr> bar = new HashMap<>();
    for (String v : system) {
      Expr x = new VarRef(v, model.var(v).type());
      Expr gPart = mul(new LocalRef(g.get(v)), method.equals("milstein")
          ? new LocalRef(sqrtDt(noise, code, origin)) : new LocalRef(dW.get(v)));
      // Stratonovich support values leave the drift out: f dt in them adds (g' f sqrt(dt) / 2)
      // dW^2 to the Milstein term, whose mean (dt^1.5 a step, unlike Ito's dW^2 - dt) would
      // add up to a global error of order sqrt(dt)
      Expr inc = method.equals("euler") || (method.equals("milstein") && strat) ? gPart
          : new Binary(BinaryOp.ADD, mul(new LocalRef(f.get(v)), dt), gPart, Type.DOUBLE);
      Type type = model.var(v).type();
      Expr value = new Binary(BinaryOp.ADD, x, inc, Type.DOUBLE);
      Local xb = new Local(v + "_bar", type);
      code.add(new Declare(xb, type == Type.DOUBLE ? value : new Expr.Cast(type, value), origin));
      bar.put(v, new LocalRef(xb));
    }
    Expr later = method.equals("heun") ? new Binary(BinaryOp.ADD, new Time(), dt, Type.DOUBLE)
        : null;
    Map<String, Local> gBar = new LinkedHashMap<>();
    Map<String, Local> fBar = new LinkedHashMap<>();
    for (String v : system) {
      if (method.equals("heun")) {
        fBar.put(v, coefficient(v, false, bar, later, "d" + v + "_f_bar", code));
      }
      gBar.put(v, coefficient(v, true, bar, later, "g" + v + "_bar", code));
    }
    Const half = Const.ofDouble(0.5);
    for (String v : system) {
      Expr gv = new LocalRef(g.get(v));
      Expr dw = new LocalRef(dW.get(v));
      Expr inc;
      if (method.equals("milstein")) {
        Expr sq = mul(dw, dw);
        if (!strat) {
          sq = new Binary(BinaryOp.SUB, sq, dt, Type.DOUBLE);
        }
        Expr corr = mul(mul(half, new Binary(BinaryOp.SUB, new LocalRef(gBar.get(v)), gv,
            Type.DOUBLE)), new Binary(BinaryOp.DIV, sq, new LocalRef(sqrtDt(noise, code, origin)),
            Type.DOUBLE));
        inc = new Binary(BinaryOp.ADD, new Binary(BinaryOp.ADD, mul(new LocalRef(f.get(v)), dt),
            mul(gv, dw), Type.DOUBLE), corr, Type.DOUBLE);
      } else {
        Expr fPart = method.equals("heun")
            ? mul(mul(half, new Binary(BinaryOp.ADD, new LocalRef(f.get(v)),
                new LocalRef(fBar.get(v)), Type.DOUBLE)), dt)
            : mul(new LocalRef(f.get(v)), dt);
        Expr gPart = mul(mul(half, new Binary(BinaryOp.ADD, gv, new LocalRef(gBar.get(v)),
            Type.DOUBLE)), dw);
        inc = new Binary(BinaryOp.ADD, fPart, gPart, Type.DOUBLE);
      }
      finals.add(advance(v, inc, origin));
    }
  }

  /**
   * A scheme of the SRI class (see {@link SriTableau}) for a system on one Wiener process: the
   * stage values and coefficients in stage order, then the increments. {@code I10} draws its
   * second normal number from the model's second scalar-noise site.
   */
  private void sriSystem(List<String> system, SriTableau tab, Map<String, Local> dW,
      Local sqrtDt, Map<String, Local> noise, List<Stmt> code, List<Stmt> finals,
      Stmt.Origin origin) {
    int s = tab.stages();
    Expr dt = new Dt();
    Expr dw = new LocalRef(dW.get(system.get(0)));
    Expr sq = new LocalRef(sqrtDt);
    // I11 / sqrt(dt) = (dW^2 - dt) / (2 sqrt(dt))
    Local chi1 = noise.computeIfAbsent(" chi1", k -> {
      Local l = new Local("I11_sqrtDt", Type.DOUBLE);
      code.add(new Declare(l, new Binary(BinaryOp.DIV,
          new Binary(BinaryOp.SUB, mul(dw, dw), dt, Type.DOUBLE),
          mul(Const.ofDouble(2), sq), Type.DOUBLE), origin));
      return l;
    });
    Local chi2 = null;
    Local chi3 = null;
    if (tab.usesI10()) {
      int aux = model.derivatives().get(system.get(0)).sde().auxSite();
      // I10 / dt = (dW + dZ / sqrt(3)) / 2, dZ = sqrt(dt) N(0, 1) independent of dW
      chi2 = noise.computeIfAbsent(" chi2", k -> {
        Local l = new Local("I10_dt", Type.DOUBLE);
        code.add(new Declare(l, mul(Const.ofDouble(0.5), new Binary(BinaryOp.ADD, dw,
            new Binary(BinaryOp.DIV, mul(sq, new Expr.Random(true, aux)),
                Const.ofDouble(Math.sqrt(3)), Type.DOUBLE), Type.DOUBLE)), origin));
        return l;
      });
      // I111 / dt = (dW^3 - 3 dt dW) / (6 dt)
      chi3 = noise.computeIfAbsent(" chi3", k -> {
        Local l = new Local("I111_dt", Type.DOUBLE);
        code.add(new Declare(l, new Binary(BinaryOp.DIV,
            mul(dw, new Binary(BinaryOp.SUB, mul(dw, dw), mul(Const.ofDouble(3), dt),
                Type.DOUBLE)), mul(Const.ofDouble(6), dt), Type.DOUBLE), origin));
        return l;
      });
    }
    boolean[] needF = new boolean[s];
    boolean[] needG = new boolean[s];
    for (int j = 0; j < s; j++) {
      needF[j] = tab.alpha()[j] != 0;
      needG[j] = tab.beta1()[j] != 0 || tab.beta2()[j] != 0 || tab.beta3()[j] != 0
          || tab.beta4()[j] != 0;
      for (int i = j + 1; i < s; i++) {
        needF[j] |= tab.a0()[i][j] != 0 || tab.a1()[i][j] != 0;
        needG[j] |= tab.b0()[i][j] != 0 || tab.b1()[i][j] != 0;
      }
    }
    Map<String, List<Local>> f = new LinkedHashMap<>();
    Map<String, List<Local>> g = new LinkedHashMap<>();
    system.forEach(v -> {
      f.put(v, new ArrayList<>());
      g.put(v, new ArrayList<>());
    });
    for (int i = 0; i < s; i++) {
      Map<String, Expr> h0 = new HashMap<>();
      Map<String, Expr> h1 = new HashMap<>();
      for (String v : system) {
        if (needF[i]) {
          sriStage(v, "_H0_" + (i + 1), tab.a0()[i], f.get(v), tab.b0()[i], g.get(v),
              chi2 == null ? null : new LocalRef(chi2), h0, code, origin);
        }
        if (needG[i]) {
          sriStage(v, "_H1_" + (i + 1), tab.a1()[i], f.get(v), tab.b1()[i], g.get(v), sq, h1,
              code, origin);
        }
      }
      for (String v : system) {
        f.get(v).add(needF[i] ? coefficient(v, false, h0, later(tab.c0()[i]),
            "d" + v + "_f" + (i + 1), code) : null);
        g.get(v).add(needG[i] ? coefficient(v, true, h1, later(tab.c1()[i]),
            "g" + v + "_" + (i + 1), code) : null);
      }
    }
    for (String v : system) {
      Expr inc = mul(dt, weightedSum(tab.alpha(), f.get(v)));
      Local[] chis = {dW.get(v), chi1, chi2, chi3};
      double[][] betas = {tab.beta1(), tab.beta2(), tab.beta3(), tab.beta4()};
      for (int k = 0; k < 4; k++) {
        Expr sum = weightedSum(betas[k], g.get(v));
        if (sum != null) {
          inc = new Binary(BinaryOp.ADD, inc, mul(new LocalRef(chis[k]), sum), Type.DOUBLE);
        }
      }
      finals.add(advance(v, inc, origin));
    }
  }

  /** {@code t + c dt}, or null (t) for c = 0. */
  private static Expr later(double c) {
    return c == 0 ? null : new Binary(BinaryOp.ADD, new Time(),
        c == 1 ? new Dt() : mul(Const.ofDouble(c), new Dt()), Type.DOUBLE);
  }

  /**
   * One SRI stage value {@code v + dt sum_j a_j f_j + noise sum_j b_j g_j} into {@code stage}
   * (left out, so the variable itself is read, when both sums are empty).
   */
  private void sriStage(String v, String suffix, double[] a, List<Local> f, double[] b,
      List<Local> g, Expr noise, Map<String, Expr> stage, List<Stmt> code, Stmt.Origin origin) {
    Expr drift = weightedSum(a, f);
    Expr diff = weightedSum(b, g);
    if (drift == null && diff == null) {
      return;
    }
    Expr value = new VarRef(v, model.var(v).type());
    if (drift != null) {
      value = new Binary(BinaryOp.ADD, value, mul(new Dt(), drift), Type.DOUBLE);
    }
    if (diff != null) {
      value = new Binary(BinaryOp.ADD, value, mul(noise, diff), Type.DOUBLE);
    }
    Type type = model.var(v).type();
    Local x = new Local(v + suffix, type);
    code.add(new Declare(x, type == Type.DOUBLE ? value : new Expr.Cast(type, value), origin));
    stage.put(v, new LocalRef(x));
  }

  /** {@code sqrt(dt)}, declared once per integrate statement. */
  private static Local sqrtDt(Map<String, Local> noise, List<Stmt> code, Stmt.Origin origin) {
    return noise.computeIfAbsent(" sqrtDt", k -> {
      Local l = new Local("sqrtDt", Type.DOUBLE);
      code.add(new Declare(l, new Expr.Call(MathFn.SQRT, List.of(new Dt()), Type.DOUBLE),
          origin));
      return l;
    });
  }

  /**
   * The drift ({@code diffusion == false}) or noise coefficient of {@code v} at the given stage
   * values (variables not in it: their current values) and time ({@code null}: t), as a local.
   */
  private Local coefficient(String v, boolean diffusion, Map<String, Expr> stage, Expr time,
      String name, List<Stmt> code) {
    DerivativeSpec d = model.derivatives().get(v);
    IrRewriter rw = new IrRewriter(ref -> stage.get(ref.name()), time);
    code.addAll(rw.stmts(diffusion ? d.sde().body() : d.body()));
    Local k = new Local(name, Type.DOUBLE);
    code.add(new Declare(k, rw.expr(diffusion ? d.sde().result() : d.result()),
        diffusion ? d.sde().origin() : d.origin()));
    return k;
  }

  /** Exponential Euler's drift {@code f} and linear part {@code A = df/dx} of {@code v}. */
  private void expExtras(String v, Local f, Local a, List<Stmt> code) {
    DerivativeSpec d = model.derivatives().get(v);
    IrRewriter rw = new IrRewriter(null, null);
    List<Stmt> body = rw.stmts(d.body());
    Expr fx = rw.expr(d.result());
    Differentiator.Result lin =
        JacobianSimplifier.simplify(Differentiator.differentiate(body, fx, v), fx);
    code.addAll(lin.body());
    code.add(new Declare(f, fx, d.origin()));
    code.add(new Declare(a, lin.derivative(), d.origin()));
  }

  private Stmt advance(String var, Expr increment, Stmt.Origin origin) {
    return new Assign(new VarTarget(var, model.var(var).type()), AssignOp.ADD, increment, origin);
  }

  /**
   * One adaptive system: a loop of tries on working copies of the variables and of the step
   * size, bounded by {@link #MAX_TRIES}, then the copies are stored.
   */
  private void adaptiveSystem(List<String> system, ButcherTableau tab, Adaptive ad,
      List<Stmt> code, List<Stmt> finals, Stmt.Origin origin) {
    String lead = system.get(0);
    Map<String, Expr> state = new LinkedHashMap<>();
    for (String v : system) {
      Type type = model.var(v).type();
      Local copy = new Local(v + "_sub", type);
      code.add(new Declare(copy, new VarRef(v, type), origin));
      state.put(v, new LocalRef(copy));
    }
    Expr stepVar = new VarRef(ad.stepVar(), Type.DOUBLE);
    Local h = new Local(ad.stepVar() + "_sub", Type.DOUBLE);
    // a step size that is not positive (0 by default, or NaN) starts with the network's dt
    code.add(new Declare(h, new Expr.Conditional(
        new Binary(BinaryOp.GT, stepVar, Const.ofDouble(0), Type.BOOLEAN), stepVar, new Dt(),
        Type.DOUBLE), origin));
    Local remaining = new Local(lead + "_remaining", Type.DOUBLE);
    code.add(new Declare(remaining, new Dt(), origin));
    Local time = new Local(lead + "_t", Type.DOUBLE);
    code.add(new Declare(time, new Time(), origin));
    Local tries = new Local(lead + "_tries", Type.INT);
    code.add(new Declare(tries, new Const(Type.INT, 0), origin));
    Expr hRef = new LocalRef(h);
    Expr remRef = new LocalRef(remaining);

    List<Stmt> loop = new ArrayList<>();
    loop.add(new Assign(new LocalTarget(tries), AssignOp.ADD, new Const(Type.INT, 1), origin));
    Local hTry = new Local(ad.stepVar() + "_try", Type.DOUBLE);
    loop.add(new Declare(hTry, new Expr.Conditional(
        new Binary(BinaryOp.LE, new Binary(BinaryOp.SUB, remRef, hRef, Type.DOUBLE),
            mul(Const.ofDouble(STRETCH), new Dt()), Type.BOOLEAN),
        remRef, hRef, Type.DOUBLE), origin));
    Expr step = new LocalRef(hTry);
    Map<String, List<Local>> slopes = new LinkedHashMap<>();
    stages(system, tab, ButcherTableau.stagesUsed(tab.b(), tab.bStar()), state, step,
        new LocalRef(time), loop, slopes, origin);

    Expr err = null;
    double[] e = tab.errorWeights();
    for (String v : system) {
      Expr est = new Expr.Call(MathFn.ABS, List.of(mul(step, weightedSum(e, slopes.get(v)))),
          Type.DOUBLE);
      err = err == null ? est : new Expr.Call(MathFn.MAX, List.of(err, est), Type.DOUBLE);
    }
    Local errLocal = new Local(lead + "_err", Type.DOUBLE);
    loop.add(new Declare(errLocal, err, origin));
    Expr errRef = new LocalRef(errLocal);
    Local fac = new Local(lead + "_fac", Type.DOUBLE);
    // err = 0 gives +infinity, limited to FACMAX; NaN (a blown-up try) fails "> FACMIN"
    loop.add(new Declare(fac, mul(Const.ofDouble(SAFETY), new Expr.Call(MathFn.POW, List.of(
        new Binary(BinaryOp.DIV, Const.ofDouble(ad.tol()), errRef, Type.DOUBLE),
        Const.ofDouble(1.0 / (tab.embeddedOrder() + 1))), Type.DOUBLE)), origin));
    Expr facRef = new LocalRef(fac);
    loop.add(new Assign(new LocalTarget(fac), AssignOp.SET, new Expr.Conditional(
        new Binary(BinaryOp.GT, facRef, Const.ofDouble(FACMIN), Type.BOOLEAN),
        new Expr.Call(MathFn.MIN, List.of(Const.ofDouble(FACMAX), facRef), Type.DOUBLE),
        Const.ofDouble(FACMIN), Type.DOUBLE), origin));
    Expr proposed = mul(step, facRef);

    List<Stmt> accept = new ArrayList<>();
    for (String v : system) {
      Local copy = ((LocalRef) state.get(v)).local();
      accept.add(new Assign(new LocalTarget(copy), AssignOp.ADD,
          mul(step, weightedSum(tab.b(), slopes.get(v))), origin));
    }
    accept.add(new Assign(new LocalTarget(time), AssignOp.ADD, step, origin));
    accept.add(new Assign(new LocalTarget(remaining), AssignOp.SUB, step, origin));
    // a try cut short by the end of the time step whose growth factor hit FACMAX only shows
    // that the step could be more than FACMAX times the short one: it does not shrink the step
    // size kept for the next time step (else a sliver at the end of dt would)
    accept.add(new Assign(new LocalTarget(h), AssignOp.SET, new Expr.Conditional(
        new Binary(BinaryOp.AND,
            new Binary(BinaryOp.LT, step, hRef, Type.BOOLEAN),
            new Binary(BinaryOp.GE, facRef, Const.ofDouble(FACMAX), Type.BOOLEAN),
            Type.BOOLEAN),
        new Expr.Call(MathFn.MAX, List.of(hRef, proposed), Type.DOUBLE), proposed, Type.DOUBLE),
        origin));
    List<Stmt> reject = List.of(new Assign(new LocalTarget(h), AssignOp.SET, proposed, origin));
    loop.add(new If(new Binary(BinaryOp.LE, errRef, Const.ofDouble(ad.tol()), Type.BOOLEAN),
        accept, reject, origin));

    Stmt.Origin o = model.derivatives().get(lead).origin();
    String message = model.modelName() + ": adaptive " + tab.name() + " integration of "
        + String.join(", ", system) + " (d" + lead + " at " + o.file() + ":" + o.line()
        + ") did not cover the time step in " + MAX_TRIES + " tries with tol = " + ad.tol()
        + "; is the solution blowing up, or the tolerance below what doubles resolve?";
    Stmt fail = new Stmt.Fail(message, List.of(
        new Stmt.Detail("t", new Time()),
        new Stmt.Detail("dt", new Dt()),
        new Stmt.Detail("time left", remRef),
        new Stmt.Detail(ad.stepVar(), hRef),
        new Stmt.Detail("error estimate", errRef)), origin);
    loop.add(new If(new Binary(BinaryOp.AND,
        new Binary(BinaryOp.GT, remRef, Const.ofDouble(0), Type.BOOLEAN),
        new Binary(BinaryOp.GE, new LocalRef(tries), new Const(Type.INT, MAX_TRIES),
            Type.BOOLEAN), Type.BOOLEAN),
        List.of(fail), List.of(), origin));

    code.add(new Stmt.While(
        new Binary(BinaryOp.GT, remRef, Const.ofDouble(0), Type.BOOLEAN), loop, origin));
    for (String v : system) {
      finals.add(new Assign(new VarTarget(v, model.var(v).type()), AssignOp.SET, state.get(v),
          origin));
    }
    finals.add(new Assign(new VarTarget(ad.stepVar(), Type.DOUBLE), AssignOp.SET, hRef, origin));
  }

  /**
   * Exponential Euler for one variable: {@code f} and its linear part {@code A = df/dx} (by
   * symbolic differentiation of the derivative's body), then the increment
   * {@code dt * phi(dt A) * f} with {@code phi(z) = expm1(z) / z}, which is accurate for small
   * {@code z}; {@code A == 0} is plain Euler.
   */
  private Expr exponentialEuler(String v, List<Stmt> code) {
    DerivativeSpec d = model.derivatives().get(v);
    IrRewriter rw = new IrRewriter(null, null);
    List<Stmt> body = rw.stmts(d.body());
    Expr f = rw.expr(d.result());
    Differentiator.Result lin =
        JacobianSimplifier.simplify(Differentiator.differentiate(body, f, v), f);
    code.addAll(lin.body());
    Local fl = new Local("d" + v + "_f", Type.DOUBLE);
    code.add(new Declare(fl, f, d.origin()));
    Local a = new Local("d" + v + "_A", Type.DOUBLE);
    code.add(new Declare(a, lin.derivative(), d.origin()));
    Expr fRef = new LocalRef(fl);
    Expr aRef = new LocalRef(a);
    Expr euler = mul(new Dt(), fRef);
    Expr exp = new Binary(BinaryOp.MUL,
        new Binary(BinaryOp.DIV,
            new Expr.Call(MathFn.EXPM1, List.of(mul(new Dt(), aRef)), Type.DOUBLE), aRef,
            Type.DOUBLE),
        fRef, Type.DOUBLE);
    return new Expr.Conditional(
        new Binary(BinaryOp.EQ, aRef, Const.ofDouble(0), Type.BOOLEAN), euler, exp, Type.DOUBLE);
  }

  /**
   * The stages of one system: stage values {@code x_i = x + h * sum_j a_ij k_j} from the values
   * in {@code state} (the variables, or an adaptive loop's copies) and slopes
   * {@code k_i = f(x_i, t0 + c_i h)}, with {@code t0} the step's start ({@code null}: {@code t}).
   */
  private void stages(
      List<String> system,
      ButcherTableau tab,
      int stages,
      Map<String, Expr> state,
      Expr h,
      Expr t0,
      List<Stmt> code,
      Map<String, List<Local>> slopes,
      Stmt.Origin origin) {
    system.forEach(v -> slopes.put(v, new ArrayList<>()));
    for (int stage = 0; stage < stages; stage++) {
      Map<String, Expr> stageValue = new HashMap<>();
      for (String v : system) {
        Expr start = state.get(v);
        if (stage == 0) {
          // the first stage reads the state itself
          if (!(start instanceof VarRef)) {
            stageValue.put(v, start);
          }
          continue;
        }
        Expr inc = weightedSum(tab.a()[stage], slopes.get(v));
        Type type = model.var(v).type();
        // a stage value has the variable's type, so every stage evaluates the derivative with
        // the types the model declares (a float variable's stages are floats, like stage 1)
        Local x = new Local(v + "_" + (stage + 1), type);
        Expr value =
            inc == null
                ? start
                : new Binary(BinaryOp.ADD, start, mul(h, inc), Type.DOUBLE);
        if (type != Type.DOUBLE && inc != null) {
          value = new Expr.Cast(type, value);
        }
        code.add(new Declare(x, value, origin));
        stageValue.put(v, new LocalRef(x));
      }
      double c = tab.c()[stage];
      Expr base = t0 == null ? new Time() : t0;
      Expr time =
          c == 0
              ? t0
              : new Binary(
                  BinaryOp.ADD,
                  base,
                  c == 1 ? h : mul(Const.ofDouble(c), h),
                  Type.DOUBLE);
      for (String v : system) {
        DerivativeSpec d = model.derivatives().get(v);
        IrRewriter rw = new IrRewriter(ref -> stageValue.get(ref.name()), time);
        code.addAll(rw.stmts(d.body()));
        Local k = new Local("d" + v + "_k" + (stage + 1), Type.DOUBLE);
        code.add(new Declare(k, rw.expr(d.result()), d.origin()));
        slopes.get(v).add(k);
      }
    }
  }

  /** {@code sum_j w_j k_j} over the non-zero weights, or null if all are zero. */
  private static Expr weightedSum(double[] weights, List<Local> ks) {
    Expr sum = null;
    for (int j = 0; j < weights.length && j < ks.size(); j++) {
      double w = weights[j];
      if (w == 0) {
        continue;
      }
      Expr term = new LocalRef(ks.get(j));
      boolean negative = w < 0 && sum != null;
      double mag = negative ? -w : w;
      // a leading -1 is written as -k (below), so it takes no factor here
      if (mag != 1 && mag != -1) {
        term = mul(Const.ofDouble(mag), term);
      }
      if (sum == null) {
        sum = w == -1 ? new Expr.Unary(Expr.UnaryOp.NEG, term, Type.DOUBLE) : term;
      } else {
        sum = new Binary(negative ? BinaryOp.SUB : BinaryOp.ADD, sum, term, Type.DOUBLE);
      }
    }
    return sum;
  }

  private static Expr mul(Expr a, Expr b) {
    return new Binary(BinaryOp.MUL, a, b, Type.DOUBLE);
  }
}
