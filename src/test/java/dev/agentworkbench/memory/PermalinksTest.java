package dev.agentworkbench.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PermalinksTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "docs/Our Feature.md|docs/our-feature",
        "specs/API (v2).md|specs/api-v2",
        "design/unified_model_refactor.md|design/unified-model-refactor",
        "中文/测试文档.md|中文/测试文档",
        "Version 2.0.0|version-2.0.0",
        "ml/Learning-Rate Warmup & Cosine Decay.md|ml/learning-rate-warmup-cosine-decay",
        "ml/LoRA Fine-Tuning Checklist.md|ml/lo-ra-fine-tuning-checklist",
        "notes/Don't Panic.md|notes/dont-panic",
        "ml/Café Über Résumé.md|ml/cafe-uber-resume",
        "ml/KV-Cache vs. FlashAttention.md|ml/kv-cache-vs.-flash-attention",
        "ml/GPU Memory- 80GB.md|ml/gpu-memory-80-gb",
        "main/decisions/Use FSDP Over DeepSpeed.md|main/decisions/use-fsdp-over-deep-speed",
        "RLHF.md|rlhf",
        "basic memory bug.md|basic-memory-bug",
        "中文abc测试.md|中文-abc-测试",
      })
  void slugsPathsAsBasicMemoryDoes(String path, String permalink) {
    assertEquals(permalink, Permalinks.slug(path));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Test Note|Test Note.md",
        "GPU Memory: 80GB|GPU Memory- 80GB.md",
        "Coupon Enable/Disable Feature|Coupon Enable-Disable Feature.md",
        "What is RLHF?|What is RLHF.md",
        "hi everyone.|hi everyone.md",
      })
  void namesFilesFromTitlesAsBasicMemoryDoes(String title, String file) {
    assertEquals(file, Permalinks.fileName(title, false));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "test|Test Note|main/test/test-note",
        "/|Top|main/top",
        "main|X|main/x",
        "/|Main|main",
        "mainly|X|main/mainly/x"
      })
  void prefixesTheProject(String folder, String title, String permalink) {
    assertEquals(
        permalink, Permalinks.canonical("main", Permalinks.filePath(folder, title, false), true));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "../x",
        "a/../../b",
        "~/notes",
        "a/~b",
        "/etc",
        "\\share",
        "C:\\x",
        "a/.../b",
        "a\u0001b",
        "a\tb"
      })
  void refusesPathsThatLeaveTheProject(String path) {
    org.junit.jupiter.api.Assertions.assertFalse(PathGuard.isAllowed(path));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"hi-everyone..md", "notes/sub", "a.b/c"})
  void allowsDotsInsideNames(String path) {
    org.junit.jupiter.api.Assertions.assertTrue(PathGuard.isAllowed(path));
  }
}
