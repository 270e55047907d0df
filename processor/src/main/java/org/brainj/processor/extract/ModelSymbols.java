package org.brainj.processor.extract;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.brainj.processor.ir.Expr.Const;
import org.brainj.processor.ir.Type;
import org.brainj.processor.model.NeuronModel.Role;

/** The names a model body can refer to: its parameters, variables, constants and helpers. */
final class ModelSymbols {
  record VarSymbol(String name, Type type, Role role) {}

  final TypeElement type;
  final Map<String, Type> params = new LinkedHashMap<>();
  final Map<String, VarSymbol> vars = new LinkedHashMap<>();
  final Map<String, Const> constants = new HashMap<>();
  /** For @Pre/@Post fields: the name of the variable in the connected group. */
  final Map<String, String> bindings = new HashMap<>();
  /** Static methods of the model class, by name: candidates for inlining. */
  final Map<String, ExecutableElement> helpers = new HashMap<>();
  /** Instance methods of the model class, by name: not callable from model code. */
  final Map<String, ExecutableElement> instanceMethods = new HashMap<>();
  /** Fields that are neither parameters, variables nor constants. */
  final Map<String, String> otherFields = new HashMap<>();

  ModelSymbols(TypeElement type) {
    this.type = type;
  }
}
