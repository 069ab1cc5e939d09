package dev.agentworkbench.git;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;

/**
 * Applies some of the changes between two versions of a file to the old one, the way {@code git add
 * -p} applies an edited patch: an unselected removal stays as context, an unselected addition is
 * left out.
 */
final class PartialPatch {
  private PartialPatch() {}

  static byte[] apply(byte[] oldContent, byte[] newContent, LineSelection selection) {
    List<byte[]> a = TextLines.split(oldContent);
    List<byte[]> b = TextLines.split(newContent);
    EditList edits = DiffBuilder.edits(oldContent, newContent);
    List<byte[]> result = new ArrayList<>(a.size() + b.size());
    int aPos = 0;
    for (Edit e : edits) {
      result.addAll(a.subList(aPos, e.getBeginA()));
      for (int i = e.getBeginA(); i < e.getEndA(); i++) {
        if (!selection.removes(i)) {
          result.add(a.get(i));
        }
      }
      for (int j = e.getBeginB(); j < e.getEndB(); j++) {
        if (selection.adds(j)) {
          result.add(b.get(j));
        }
      }
      aPos = e.getEndA();
    }
    result.addAll(a.subList(aPos, a.size()));
    return TextLines.join(result);
  }

  /**
   * The inverse: takes the selected changes back out of the new version (unstaging or discarding
   * them), keeping every other change.
   */
  static byte[] revert(byte[] oldContent, byte[] newContent, LineSelection selection) {
    List<byte[]> a = TextLines.split(oldContent);
    List<byte[]> b = TextLines.split(newContent);
    EditList edits = DiffBuilder.edits(oldContent, newContent);
    List<byte[]> result = new ArrayList<>(a.size() + b.size());
    int bPos = 0;
    for (Edit e : edits) {
      result.addAll(b.subList(bPos, e.getBeginB()));
      for (int i = e.getBeginA(); i < e.getEndA(); i++) {
        if (selection.removes(i)) {
          result.add(a.get(i));
        }
      }
      for (int j = e.getBeginB(); j < e.getEndB(); j++) {
        if (!selection.adds(j)) {
          result.add(b.get(j));
        }
      }
      bPos = e.getEndB();
    }
    result.addAll(b.subList(bPos, b.size()));
    return TextLines.join(result);
  }
}
