package org.brainj.processor.emit.vector;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import java.util.List;
import org.brainj.processor.ir.Stmt;
import org.brainj.processor.ir.Type;
import org.brainj.processor.transform.FloatDemotion;

/**
 * The element type of a kernel class's lanes. A model gets two kernel classes: {@code
 * <Group>Vector} with {@code DoubleVector}s for double-precision groups and {@code
 * <Group>VectorFloat} with {@code FloatVector}s (twice the lanes) for float ones, written from the
 * same IR, demoted by {@link FloatDemotion} for the second.
 */
enum LaneType {
  DOUBLE(Type.DOUBLE, "DoubleVector", Double.class, "Vector"),
  FLOAT(Type.FLOAT, "FloatVector", Float.class, "VectorFloat");

  /** The IR type of a lane's value. */
  final Type type;
  /** {@code DoubleVector} or {@code FloatVector}. */
  final ClassName vector;
  /** {@code VectorMask<Double>} or {@code VectorMask<Float>}. */
  final TypeName mask;
  /** {@code VectorSpecies<Double>} or {@code VectorSpecies<Float>}. */
  final TypeName species;
  /** What the kernel class's name adds to the group class's. */
  final String classSuffix;

  LaneType(Type type, String vector, Class<?> boxed, String classSuffix) {
    this.type = type;
    this.vector = ClassName.get(VectorExprWriter.PKG, vector);
    this.mask = ParameterizedTypeName.get(VectorExprWriter.VECTOR_MASK, ClassName.get(boxed));
    this.species = ParameterizedTypeName.get(ClassName.get(VectorExprWriter.PKG,
        "VectorSpecies"), ClassName.get(boxed));
    this.classSuffix = classSuffix;
  }

  /** {@code double} or {@code float}. */
  String primitive() {
    return type.javaName();
  }

  /** {@code double[]} or {@code float[]}. */
  TypeName array() {
    return this == FLOAT ? TypeName.get(float[].class) : TypeName.get(double[].class);
  }

  /** The literal 1 of this type (mask stores). */
  String one() {
    return this == FLOAT ? "1.0f" : "1.0";
  }

  /** Expanded step code in this precision. */
  List<Stmt> body(List<Stmt> expanded) {
    return this == FLOAT ? FloatDemotion.of(expanded) : expanded;
  }
}
