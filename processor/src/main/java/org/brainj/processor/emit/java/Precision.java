package org.brainj.processor.emit.java;

import com.squareup.javapoet.MethodSpec;
import java.util.List;
import java.util.function.Consumer;
import org.brainj.processor.ir.Expr;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Type;
import org.brainj.processor.transform.FloatDemotion;

/**
 * One precision's version of a generated class's code. A generated group keeps both: the double
 * version under the model's names, the float version's {@code double} arrays and methods with the
 * suffix {@code _f32} ({@code float[] V_f32}, {@code update_f32}); arrays of other types are
 * shared. The runtime's {@code singlePrecision()} picks one per group.
 */
enum Precision {
  DOUBLE(""),
  FLOAT("_f32");

  /** Appended to the names of the float version's {@code double} arrays and its methods. */
  static final String SUFFIX = "_f32";

  private final String suffix;

  Precision(String suffix) {
    this.suffix = suffix;
  }

  /** The type a model type has in this version. */
  Type type(Type t) {
    return this == FLOAT ? FloatDemotion.type(t) : t;
  }

  /** The field holding variable {@code var} of type {@code t} in this version. */
  String array(String var, Type t) {
    return this == FLOAT && t == Type.DOUBLE ? var + SUFFIX : var;
  }

  /** The name of a generated method in this version. */
  String method(String name) {
    return name + suffix;
  }

  /** Expanded step code in this version. */
  List<Stmt> body(List<Stmt> expanded) {
    return this == FLOAT ? FloatDemotion.of(expanded) : expanded;
  }

  /** An expression (an initial value) in this version. */
  Expr expr(Expr e) {
    return this == FLOAT ? FloatDemotion.of(e) : e;
  }

  /** Writes {@code if (singlePrecision()) <float version> else <double version>} into {@code m}. */
  static void branch(MethodSpec.Builder m, Consumer<Precision> version) {
    m.beginControlFlow("if (singlePrecision())");
    version.accept(FLOAT);
    m.nextControlFlow("else");
    version.accept(DOUBLE);
    m.endControlFlow();
  }

  /** How a parameter of type {@code t} is read from its {@code double[]} values. */
  String paramLoad(Type t) {
    Type own = type(t);
    return own == Type.DOUBLE ? "" : "(" + own.javaName() + ") ";
  }
}
