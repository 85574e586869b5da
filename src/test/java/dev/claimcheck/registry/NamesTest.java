package dev.claimcheck.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "GPT-4o | GPT 4o",
    "GPT-4o | gpt4o",
    "Claude-3.5-Sonnet | Claude 3.5 Sonnet",
    "DeepSeek V3 | DeepSeek-V3",
    "Llama-3.1-405B | Llama 3.1 405B",
    "GPQA-Diamond | GPQA Diamond",
    "Qwen2.5-Max | Qwen 2.5 Max",
    "Qwen2.5-Max | qwen2.5_max",
    "Réseau | reseau",
    "gpt-4o-20241120 | gpt-4o-2024-11-20"
  })
  void sameName(String a, String b) {
    assertEquals(Names.key(a), Names.key(b));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "Claude 3.5 Sonnet | Claude 35 Sonnet",
    "Qwen 2.5 | Qwen 25",
    "GPT-4o | GPT-4o mini"
  })
  void differentNames(String a, String b) {
    assertNotEquals(Names.key(a), Names.key(b));
  }
}
