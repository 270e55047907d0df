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
import org.brainj.processor.ir.Stmt.VarTarget;
import org.brainj.processor.ir.Type;
import org.brainj.processor.ir.MathFn;
import org.brainj.processor.transform.Differentiator;
import org.brainj.processor.model.NeuronModel;
import org.brainj.processor.model.NeuronModel.DerivativeSpec;

/**
 * Replaces every {@link Integrate} statement by explicit Runge-Kutta stages built from the
 * method's {@link ButcherTableau}: for each system, stage values {@code x_i = x + dt * sum_j
 * a_ij k_j} and slopes {@code k_i = f(x_i, t + c_i dt)} (the derivative body inlined), then
 * {@code x += dt * sum_i b_i k_i} for every variable once all systems are computed.
 */
public final class IntegratorExpander {
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
    Map<String, Expr> increments = new LinkedHashMap<>();
    StringBuilder what = new StringBuilder();
    for (List<String> system : in.systems()) {
      String method = model.derivatives().get(system.get(0)).method();
      if (what.length() > 0) {
        what.append("; ");
      }
      what.append(String.join(", ", system)).append(" by ").append(method);
      if (Tableaux.isExponential(method)) {
        what.append(system.size() > 1 ? " (each linearised in itself)" : "");
      } else {
        ButcherTableau tab = Tableaux.byName(method);
        what.append(system.size() > 1 ? " jointly, " : ", ").append(tab.stages())
            .append(tab.stages() == 1 ? " stage" : " stages");
      }
      what.append(" (");
      for (int k = 0; k < system.size(); k++) {
        Stmt.Origin o = model.derivatives().get(system.get(k)).origin();
        what.append(k == 0 ? "" : ", ").append("d").append(system.get(k)).append(" at ")
            .append(o.file()).append(":").append(o.line());
      }
      what.append(")");
      if (Tableaux.isExponential(method)) {
        system.forEach(v -> increments.put(v, exponentialEuler(v, code)));
      } else {
        ButcherTableau tab = Tableaux.byName(method);
        Map<String, List<Local>> slopes = new LinkedHashMap<>();
        expandSystem(system, tab, code, slopes, in.origin());
        slopes.forEach((v, ks) -> increments.put(v, mul(new Dt(), weightedSum(tab.b(), ks))));
      }
    }
    // every system was computed from the state before this statement; now advance them all
    increments.forEach((var, inc) -> code.add(new Assign(
        new VarTarget(var, model.var(var).type()), AssignOp.ADD, inc, in.origin())));
    return new Block(code, "integrate " + what, in.origin());
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
    Differentiator.Result lin = Differentiator.differentiate(body, f, v);
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

  private void expandSystem(
      List<String> system,
      ButcherTableau tab,
      List<Stmt> code,
      Map<String, List<Local>> slopes,
      Stmt.Origin origin) {
    system.forEach(v -> slopes.put(v, new ArrayList<>()));
    for (int stage = 0; stage < tab.stages(); stage++) {
      Map<String, Expr> stageValue = new HashMap<>();
      for (String v : system) {
        if (stage == 0) {
          continue; // the first stage reads the state itself
        }
        Expr inc = weightedSum(tab.a()[stage], slopes.get(v));
        Type type = model.var(v).type();
        // a stage value has the variable's type, so every stage evaluates the derivative with
        // the types the model declares (a float variable's stages are floats, like stage 1)
        Local x = new Local(v + "_" + (stage + 1), type);
        Expr value =
            inc == null
                ? new VarRef(v, type)
                : new Binary(BinaryOp.ADD, new VarRef(v, type), mul(new Dt(), inc), Type.DOUBLE);
        if (type != Type.DOUBLE && inc != null) {
          value = new Expr.Cast(type, value);
        }
        code.add(new Declare(x, value, origin));
        stageValue.put(v, new LocalRef(x));
      }
      double c = tab.c()[stage];
      Expr time =
          c == 0
              ? null
              : new Binary(
                  BinaryOp.ADD,
                  new Time(),
                  c == 1 ? new Dt() : mul(Const.ofDouble(c), new Dt()),
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
