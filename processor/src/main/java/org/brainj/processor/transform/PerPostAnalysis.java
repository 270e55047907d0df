package org.brainj.processor.transform;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Expr.Binary;
import org.brainj.processor.ir.Expr.BinaryOp;
import org.brainj.processor.ir.Expr.Call;
import org.brainj.processor.ir.Expr.Cast;
import org.brainj.processor.ir.Expr.Conditional;
import org.brainj.processor.ir.Expr.LocalRef;
import org.brainj.processor.ir.Expr.ParamRef;
import org.brainj.processor.ir.Expr.Unary;
import org.brainj.processor.ir.Expr.VarRef;
import org.brainj.processor.ir.IrUsage;
import org.brainj.processor.ir.Local;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Stmt.Assign;
import org.brainj.processor.ir.Stmt.AssignOp;
import org.brainj.processor.ir.Stmt.Declare;
import org.brainj.processor.ir.Stmt.Integrate;
import org.brainj.processor.ir.Stmt.VarTarget;
import org.brainj.processor.ir.Type;
import org.brainj.processor.model.NeuronModel;
import org.brainj.processor.model.NeuronModel.DerivativeSpec;
import org.brainj.processor.model.NeuronModel.Phase;
import org.brainj.processor.model.NeuronModel.Role;
import org.brainj.processor.model.NeuronModel.StepSpec;
import org.brainj.processor.model.NeuronModel.VarSpec;

/**
 * Decides whether a synapse model's state can be kept per postsynaptic neuron: the sum of the
 * states of all synapses onto one neuron then evolves exactly like one synapse's state. That holds
 * when
 *
 * <ul>
 *   <li>every state variable starts at 0 and has a derivative that is linear and homogeneous in
 *       the state variables, with coefficients that do not depend on the presynaptic neuron, and
 *       the {@code @Update} steps only integrate;
 *   <li>{@code @OnPre} only adds to state variables amounts that do not depend on the state;
 *   <li>{@code @Output} only adds to postsynaptic variables amounts linear and homogeneous in the
 *       state, with coefficients that do not depend on the presynaptic neuron;
 *   <li>there is no {@code @OnPost} handler.
 * </ul>
 *
 * <p>The parameters that appear in the dynamics and the output must then be the same for all
 * synapses; the runtime checks that per group.
 */
public final class PerPostAnalysis {
  /** The result: capable or not, the parameters that must be uniform, and why not. */
  public record Result(boolean capable, Set<String> uniformParams, String reason) {}

  private static final int NONLINEAR = 2;

  private final NeuronModel model;
  private final Map<Local, Integer> localDegree = new IdentityHashMap<>();
  private boolean readsPre;

  private PerPostAnalysis(NeuronModel model) {
    this.model = model;
  }

  public static Result analyze(NeuronModel model) {
    return new PerPostAnalysis(model).run();
  }

  private Result run() {
    Set<String> uniform = new TreeSet<>();
    for (VarSpec v : model.vars()) {
      if (v.role() == Role.STATE) {
        if (v.type() != Type.DOUBLE && v.type() != Type.FLOAT) {
          return no("state variable '" + v.name() + "' is not a real number");
        }
        if (!model.derivatives().containsKey(v.name())) {
          return no("state variable '" + v.name() + "' has no derivative");
        }
        if (v.init() != null && !isZero(v.init())) {
          // the per-neuron state starts at one synapse's value, not at the sum over its synapses
          return no("state variable '" + v.name() + "' does not start at 0");
        }
      }
    }
    for (DerivativeSpec d : model.derivatives().values()) {
      readsPre = false;
      if (!declarations(d.body(), 0) || degree(d.result()) != 1 || readsPre) {
        return no("the derivative of '" + d.var() + "' is not linear in the state");
      }
      uniform.addAll(IrUsage.of(d.body(), d.result()).paramsRead);
    }
    for (StepSpec s : model.steps()) {
      switch (s.phase()) {
        case ON_POST -> {
          return no("@OnPost handlers act per synapse");
        }
        case UPDATE -> {
          if (s.period() != 0 || s.condition() != null
              || !s.body().stream().allMatch(x -> x instanceof Integrate)) {
            return no("@Update step '" + s.name() + "' does more than integrate");
          }
        }
        case ON_PRE -> {
          for (Stmt x : s.body()) {
            boolean ok = x instanceof Declare dec && (dec.init() == null || degreeOf(dec) == 0)
                || x instanceof Assign a && additive(a) && degree(a.value()) == 0
                    && (isState(a) || isPost(a));
            if (!ok) {
              return no("@OnPre handler '" + s.name() + "' does more than add to the state");
            }
          }
        }
        case OUTPUT -> {
          for (Stmt x : s.body()) {
            readsPre = false;
            boolean ok = x instanceof Declare dec && (dec.init() == null || degreeOf(dec) <= 1)
                || x instanceof Assign a && additive(a) && isPost(a) && degree(a.value()) == 1;
            if (!ok || readsPre) {
              return no("@Output step '" + s.name() + "' is not linear in the state");
            }
          }
          uniform.addAll(IrUsage.of(s.body()).paramsRead);
        }
        default -> throw new IllegalStateException();
      }
    }
    return new Result(true, uniform, "");
  }

