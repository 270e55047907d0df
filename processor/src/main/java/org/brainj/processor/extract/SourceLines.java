package org.brainj.processor.extract;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import org.brainj.processor.ir.Stmt.Origin;

/** Maps trees to their model file, line and line text, for comments in generated code. */
final class SourceLines {
  private final CompilationUnitTree unit;
  private final SourcePositions positions;
  private final String fileName;
  private final String[] lines;

  SourceLines(Trees trees, CompilationUnitTree unit) {
    this.unit = unit;
    this.positions = trees.getSourcePositions();
    String name = unit.getSourceFile().getName();
    this.fileName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    String[] text;
    try {
      text = unit.getSourceFile().getCharContent(true).toString().split("\r?\n", -1);
    } catch (IOException e) {
      text = new String[0];
    }
    this.lines = text;
  }

  String fileName() {
    return fileName;
  }

  long line(Tree tree) {
    long pos = positions.getStartPosition(unit, tree);
    return pos < 0 ? -1 : unit.getLineMap().getLineNumber(pos);
  }

  long endLine(Tree tree) {
    long pos = positions.getEndPosition(unit, tree);
    return pos < 0 ? -1 : unit.getLineMap().getLineNumber(pos);
  }

  Origin origin(Tree tree) {
    long line = line(tree);
    if (line < 1 || line > lines.length) {
      return new Origin(fileName, line, "");
    }
    return new Origin(fileName, line, lines[(int) line - 1].trim());
  }

  /** The source text of a tree, for error messages. */
  String text(Tree tree) {
    long start = positions.getStartPosition(unit, tree);
    long end = positions.getEndPosition(unit, tree);
    try {
      CharSequence all = unit.getSourceFile().getCharContent(true);
      if (start >= 0 && end > start && end <= all.length()) {
        return all.subSequence((int) start, (int) end).toString();
      }
    } catch (IOException e) {
      // fall through
    }
    return tree.toString();
  }
}
