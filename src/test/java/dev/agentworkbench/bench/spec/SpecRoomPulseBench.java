package dev.agentworkbench.bench.spec;

import dev.agentworkbench.quality.QualityService;
import dev.agentworkbench.testing.Fixtures;
import dev.agentworkbench.ui.app.FxBackgroundWork;
import dev.agentworkbench.ui.app.MainWindow;
import dev.agentworkbench.ui.app.RoomContext;
import dev.agentworkbench.ui.common.CodeEditor;
import dev.agentworkbench.ui.spec.SpecRoom;
import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.WorkspaceEvents;
import dev.agentworkbench.workspace.WorkspaceLocator;
import dev.agentworkbench.workspace.process.ProcessRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Not a unit test: how long the FX thread stalls in the Agent spec room with a 1 MB spec, against
 * the seed spec in the same run. Opens the room (background work on real threads, as in the app),
 * switches to Source and back to Rendered, types a word into find (and steps through matches),
 * types 50 characters into the source editor; for each phase the longest gap and the p99 gap
 * between FX pulses (an AnimationTimer keeps pulses coming, so a gap is a stall). Headless Monocle
 * by default; pass {@code window} to use the real toolkit (under xvfb-run).
 */
public final class SpecRoomPulseBench {
  private static final List<Long> PULSES = new ArrayList<>();
  private static Stage stage;

