package dev.claimcheck.registry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void keyIgnoresCaseSpacesHyphensUnderscoresAndLetterDots() {
        assertEquals(Names.key("gpt-4o"), Names.key("GPT 4o"));
        assertEquals(Names.key("gpt-4o-2024-05-13"), Names.key("GPT_4O 2024 05 13"));
        assertEquals(Names.key("Qwen2.5-72B-Instruct"), Names.key("qwen-2.5-72b-instruct"));
        assertEquals(Names.key("Llama3.1 405B-Inst."), Names.key("Llama-3.1-405B-Inst"));
    }

    @Test
    void keyKeepsDotsBetweenDigits() {
        assertNotEquals(Names.key("Qwen2.5"), Names.key("Qwen25"));
        assertNotEquals(Names.key("claude-3.5-sonnet"), Names.key("claude-3-5-sonnet"));
    }

    @Test
    void slugIsLowercaseWithSingleHyphens() {
        assertEquals("qwen2.5-max", Names.slug("Qwen2.5-Max"));
        assertEquals("amazon.nova-lite-v1-0", Names.slug("amazon.nova-lite-v1:0"));
        assertEquals("openrouter-deepinfra", Names.slug("OpenRouter: DeepInfra"));
    }
}
