package org.brainj.processor.extract;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports problems at the exact place in the model source: on the expression or statement that
 * caused them when there is one, else on the element (and annotation) at fault.
 */
public final class Diagnostics {
  /** Thrown to abandon the current body after an error has been reported. */
  static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

  private final Trees trees;
  private final Messager messager;
  private int errors;

  public Diagnostics(Trees trees, Messager messager) {
    this.trees = trees;
    this.messager = messager;
  }

  /** Reports an error on {@code tree} and aborts the current body. */
  Abort fail(Tree tree, CompilationUnitTree unit, String message) {
    error(tree, unit, message);
    return new Abort();
  }

  void error(Tree tree, CompilationUnitTree unit, String message) {
    errors++;
    trees.printMessage(Diagnostic.Kind.ERROR, message, tree, unit);
  }

  void warning(Tree tree, CompilationUnitTree unit, String message) {
    trees.printMessage(Diagnostic.Kind.WARNING, message, tree, unit);
  }

  void error(Element element, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  void error(Element element, AnnotationMirror annotation, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
  }

  /** Reports an error on one value of an annotation ({@code adaptive = true}). */
  void error(Element element, AnnotationMirror annotation, AnnotationValue value, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation, value);
  }

  public int errorCount() {
    return errors;
  }
}