  public static void main(String[] args) throws Exception {
    if (!Arrays.asList(args).contains("window")) {
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.order", "sw");
    }
    int rounds = 2;
    Path temp = Files.createTempDirectory("spec-pulse");
    String seed =
        Files.readString(
            Fixtures.fixture("agents/project/.claude/agents/machine-learning-engineer.md"));
    Path small = workspace(temp.resolve("small"), seed);
    Path big = workspace(temp.resolve("big"), big(seed));
    Platform.startup(() -> {});
    fx(
        () -> {
          javafx.application.Application.setUserAgentStylesheet(
              new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
          stage = new Stage();
          stage.setScene(new Scene(new StackPane(), 1200, 800));
          stage.show();
          new AnimationTimer() {
            @Override
            public void handle(long now) {
              PULSES.add(now);
              lastPulse = System.nanoTime();
            }
          }.start();
          return null;
        });
    if (Arrays.asList(args).contains("stacks")) {
      watchStalls();
    }
    System.out.printf("load: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
    for (int round = 1; round <= rounds; round++) {
      for (Path ws : List.of(small, big)) {
        measure("round " + round + " " + ws.getFileName(), ws, temp.resolve("app" + round));
      }
    }
    Platform.exit();
    System.exit(0);
  }

  private static boolean watching;
  private static volatile long lastPulse = System.nanoTime();
  private static final Map<String, Integer> STALL_FRAMES =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final List<long[]> SAMPLES =
      java.util.Collections.synchronizedList(new ArrayList<>());
  private static final Map<String, Integer> KEYS = new java.util.concurrent.ConcurrentHashMap<>();

  /** The top frame, the innermost and the outermost frame of this app (not the bench). */
  private static String describe(StackTraceElement[] stack) {
    if (stack.length == 0) {
      return "?";
    }
    String inner = "";
    String outer = "";
    for (StackTraceElement e : stack) {
      String c = e.getClassName();
      if (c.startsWith("dev.agentworkbench") && !c.contains("bench")) {
        String name = c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
        inner = inner.isEmpty() ? name : inner;
        outer = name;
      }
    }
    String top = stack[0].getClassName();
    return top.substring(top.lastIndexOf('.') + 1)
        + "."
        + stack[0].getMethodName()
        + (inner.isEmpty() ? "" : " < " + inner + (outer.equals(inner) ? "" : " << " + outer));
  }

  /** For each pulse gap over 100 ms in a range: its length and what the FX thread did most. */
  private static String bigGaps(int from, int to) {
    if (!watching) {
      return "";
    }
    List<Long> ts = fx(() -> List.copyOf(PULSES.subList(Math.max(0, from - 1), to)));
    Map<Integer, String> names = new java.util.HashMap<>();
    KEYS.forEach((k, v) -> names.put(v, k));
    List<long[]> samples;
    synchronized (SAMPLES) {
      samples = List.copyOf(SAMPLES);
    }
    StringBuilder b = new StringBuilder();
    for (int i = 1; i < ts.size(); i++) {
      long a = ts.get(i - 1);
      long z = ts.get(i);
      if (z - a > 100_000_000L) {
        Map<String, Integer> count = new java.util.HashMap<>();
        samples.stream()
            .filter(x -> x[0] > a && x[0] < z)
            .forEach(x -> count.merge(names.get((int) x[1]), 1, Integer::sum));
        b.append(String.format("      gap %4.0f ms:", (z - a) / 1e6));
        count.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(3)
            .forEach(e -> b.append(String.format(" [%d0 ms %s]", e.getValue(), e.getKey())));
        b.append('\n');
      }
    }
    return b.toString();
  }

  /** Samples the FX thread's stack while a pulse is overdue (over 60 ms), to say what stalls it. */
  private static void watchStalls() {
    watching = true;
    Thread fxThread = fx(Thread::currentThread);
    Thread watcher =
        new Thread(
            () -> {
              while (true) {
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
                if (System.nanoTime() - lastPulse > 60_000_000L) {
                  StackTraceElement[] stack = fxThread.getStackTrace();
                  String key = describe(stack);
                  SAMPLES.add(
                      new long[] {System.nanoTime(), KEYS.computeIfAbsent(key, k -> KEYS.size())});
                  if (stack.length > 0) {
                    STALL_FRAMES.merge(key, 1, Integer::sum);
                  }
                }
              }
            },
            "stall-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  /** The FX thread's doings while pulses were overdue since the last call, most sampled first. */
  private static String stalls() {
    StringBuilder b = new StringBuilder();
    STALL_FRAMES.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(6)
        .forEach(
            e ->
                b.append(
                    String.format("      stalled %4d ms in %s%n", e.getValue() * 10, e.getKey())));
    STALL_FRAMES.clear();
    return b.toString();
  }

  private static String big(String seed) {
    String head = seed.substring(0, seed.indexOf("\n---\n") + 5);
    String body = seed.substring(head.length());
    StringBuilder b = new StringBuilder(head);
    while (b.length() < 1_000_000) {
      b.append(body);
    }
    return b.toString();
  }

  private static Path workspace(Path dir, String spec) throws Exception {
    Path agents = Files.createDirectories(dir.resolve(".claude/agents"));
    Files.writeString(agents.resolve("machine-learning-engineer.md"), spec);
    Files.writeString(dir.resolve(".mcp.json"), "{\"mcpServers\":{\"basic-memory\":{}}}");
    return dir;
  }

  private static void measure(String label, Path folder, Path app) throws Exception {
    Workspace ws =
        new WorkspaceLocator(
                new UserEnvironment(Files.createDirectories(app.resolve("home")), Map.of()))
            .open(folder);
    Parent[] root = new Parent[1];
    long t0 = System.nanoTime();
    int from = mark();
    fx(
        () -> {
          RoomContext context =
              new RoomContext(
                  new SimpleObjectProperty<>(Optional.of(ws)),
                  new FxBackgroundWork(),
                  WorkspaceEvents.NONE,
                  AppSettings.load(app),
                  quiet(),
                  () -> stage,
                  new RoomContext.Navigator() {
                    @Override
                    public void showRoom(String roomId) {}

                    @Override
                    public void openFolder() {}
                  },
                  new SimpleStringProperty(""),
                  new SimpleObjectProperty<>(),
                  new QualityService(
                      new UserEnvironment(app, Map.of("AGENT_WORKBENCH_HOME", app.toString())),
                      new ProcessRunner()));
          SpecRoom room = new SpecRoom(context);
          root[0] = new StackPane((Parent) room.view());
          Scene scene = new Scene(root[0], 1200, 800);
          scene.getStylesheets().add(MainWindow.STYLESHEET);
          stage.setScene(scene);
          return null;
        });
    waitUntil(() -> fx(() -> PULSES.size() > from + 1));
    long firstFrame = System.nanoTime() - t0;
    int shown = mark();
    waitUntil(
        () ->
            fx(
                () ->
                    !root[0].lookupAll("#spec-rendered .md-text").isEmpty()
                        && !((ListView<?>) root[0].lookup("#spec-diagnostics-list"))
                            .getItems()
                            .isEmpty()));
    long ready = System.nanoTime() - t0;
    settle(600);
    Stats open = Stats.of(from, mark());
    String openStalls = bigGaps(from, mark());
    stalls();
    Stats afterFirst = Stats.of(shown, mark());
    TabPane tabs = fx(() -> (TabPane) root[0].lookup(".tab-pane"));

    int p = mark();
    fx(() -> select(tabs, "Source"));
    settle(500);
    fx(() -> select(tabs, "Rendered"));
    settle(1000);
    Stats switching = Stats.of(p, mark());
    String switchStalls = bigGaps(p, mark());
    stalls();

    p = mark();
    TextField find = fx(() -> (TextField) root[0].lookup("#spec-find"));
    for (char c : "pyright".toCharArray()) {
      fx(
          () -> {
            find.appendText(String.valueOf(c));
            return null;
          });
      Thread.sleep(90);
    }
    for (int i = 0; i < 5; i++) {
      fx(
          () -> {
            find.fireEvent(new javafx.event.ActionEvent());
            return null;
          });
      Thread.sleep(150);
    }
    settle(500);
    Stats finding = Stats.of(p, mark());
    String findStalls = bigGaps(p, mark());
    stalls();
    String found =
        fx(() -> ((javafx.scene.control.Label) find.getParent().lookup(".spec-path")).getText());

    fx(() -> select(tabs, "Source"));
    settle(800);
    CodeEditor editor = fx(() -> (CodeEditor) root[0].lookup("#spec-source"));
    p = mark();
    fx(
        () -> {
          editor.area().moveTo(editor.area().getLength() / 2);
          editor.area().requestFollowCaret();
          return null;
        });
    for (char c : "typing fifty characters into a 1 MB spec, slowly!".toCharArray()) {
      fx(
          () -> {
            editor.area().replaceSelection(String.valueOf(c));
            return null;
          });
      Thread.sleep(60);
    }
    long typed = System.nanoTime();
    waitUntil(
        () ->
            fx(
                () ->
                    root[0].lookupAll(".spec-title").stream()
                        .anyMatch(
                            n -> ((javafx.scene.control.Label) n).getText().startsWith("●"))));
    settle(2500);
    Stats typing = Stats.of(p, mark());
    String typeStalls = bigGaps(p, mark());
    stalls();
    System.out.printf(
        "%-14s first frame %5.0f ms, ready (rendered + diagnostics) %5.0f ms; find: %s%n",
        label, firstFrame / 1e6, ready / 1e6, found);
    System.out.printf("  %-28s %s%n", "open (from build)", open);
    System.out.printf("  %-28s %s%n", "open after first display", afterFirst);
    System.out.print(openStalls);
    System.out.printf("  %-28s %s%n", "switch Source -> Rendered", switching);
    System.out.print(switchStalls);
    System.out.printf("  %-28s %s%n", "find 'pyright' + 5x next", finding);
    System.out.print(findStalls);
    System.out.printf("  %-28s %s%n", "type 50 chars + relint", typing);
    System.out.print(typeStalls);
    fx(
        () -> {
          stage.setScene(new Scene(new StackPane(), 1200, 800));
          return null;
        });
    settle(500);
  }

  private static Object select(TabPane tabs, String title) {
    tabs.getTabs().stream()
        .filter(t -> t.getText().equals(title))
        .findFirst()
        .ifPresent(t -> tabs.getSelectionModel().select(t));
    return null;
  }

  private static RoomContext.Notifier quiet() {
    return new RoomContext.Notifier() {
      @Override
      public void info(String message) {}

      @Override
      public void error(String message) {
        System.err.println("error: " + message);
      }
    };
  }

  private static int mark() throws Exception {
    return fx(PULSES::size);
  }

  private static void settle(long ms) throws InterruptedException {
    Thread.sleep(ms);
  }

  private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + 60_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new IllegalStateException("timed out");
      }
      Thread.sleep(20);
    }
  }

  private static <T> T fx(Supplier<T> work) {
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            f.complete(work.get());
          } catch (RuntimeException e) {
            f.completeExceptionally(e);
          }
        });
    return f.join();
  }

  /** Gaps between consecutive pulses in a range. */
  private record Stats(int pulses, double max, double p99, double median) {
    static Stats of(int from, int to) {
      List<Long> ts = fx(() -> List.copyOf(PULSES.subList(Math.max(0, from - 1), to)));
      double[] gaps = new double[Math.max(0, ts.size() - 1)];
      for (int i = 1; i < ts.size(); i++) {
        gaps[i - 1] = (ts.get(i) - ts.get(i - 1)) / 1e6;
      }
      Arrays.sort(gaps);
      if (gaps.length == 0) {
        return new Stats(0, 0, 0, 0);
      }
      return new Stats(
          gaps.length,
          gaps[gaps.length - 1],
          gaps[Math.min(gaps.length - 1, (int) Math.ceil(gaps.length * 0.99) - 1)],
          gaps[gaps.length / 2]);
    }

    @Override
    public String toString() {
      return String.format(
          "max gap %6.1f ms  p99 %6.1f ms  median %5.1f ms  (%d pulses)", max, p99, median, pulses);
    }
  }
}