  private static boolean isZero(Expr e) {
    if (e instanceof Cast c) {
      return isZero(c.operand());
    }
    return e instanceof Expr.Const c && c.asDouble() == 0;
  }

  private static Result no(String why) {
    return new Result(false, Set.of(), why);
  }

  private boolean declarations(List<Stmt> body, int wanted) {
    for (Stmt s : body) {
      if (!(s instanceof Declare d) || d.init() == null) {
        return false;
      }
      degreeOf(d);
    }
    return true;
  }

  private int degreeOf(Declare d) {
    int deg = degree(d.init());
    localDegree.put(d.local(), deg);
    return deg;
  }

  private static boolean additive(Assign a) {
    return a.op() == AssignOp.ADD || a.op() == AssignOp.SUB;
  }

  private boolean isState(Assign a) {
    return a.target() instanceof VarTarget v && model.var(v.name()).role() == Role.STATE;
  }

  private boolean isPost(Assign a) {
    return a.target() instanceof VarTarget v && model.var(v.name()).role() == Role.POST;
  }

  /** 0: independent of the state, 1: linear and homogeneous in it, 2: anything else. */
  private int degree(Expr e) {
    if (e instanceof VarRef v) {
      Role role = model.var(v.name()).role();
      if (role == Role.PRE) {
        readsPre = true;
      }
      return role == Role.STATE ? 1 : 0;
    }
    if (e instanceof LocalRef l) {
      return localDegree.getOrDefault(l.local(), NONLINEAR);
    }
    if (e instanceof Unary u) {
      int d = degree(u.operand());
      return u.op() == Expr.UnaryOp.NEG ? d : (d == 0 ? 0 : NONLINEAR);
    }
    if (e instanceof Binary b) {
      int l = degree(b.left());
      int r = degree(b.right());
      if (b.op() == BinaryOp.ADD || b.op() == BinaryOp.SUB) {
        return l == r ? l : NONLINEAR;
      }
      if (b.op() == BinaryOp.MUL) {
        return Math.min(l + r, NONLINEAR);
      }
      if (b.op() == BinaryOp.DIV) {
        return r == 0 ? l : NONLINEAR;
      }
      return l == 0 && r == 0 ? 0 : NONLINEAR;
    }
    if (e instanceof Conditional c) {
      int a = degree(c.ifTrue());
      int b = degree(c.ifFalse());
      return degree(c.condition()) == 0 && a == b ? a : NONLINEAR;
    }
    if (e instanceof Call c) {
      for (Expr a : c.args()) {
        if (degree(a) != 0) {
          return NONLINEAR;
        }
      }
      return 0;
    }
    if (e instanceof Cast c) {
      return degree(c.operand());
    }
    if (e instanceof ParamRef || e instanceof Expr.Const || e instanceof Expr.Time
        || e instanceof Expr.Dt) {
      return 0;
    }
    return NONLINEAR; // random draws
  }
}
