package dev.agentworkbench.ui.spec;

import dev.agentworkbench.spec.Frontmatter;
import dev.agentworkbench.spec.LineMap;
import dev.agentworkbench.spec.SpecDocument;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Styles for the source editor: YAML in the frontmatter (keys, comments, the fences) and Markdown
 * in the body (headings, code blocks). Pure computation: runs off the FX thread.
 */
public final class SpecHighlighter {
  private SpecHighlighter() {}

  public static StyleSpans<Collection<String>> styles(SpecDocument doc) {
    StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
    LineMap lines = doc.lines();
    Frontmatter fm = doc.frontmatter();
    int fmEnd = fm.present() ? fm.closeLine().orElse(fm.intendedEndLine()) : 0;
    boolean[] inCode = codeLines(doc);
    int written = 0;
    for (int i = 1; i <= lines.count(); i++) {
      int start = lines.start(i);
      int end = lines.end(i);
      String line = lines.content(i);
      if (start > written) {
        b.add(Set.of(), start - written);
      }
      if (fm.present() && i >= fm.openLine() && i <= fmEnd) {
        yaml(b, line, end - start, i == fm.openLine() || i == fmEnd && fm.closed());
      } else if (inCode[i]) {
        b.add(List.of("md-code-line"), end - start);
      } else if (line.startsWith("#")) {
        b.add(List.of("md-heading-line"), end - start);
      } else {
        b.add(List.of(), end - start);
      }
      written = end;
    }
    if (written < doc.text().length() || written == 0) {
      b.add(List.of(), doc.text().length() - written);
    }
    return b.create();
  }

  private static void yaml(
      StyleSpansBuilder<Collection<String>> b, String line, int length, boolean fence) {
    if (fence) {
      b.add(List.of("yaml-fence"), length);
      return;
    }
    if (line.startsWith("#")) {
      b.add(List.of("yaml-comment"), length);
      return;
    }
    int colon = line.indexOf(':');
    if (colon > 0 && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-")) {
      b.add(List.of("yaml-key"), colon + 1);
      b.add(List.of("yaml-value"), length - colon - 1);
    } else {
      b.add(List.of("yaml-value"), length);
    }
  }

  private static boolean[] codeLines(SpecDocument doc) {
    boolean[] code = new boolean[doc.lines().count() + 2];
    doc.codeBlocks()
        .forEach(
            c -> {
              for (int i = c.firstLine(); i <= Math.min(c.lastLine(), doc.lines().count()); i++) {
                code[i] = true;
              }
            });
    return code;
  }
}
