package dev.agentworkbench.ui.app;

import dev.agentworkbench.ui.commit.CommitRoom;
import dev.agentworkbench.ui.memory.MemoryRoom;
import dev.agentworkbench.ui.quality.QualityRoom;
import dev.agentworkbench.ui.spec.SpecRoom;
import java.util.List;

/** The four rooms in sidebar order (Ctrl+1..4). */
final class Rooms {
  private Rooms() {}

  static List<Room> create(RoomContext context) {
    return List.of(
        new SpecRoom(context),
        new MemoryRoom(context),
        new QualityRoom(context),
        new CommitRoom(context));
  }
}
