package dev.agentworkbench.bench.memory;

import dev.agentworkbench.quality.QualityService;
import dev.agentworkbench.ui.app.FxBackgroundWork;
import dev.agentworkbench.ui.app.RoomContext;
import dev.agentworkbench.ui.app.TestRoomContext;
import dev.agentworkbench.ui.memory.MemoryRoom;
import dev.agentworkbench.ui.memory.MemoryViewModel;
import dev.agentworkbench.workspace.AppSettings;
import dev.agentworkbench.workspace.UserEnvironment;
import dev.agentworkbench.workspace.Workspace;
import dev.agentworkbench.workspace.WorkspaceEvents;
import dev.agentworkbench.workspace.process.ProcessRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Does the Memory room stay responsive while a project is indexed? Shows the room (Monocle headless
 * unless {@code -Dglass.platform} says otherwise), opens a project with a fresh index (cold) or the
 * index left by the previous run (reopen), and records the gaps between FX pulses (AnimationTimer
 * timestamps) from the open until the list is shown, then while its rows are first drawn, then
 * while a note is opened and a search typed, then while the Edit tab is shown the first time, then
 * while five more notes are opened. Beside the gaps, the FX thread's own CPU time between pulses:
 * on a loaded machine a gap also holds time spent waiting for a core or in a garbage collection
 * pause. With {@code -Dbench.gaps=true} the long gaps are listed with the time they ended (to match
 * JFR samples). Usage: MemoryRoomStallBench PROJECT_DIR APP_HOME [cold|reopen].
 */
