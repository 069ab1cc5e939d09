package dev.agentworkbench.workspace.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewestWinsTest {

  @Test
  void aNewerRequestMakesTheOlderStale() {
    NewestWins newest = new NewestWins();
    BackgroundWork.Ticket first = newest.next("search");
    BackgroundWork.Ticket second = newest.next("search");
    BackgroundWork.Ticket other = newest.next("index");

    assertFalse(first.isCurrent());
    assertTrue(second.isCurrent());
    assertTrue(other.isCurrent(), "keys are independent");
  }

  @Test
  void sameThreadWorkDeliversResultsAndFailuresAtOnce() {
    SameThreadWork work = new SameThreadWork();
    List<String> seen = new ArrayList<>();
    work.submit("k", () -> "result", seen::add, e -> seen.add("failed"));
    work.<String>submit(
        "k",
        () -> {
          throw new IllegalStateException("boom");
        },
        seen::add,
        e -> seen.add("failed: " + e.getMessage()));
    assertEquals(List.of("result", "failed: boom"), seen);
  }

  @Test
  void resultOfARequestSupersededWhileRunningIsDropped() {
    SameThreadWork work = new SameThreadWork();
    List<String> seen = new ArrayList<>();
    work.submit(
        "search",
        () -> {
          // While this request runs, the user types again.
          work.submit("search", () -> "new", seen::add, e -> {});
          return "old";
        },
        seen::add,
        e -> {});
    assertEquals(List.of("new"), seen, "the stale result never reaches the view");
  }
}
