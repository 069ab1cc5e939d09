package dev.agentworkbench.commit;

/** A trailer at the end of a commit message, such as {@code Refs: #12}. */
public record Footer(String key, String value) {
  public static final String BREAKING_CHANGE = "BREAKING CHANGE";
  public static final String REFS = "Refs";
  public static final String CO_AUTHORED_BY = "Co-authored-by";
  public static final String SIGNED_OFF_BY = "Signed-off-by";

  public String line() {
    return key + ": " + value;
  }
}