public final class MemoryRoomStallBench {
  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]).toAbsolutePath();
    Path app = Path.of(args[1]);
    boolean cold = args.length < 3 || args[2].equals("cold");
    if (cold) {
      deleteTree(app);
    }
    if (System.getProperty("glass.platform") == null) {
      System.setProperty("glass.platform", "Monocle");
      System.setProperty("monocle.platform", "Headless");
      System.setProperty("prism.order", "sw");
    }
    System.out.printf(
        "load average at start: %.1f on %d cores; %s open%n",
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors(),
        cold ? "cold" : "reopen");
    CountDownLatch started = new CountDownLatch(1);
    Platform.startup(started::countDown);
    started.await();

    List<Long> pulses = new ArrayList<>(20_000);
    // the FX thread's own CPU time at each pulse: what it did between two pulses, whatever the
    // machine's load (on a saturated machine the wall-clock gaps also hold time it waited for a
    // core)
    List<Long> cpu = new ArrayList<>(20_000);
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    MemoryViewModel[] model = new MemoryViewModel[1];
    AnimationTimer timer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            pulses.add(System.nanoTime());
            cpu.add(threads.getCurrentThreadCpuTime());
          }
        };
    CountDownLatch shown = new CountDownLatch(1);
    Scene[] shownScene = new Scene[1];
    Platform.runLater(
        () -> {
          Stage stage = new Stage();
          MemoryRoom room = new MemoryRoom(context(stage, app));
          // the app's theme, as the window has it (without it every colour lookup logs a warning)
          javafx.application.Application.setUserAgentStylesheet(
              new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
          Scene scene = new Scene((javafx.scene.Parent) room.view(), 1200, 800);
          shownScene[0] = scene;
          scene.getStylesheets().add(dev.agentworkbench.ui.app.MainWindow.STYLESHEET);
          stage.setScene(scene);
          model[0] = room.model();
          stage.show();
          timer.start();
          shown.countDown();
        });
    shown.await();
    Thread.sleep(1000); // the room settles: first layout, CSS
    long[] marks = new long[8];
    Platform.runLater(
        () -> {
          marks[0] = System.nanoTime();
          model[0].useFolder(root);
        });
    while (!listed(model[0])) {
      Thread.sleep(5);
    }
    marks[1] = System.nanoTime();
    int listedCount = onFx(() -> model[0].notes().size());
    Thread.sleep(600); // the list's first rows are made and laid out; then a note is opened
    marks[7] = System.nanoTime();
    Platform.runLater(
        () -> model[0].openNote(model[0].notes().get(model[0].notes().size() / 2).filePath()));
    Thread.sleep(700);
    marks[5] = System.nanoTime(); // the first note is open; the search is typed next
    String typed = "gradient ba";
    for (int i = 1; i <= typed.length(); i++) {
      String q = typed.substring(0, i);
      Platform.runLater(() -> model[0].search(q));
      Thread.sleep(120);
    }
    Thread.sleep(1000);
    marks[2] = System.nanoTime();
    // then the Edit tab, the first time (the editor may be made only now)
    Platform.runLater(
        () ->
            ((javafx.scene.control.TabPane) shownScene[0].lookup("#memory-note .tab-pane"))
                .getSelectionModel()
                .select(1));
    Thread.sleep(1500);
    marks[3] = System.nanoTime();
    // then five more notes, on the Read tab: what opening a note costs once the room is warm
    Platform.runLater(
        () ->
            ((javafx.scene.control.TabPane) shownScene[0].lookup("#memory-note .tab-pane"))
                .getSelectionModel()
                .select(0));
    Thread.sleep(500);
    for (int k = 1; k <= 5; k++) {
      int at = listedCount * k / 7;
      Platform.runLater(() -> model[0].openNote(model[0].notes().get(at).filePath()));
      Thread.sleep(700);
    }
    marks[4] = System.nanoTime();
    // then three saves of the open note: the list and the index take the change in
    for (int k = 1; k <= 3; k++) {
      int n = k;
      Platform.runLater(
          () -> {
            model[0].editorText().set(model[0].editorText().get() + "\n- [fact] stall bench " + n);
            model[0].save();
          });
      Thread.sleep(1000);
    }
    marks[6] = System.nanoTime();
    onFx(
        () -> {
          timer.stop();
          return 0;
        });
    System.out.printf(
        "open until the list showed %d notes: %.0f ms%n", listedCount, (marks[1] - marks[0]) / 1e6);
    report("while opening/indexing", pulses, cpu, marks[0], marks[1]);
    report("after, opening a note and typing a search", pulses, cpu, marks[1], marks[2]);
    report("  of which showing the list's first rows", pulses, cpu, marks[1], marks[7]);
    report("  of which opening the first note", pulses, cpu, marks[7], marks[5]);
    report("  of which typing the first search", pulses, cpu, marks[5], marks[2]);
    report("showing the Edit tab the first time", pulses, cpu, marks[2], marks[3]);
    report("opening five more notes", pulses, cpu, marks[3], marks[4]);
    report("saving the open note three times", pulses, cpu, marks[4], marks[6]);
    report("whole run", pulses, cpu, marks[0], marks[6]);
    onFx(
        () -> {
          model[0].close();
          return 0;
        });
    Platform.exit();
    System.exit(0);
  }

  /** The app's own background work (a pool, results on the FX thread); no workspace. */
  private static RoomContext context(Stage stage, Path app) {
    AppSettings settings = AppSettings.load(app);
    UserEnvironment env =
        new UserEnvironment(app, java.util.Map.of("AGENT_WORKBENCH_HOME", app.toString()));
    return new RoomContext(
        new javafx.beans.property.SimpleObjectProperty<java.util.Optional<Workspace>>(
            java.util.Optional.empty()),
        new FxBackgroundWork(),
        WorkspaceEvents.NONE,
        settings,
        TestRoomContext.QUIET,
        () -> stage,
        new RoomContext.Navigator() {
          @Override
          public void showRoom(String roomId) {}

          @Override
          public void openFolder() {}
        },
        new javafx.beans.property.SimpleStringProperty(""),
        new javafx.beans.property.SimpleObjectProperty<>(),
        new QualityService(env, new ProcessRunner()));
  }

  private static boolean listed(MemoryViewModel m) throws Exception {
    return onFx(() -> !m.loading().get() && !m.notes().isEmpty());
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
    java.util.concurrent.FutureTask<T> f = new java.util.concurrent.FutureTask<>(c);
    Platform.runLater(f);
    return f.get(60, TimeUnit.SECONDS);
  }

  private static void report(String phase, List<Long> pulses, List<Long> cpu, long from, long to) {
    List<Long> in = new ArrayList<>();
    List<Long> inCpu = new ArrayList<>();
    for (int i = 0; i < pulses.size(); i++) {
      long p = pulses.get(i);
      if (p >= from && p <= to) {
        in.add(p);
        inCpu.add(cpu.get(i));
      }
    }
    if (in.size() < 2) {
      System.out.printf("%s: fewer than two pulses%n", phase);
      return;
    }
    double[] gaps = new double[in.size() - 1];
    int over50 = 0;
    for (int i = 1; i < in.size(); i++) {
      gaps[i - 1] = (in.get(i) - in.get(i - 1)) / 1e6;
      if (gaps[i - 1] > 50) {
        over50++;
      }
    }
    if (Boolean.getBoolean("bench.gaps")) {
      // the longest gaps, at JVM uptime (to compare with -Xlog:gc)
      long origin =
          System.nanoTime()
              - java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;
      for (int i = 1; i < in.size(); i++) {
        double g = (in.get(i) - in.get(i - 1)) / 1e6;
        double b = (inCpu.get(i) - inCpu.get(i - 1)) / 1e6;
        if (g > 50 || b > 20) {
          long wall = System.currentTimeMillis() - (System.nanoTime() - in.get(i)) / 1_000_000;
          System.out.printf(
              "  gap %.0f ms (FX CPU %.0f ms) ending at %.3f s (%s)%n",
              g,
              b,
              (in.get(i) - origin) / 1e9,
              java.time.LocalTime.ofInstant(
                  java.time.Instant.ofEpochMilli(wall), java.time.ZoneId.systemDefault()));
        }
      }
    }
    Arrays.sort(gaps);
    double[] busy = new double[inCpu.size() - 1];
    int busyOver50 = 0;
    for (int i = 1; i < inCpu.size(); i++) {
      busy[i - 1] = (inCpu.get(i) - inCpu.get(i - 1)) / 1e6;
      if (busy[i - 1] > 50) {
        busyOver50++;
      }
    }
    Arrays.sort(busy);
    System.out.printf(
        "%s: FX-thread CPU between pulses p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d over 50 ms%n",
        phase,
        busy[busy.length / 2],
        busy[(int) Math.min(busy.length - 1, Math.floor(busy.length * 0.99))],
        busy[busy.length - 1],
        busyOver50);
    System.out.printf(
        "%s: %d pulses over %.0f ms; gap p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d gaps over 50"
            + " ms%n",
        phase,
        in.size(),
        (to - from) / 1e6,
        gaps[gaps.length / 2],
        gaps[(int) Math.min(gaps.length - 1, Math.floor(gaps.length * 0.99))],
        gaps[gaps.length - 1],
        over50);
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}
