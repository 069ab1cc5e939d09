package dev.agentworkbench.memory;

import java.util.List;

/** A title held by several notes used where an exact note is needed (edit, move, delete). */
public final class AmbiguousIdentifierException extends NotesException {
  private static final long serialVersionUID = 1L;

  public AmbiguousIdentifierException(String identifier, List<String> permalinks) {
    super(
        "Ambiguous Identifier",
        "AMBIGUOUS_IDENTIFIER",
        "Ambiguous identifier '"
            + identifier
            + "' matches "
            + permalinks.size()
            + " notes: "
            + String.join(", ", permalinks)
            + ". Pass an exact permalink or external_id to disambiguate.");
  }
}
