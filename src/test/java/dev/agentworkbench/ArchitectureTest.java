package dev.agentworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of ARCHITECTURE.md, checked on the compiled classes. */
class ArchitectureTest {
  private static final String[] DOMAIN = {
    "dev.agentworkbench.workspace..",
    "dev.agentworkbench.spec..",
    "dev.agentworkbench.memory..",
    "dev.agentworkbench.quality..",
    "dev.agentworkbench.git..",
    "dev.agentworkbench.commit..",
    "dev.agentworkbench.cli.."
  };

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.agentworkbench");
  }

  @Test
  void domainNeverImportsJavaFxControlsFxOrRichTextFx() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .or()
        .resideInAPackage("dev.agentworkbench") // the entry point: the toolkit stays under ui
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..", "atlantafx..")
        .because("domain packages must run headless, in the CLI and in tests (rule 1)")
        .check(classes);
  }

  @Test
  void domainNeverImportsTheUi() {
    noClasses()
        .that()
        .resideInAnyPackage(DOMAIN)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.agentworkbench.ui..")
        .because("ui depends on the domain, never the other way round (rule 1)")
        .check(classes);
  }

  @Test
  void processesStartOnlyThroughTheRunner() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.agentworkbench.workspace.process..")
        .should()
        .callConstructor(ProcessBuilder.class, String[].class)
        .orShould()
        .callConstructor(ProcessBuilder.class, java.util.List.class)
        .orShould()
        .callMethod(Runtime.class, "exec", String.class)
        .orShould()
        .callMethod(Runtime.class, "exec", String[].class)
        .because("every external process goes through ProcessRunner (rule 6)")
        .check(classes);
  }

  @Test
  void viewModelsNeverTouchNodes() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("ViewModel")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javafx.scene..", "org.fxmisc..", "org.controlsfx..")
        .because("a ViewModel holds state and logic and is tested without a toolkit (rule 4)")
        .check(classes);
  }
}
