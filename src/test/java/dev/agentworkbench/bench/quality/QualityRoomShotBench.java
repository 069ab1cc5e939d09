package dev.agentworkbench.bench.quality;

import dev.agentworkbench.quality.PyRepo;
import dev.agentworkbench.quality.QualityService;
import dev.agentworkbench.ui.quality.QualityView;
import dev.agentworkbench.ui.quality.QualityViewModel;
import dev.agentworkbench.workspace.process.ProcessRunner;
import dev.agentworkbench.workspace.tasks.SameThreadWork;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Not a benchmark: renders the room on a make-pyrepo.sh repository with a finding opened in the
 * viewer and saves a PNG, to look at the layout (run under xvfb-run). Usage: QualityRoomShotBench
 * OUT.png [dark].
 */
public final class QualityRoomShotBench {
  public static void main(String[] args) throws Exception {
    Path temp = Files.createTempDirectory("shot");
    Path repo = PyRepo.create(temp.resolve("repo"));
    Platform.startup(() -> {});
    QualityService service =
        new QualityService(PyRepo.environment(temp.resolve("home")), new ProcessRunner());
    Platform.runLater(
        () -> {
          javafx.application.Application.setUserAgentStylesheet(
              args.length > 1
                  ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()
                  : new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
          QualityViewModel vm =
              new QualityViewModel(service, new SameThreadWork(), Platform::runLater);
          QualityView view = new QualityView(vm, () -> null);
          Stage stage = new Stage();
          stage.setScene(new Scene(view, 1300, 820));
          stage.show();
          vm.open(Optional.of(repo));
          vm.runAll();
          vm.runningCountProperty()
              .addListener(
                  (o, a, b) -> {
                    if (b.intValue() == 0) {
                      @SuppressWarnings("unchecked")
                      TableView<?> table = (TableView<?>) view.lookup("#findings");
                      table.getSelectionModel().select(0);
                      new Thread(
                              () -> {
                                try {
                                  Thread.sleep(1500);
                                } catch (InterruptedException e) {
                                  return;
                                }
                                Platform.runLater(() -> save(stage.getScene(), args[0]));
                              })
                          .start();
                    }
                  });
        });
  }

  private static void save(Scene scene, String out) {
    WritableImage img = scene.snapshot(null);
    int w = (int) img.getWidth();
    int h = (int) img.getHeight();
    BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    PixelReader r = img.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        b.setRGB(x, y, r.getArgb(x, y));
      }
    }
    try {
      ImageIO.write(b, "png", new File(out));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Platform.exit();
    System.exit(0);
  }
}
