package dev.agentworkbench.spec.policy;

import java.util.List;

/**
 * How a commit subject must look: the format as the spec writes it (the seed's {@code type(scope):
 * description - @agent1 @agent2 @agent3}), the example subjects it gives, and the agents it names
 * as collaborators.
 */
public record AttributionPolicy(
    String subjectFormat,
    List<String> exampleSubjects,
    List<String> collaborators,
    boolean isDefault,
    SourceLines source) {

  public static final String SEED_FORMAT = "type(scope): description - @agent1 @agent2 @agent3";

  public AttributionPolicy {
    exampleSubjects = List.copyOf(exampleSubjects);
    collaborators = List.copyOf(collaborators);
  }

  public static AttributionPolicy defaults() {
    return new AttributionPolicy(SEED_FORMAT, List.of(), List.of(), true, SourceLines.DEFAULT);
  }
}
