package dev.agentworkbench.ui.quality;

import dev.agentworkbench.quality.CheckResult;
import dev.agentworkbench.quality.CheckStatus;
import dev.agentworkbench.quality.Severity;
import dev.agentworkbench.quality.plan.PlannedCheck;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The state of one check's tile: status, counts, duration, last run, source, trend, output. */
public final class CheckTileModel {
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
  private static final int OUTPUT_LIMIT = 200_000;

  private final PlannedCheck check;
  private final ObjectProperty<CheckStatus> status = new SimpleObjectProperty<>();
  private final StringProperty counts = new SimpleStringProperty("");
  private final StringProperty timing = new SimpleStringProperty("not run yet");
  private final StringProperty message = new SimpleStringProperty("");
  private final StringProperty version = new SimpleStringProperty("");
  private final StringProperty output = new SimpleStringProperty("");
  private final BooleanProperty enabled = new SimpleBooleanProperty();
  private final ObservableList<CheckStatus> trend = FXCollections.observableArrayList();
  private Optional<CheckResult> last = Optional.empty();
  private final StringProperty statusLabel = new SimpleStringProperty("not run");

  public CheckTileModel(PlannedCheck check) {
    this.check = check;
    this.enabled.set(check.enabled());
    this.status.set(check.enabled() ? CheckStatus.STALE : CheckStatus.NOTHING_TO_CHECK);
    this.message.set(check.enabled() ? "" : "Switched off.");
    this.statusLabel.set(check.enabled() ? "not run" : "off");
  }

  public PlannedCheck check() {
    return check;
  }

  public String name() {
    return check.name();
  }

  public String source() {
    return check.provenance().describe();
  }

  /** Applies a status update or a finished result. */
  public void apply(CheckResult r, List<CheckResult> history) {
    status.set(r.status());
    statusLabel.set(r.status().label());
    if (r.status() == CheckStatus.RUNNING) {
      output.set("");
    }
    if (!r.status().isFinished()) {
      message.set(r.status() == CheckStatus.QUEUED ? "Queued." : "Running…");
      return;
    }
    last = Optional.of(r);
    r.version().ifPresent(v -> version.set(check.tool() + " " + v));
    boolean ran = r.version().isPresent() || !r.duration().isZero();
    counts.set(ran ? describeCounts(r) : "");
    timing.set(
        ran
            ? describeTiming(r.duration(), r.startedAt())
            : "checked " + CLOCK.format(r.startedAt()));
    message.set(r.message().orElse(""));
    if (!r.output().isEmpty()) {
      output.set(r.output());
    }
    List<CheckStatus> oldestFirst =
        new java.util.ArrayList<>(history.stream().map(CheckResult::status).toList());
    java.util.Collections.reverse(oldestFirst);
    trend.setAll(oldestFirst);
  }

  /** Marks the result outdated (files changed since it ran). */
  public void markStale() {
    if (status.get() != null
        && status.get().isFinished()
        && status.get() != CheckStatus.NOT_INSTALLED) {
      status.set(CheckStatus.STALE);
      statusLabel.set(CheckStatus.STALE.label());
      message.set("Files changed since this ran.");
    }
  }

  public void appendOutput(String chunk) {
    String now = output.get() + chunk;
    output.set(now.length() > OUTPUT_LIMIT ? now.substring(now.length() - OUTPUT_LIMIT) : now);
  }

  static String describeCounts(CheckResult r) {
    long e = r.count(Severity.ERROR);
    long w = r.count(Severity.WARNING);
    long i = r.count(Severity.INFO);
    if (e + w + i == 0) {
      return "no findings";
    }
    StringBuilder b = new StringBuilder();
    if (e > 0) {
      b.append(e).append(e == 1 ? " error" : " errors");
    }
    if (w > 0) {
      b.append(b.length() > 0 ? ", " : "").append(w).append(w == 1 ? " warning" : " warnings");
    }
    if (i > 0) {
      b.append(b.length() > 0 ? ", " : "").append(i).append(" info");
    }
    return b.toString();
  }

  static String describeTiming(Duration d, Instant at) {
    String took =
        d.toMillis() < 1000 ? d.toMillis() + " ms" : String.format("%.1f s", d.toMillis() / 1000.0);
    return took + " · " + CLOCK.format(at);
  }

  public Optional<CheckResult> last() {
    return last;
  }

  public ObjectProperty<CheckStatus> statusProperty() {
    return status;
  }

  /** The status word shown ("not run" and "off" before any run). */
  public StringProperty statusLabelProperty() {
    return statusLabel;
  }

  public StringProperty countsProperty() {
    return counts;
  }

  public StringProperty timingProperty() {
    return timing;
  }

  public StringProperty messageProperty() {
    return message;
  }

  public StringProperty versionProperty() {
    return version;
  }

  public StringProperty outputProperty() {
    return output;
  }

  public BooleanProperty enabledProperty() {
    return enabled;
  }

  public ObservableList<CheckStatus> trend() {
    return trend;
  }
}
