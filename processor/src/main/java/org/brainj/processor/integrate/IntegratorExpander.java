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
    Map<String, List<Local>> slopes = new LinkedHashMap<>();
    Map<String, ButcherTableau> methodOf = new HashMap<>();
    StringBuilder what = new StringBuilder();
    for (List<String> system : in.systems()) {
      ButcherTableau tab = Tableaux.byName(model.derivatives().get(system.get(0)).method());
      if (what.length() > 0) {
        what.append("; ");
      }
      what.append(String.join(", ", system)).append(" by ").append(tab.name());
      what.append(system.size() > 1 ? " jointly, " : ", ").append(tab.stages())
          .append(tab.stages() == 1 ? " stage" : " stages").append(" (");
      for (int k = 0; k < system.size(); k++) {
        Stmt.Origin o = model.derivatives().get(system.get(k)).origin();
        what.append(k == 0 ? "" : ", ").append("d").append(system.get(k)).append(" at ")
            .append(o.file()).append(":").append(o.line());
      }
      what.append(")");
      expandSystem(system, tab, code, slopes, in.origin());
      system.forEach(v -> methodOf.put(v, tab));
    }
    for (Map.Entry<String, List<Local>> e : slopes.entrySet()) {
      String var = e.getKey();
      ButcherTableau tab = methodOf.get(var);
      Expr sum = weightedSum(tab.b(), e.getValue());
      code.add(
          new Assign(
              new VarTarget(var, model.var(var).type()),
              AssignOp.ADD,
              mul(new Dt(), sum),
              in.origin()));
    }
    return new Block(code, "integrate " + what, in.origin());
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
