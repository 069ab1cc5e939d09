package dev.agentworkbench.memory.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MetadataFiltersTest {

  @Test
  void numbersAreTheValuesThatCompareAsNumbers() {
    assertThat(MetadataFilters.isNumber("42")).isTrue();
    assertThat(MetadataFilters.isNumber("-0.75")).isTrue();
    assertThat(MetadataFilters.isNumber("3.")).isFalse();
    assertThat(MetadataFilters.isNumber(".5")).isFalse();
    assertThat(MetadataFilters.isNumber("1e3")).isFalse();
    assertThat(MetadataFilters.isNumber("٣")).isFalse(); // only ASCII digits, as before
    assertThat(MetadataFilters.isNumber("")).isFalse();
  }

  @Test
  void theHandCheckAgreesWithThePatternItReplaced() {
    Pattern number = Pattern.compile("^-?\\d+(\\.\\d+)?$");
    String alphabet = "-.0123456789 a\n٣";
    Random random = new Random(11);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(7);
      for (int k = 0; k < length; k++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String value = s.toString();
      assertThat(MetadataFilters.isNumber(value))
          .as("'%s'", value)
          .isEqualTo(number.matcher(value).matches());
    }
  }
}
