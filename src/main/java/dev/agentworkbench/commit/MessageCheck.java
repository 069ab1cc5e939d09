package dev.agentworkbench.commit;

import java.util.List;

/** The result of validating a message: its problems and the subject's length (tags included). */
public record MessageCheck(String subject, int subjectLength, List<MessageProblem> problems) {
  public static final int WARN_LENGTH = 72;
  public static final int MAX_LENGTH = 100;

  public MessageCheck {
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return errors().isEmpty();
  }

  public List<MessageProblem> errors() {
    return problems.stream().filter(p -> p.severity() == MessageProblem.Severity.ERROR).toList();
  }

  public List<MessageProblem> warnings() {
    return problems.stream().filter(p -> p.severity() == MessageProblem.Severity.WARNING).toList();
  }
}
