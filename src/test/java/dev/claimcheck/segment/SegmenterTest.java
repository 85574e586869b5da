package dev.claimcheck.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private final Segmenter fr = new Segmenter(List.of("M.", "etc."));
  private final Segmenter en = new Segmenter(List.of("e.g.", "vs.", "Inc.", "Jr."));
  private final Segmenter de = new Segmenter(List.of("z.", "B.", "3.", "22."));

  private static List<String> sentences(List<Paragraph> ps) {
    return ps.stream().flatMap(p -> p.sentences().stream()).map(Sentence::text).toList();
  }

  @Test
  void segment_oneParagraphPerLine_headingsApart() {
    String text = "Alibaba dévoile Qwen 2.5 : le modèle\nQwen 2.5 surpasse GPT-4o. Il coûte peu.\n";
    List<Paragraph> ps = fr.segment(text);
    assertEquals(2, ps.size());
    assertEquals(List.of("Alibaba dévoile Qwen 2.5 : le modèle", "Qwen 2.5 surpasse GPT-4o.",
        "Il coûte peu."), sentences(ps));
  }

  @Test
  void segment_wrappedLinesJoinOneParagraph() {
    String text = "Alibaba said on Tuesday that its new model, Qwen2.5-Max, beats GPT-4o on\n"
        + "LiveBench and on GPQA Diamond, two benchmarks that the press follows closely\n"
        + "because they are refreshed often.\n"
        + "\n"
        + "The company did not publish the raw scores of its runs for any of these tests,\n"
        + "only charts.\n";
    List<Paragraph> ps = en.segment(text);
    assertEquals(2, ps.size());
    assertTrue(ps.get(0).sentences().get(0).text()
        .contains("beats GPT-4o on LiveBench and on GPQA Diamond"));
  }

  @Test
  void segment_linesOfEveryLengthAreNoWrappedProse() {
    // Short lines one under the other (results, a log) are lines of their own, even where the
    // text has blank lines and long lines elsewhere.
    String text = "Larch-20B results\n\nScores (vendor-reported):\nAIME 2025: 81.4%\n"
        + "GPQA Diamond: 68.2%\nLicense: Apache 2.0\n\n"
        + "A longer paragraph of prose follows here, long enough to look like wrapped text.\n";
    assertEquals(List.of("Larch-20B results", "Scores (vendor-reported):", "AIME 2025: 81.4%",
        "GPQA Diamond: 68.2%", "License: Apache 2.0",
        "A longer paragraph of prose follows here, long enough to look like wrapped text."),
        sentences(en.segment(text)));
  }

  @Test
  void segment_linesOfAForumPostWithoutFullStopsStandAlone() {
    // No line of the run ends a sentence: it is a post whose lines stand alone, even where they
    // start in lower case.
    String text = "Thread\n\n> Quill-12B scores 80.5 on MMLU-Pro\n"
        + "in my tests it was more like 70ish\n"
        + "TL;DR: gpt-4o is better than quill-12b on coding\n"
        + "posted by u/localfan \u00b7 412 points\n"
        + "qwen3 30b a3b hits 65.8 on swe-bench w/ the new scaffold\n";
    assertEquals(List.of("Thread", "Quill-12B scores 80.5 on MMLU-Pro",
        "in my tests it was more like 70ish", "TL;DR: gpt-4o is better than quill-12b on coding",
        "posted by u/localfan \u00b7 412 points",
        "qwen3 30b a3b hits 65.8 on swe-bench w/ the new scaffold"), sentences(en.segment(text)));
  }

  @Test
  void segment_aWrappedParagraphSignedOffWithAnEmoticonIsStillProse() {
    // The paragraph's last sentence ends in a full stop and an emoticon: its lines wrap.
    String text = "Erstens: Ja, das Ding ist ein MoE mit 480 Mrd. Parametern, von denen\n"
        + "pro Token ca. 35 Mrd. aktiv sind. Die Gewichte liegen unter Apache 2.0\n"
        + "auf Hugging Face, man kann es also theoretisch lokal laufen lassen \u2013\n"
        + "wenn man ein paar H100 im Keller hat. ;-)\n";
    assertEquals(List.of(
        "Erstens: Ja, das Ding ist ein MoE mit 480 Mrd. Parametern, von denen pro Token ca. 35 Mrd."
            + " aktiv sind.",
        "Die Gewichte liegen unter Apache 2.0 auf Hugging Face, man kann es also theoretisch lokal laufen lassen"
            + " \u2013 wenn man ein paar H100 im Keller hat. ;-)"),
        sentences(new Segmenter(List.of("ca.", "Mrd.")).segment(text)).stream()
            .map(Segmenter::fold).toList());
  }

  @Test
  void segment_aLowerCaseLineAfterAnUnfinishedLineStillWrapsInProse() {
    String text = "Quill-12B beats GPT-4o on MMLU and on GPQA Diamond, two benchmarks that\n"
        + "the press follows closely.\n";
    assertEquals(List.of("Quill-12B beats GPT-4o on MMLU and on GPQA Diamond, two benchmarks"
        + " that the press follows closely."), sentences(en.segment(text)));
  }

  @Test
  void segment_aLineWellShortOfTheLongestIsEndedWhereItStops() {
    String post = "Tried Qwen3-30B-A3B on my own coding tasks this weekend and it beats GPT-4o\n"
        + "on most of them.\n"
        + "Qwen3 beats GPT-4o on LiveBench\n"
        + "honestly did not expect that\n";
    assertEquals(List.of("Tried Qwen3-30B-A3B on my own coding tasks this weekend and it beats"
        + " GPT-4o on most of them.", "Qwen3 beats GPT-4o on LiveBench",
        "honestly did not expect that"), sentences(en.segment(post)));
  }

  @Test
  void segment_postsOfAThreadAreBlocksEvenInTextOfEvenLines() {
    // Lines of even length after a title read as text wrapped at a width; a thread's post number
    // or a handle opens a block of its own all the same.
    String text = "Fil sur le nouveau modèle\n\n"
        + "1/4 Quill-12B dépasse GPT-4o sur HumanEval selon ses auteurs, c'est net\n"
        + "2/4 il obtient 92,1 % sur HumanEval contre 90,2 % pour GPT-4o, pas mal\n"
        + "3/4 perso je trouve que c'est le meilleur modèle européen du moment\n"
        + "4/4 @quill bravo à l'équipe\n";
    assertEquals(List.of("Fil sur le nouveau modèle",
        "Quill-12B dépasse GPT-4o sur HumanEval selon ses auteurs, c'est net",
        "il obtient 92,1 % sur HumanEval contre 90,2 % pour GPT-4o, pas mal",
        "perso je trouve que c'est le meilleur modèle européen du moment",
        "@quill bravo à l'équipe"), sentences(fr.segment(text)));
  }

  @Test
  void segment_aChatUserInLowerCaseSpeaksEvenOnce() {
    String text = "[10:42] alice: gpt-5 just shipped\n[10:43] bob_dev: source?\n"
        + "[10:43] alice: the blog\n[10:45] carol: Quill-12B is the best model for long context\n";
    assertEquals(List.of("gpt-5 just shipped", "source?", "the blog",
        "Quill-12B is the best model for long context"), sentences(en.segment(text)));
  }

  @Test
  void segment_germanQuotesOpenAndCloseSentences() {
    String text = "„Kogni-3 ist besser als GPT-4o“, sagt Miriam Albers, CEO der Kogni AI GmbH. "
        + "„Unser nächstes Ziel ist GPT-5.“ Das Modell ist offen.\n";
    assertEquals(List.of("„Kogni-3 ist besser als GPT-4o“, sagt Miriam Albers, CEO der Kogni AI GmbH.",
        "„Unser nächstes Ziel ist GPT-5.“", "Das Modell ist offen."),
        sentences(new Segmenter(List.of()).segment(text)));
  }

  @Test
  void segment_aTableRowIsALineOfItsOwn() {
    String text = "Qwen3-32B | 72.9% | n/a\no3-mini (high) | 86.5 | 79.7\n";
    assertEquals(List.of("Qwen3-32B | 72.9% | n/a", "o3-mini (high) | 86.5 | 79.7"),
        sentences(en.segment(text)));
  }

  @Test
  void segment_speakersAndTimesOpeningLinesAreNoPartOfWhatIsSaid() {
    String chat = "[10:42] alice: qwen3 gets 69.8 on mmlu-pro\n[10:43] bob_dev: same here\n"
        + "[10:44] alice: GPT-4o still beats it on Arena-Hard.\n[10:45] bob_dev: ok\n";
    assertEquals(List.of("qwen3 gets 69.8 on mmlu-pro", "same here",
        "GPT-4o still beats it on Arena-Hard.", "ok"), sentences(en.segment(chat)));
    String podcast = "Ben Ortiz: It came in at 1,288.\nMaya Chen: Right.\n"
        + "Ben Ortiz: It beats GPT-4o there.\nMaya Chen: Sure.\n";
    assertEquals(List.of("It came in at 1,288.", "Right.", "It beats GPT-4o there.", "Sure."),
        sentences(en.segment(podcast)));
    // The speaker whose name opens the line is kept with what they say; a chat's handles are
    // no names.
    List<Paragraph> spoken = en.segment(podcast);
    assertEquals("Ben Ortiz", spoken.get(0).sentences().get(0).speaker());
    assertEquals("Maya Chen", spoken.get(1).sentences().get(0).speaker());
    assertEquals(null, en.segment(chat).get(1).sentences().get(0).speaker());
    // One label coming back is the text's own heading, and a label said once is part of it.
    String verdicts = "Verdict: GPT-5 wins on AIME.\nVerdict: Gemini 2.5 Pro wins on price.\n"
        + "AIME 2025: 81.4%\n";
    assertEquals(List.of("Verdict: GPT-5 wins on AIME.", "Verdict: Gemini 2.5 Pro wins on price.",
        "AIME 2025: 81.4%"), sentences(en.segment(verdicts)));
  }

  @Test
  void segment_aTranscriptsTitledSpeakersAndOneWhoSpeaksOnceWithARole() {
    String hearing = "Vorsitzende Carola Brenninkmeyer: Ich eröffne die Sitzung.\n\n"
        + "Sachverständige Prof. Dr. Jana Wendt (TU München): GPT-5.1 schneidet am besten ab.\n\n"
        + "Vorsitzende Carola Brenninkmeyer: Danke.\n\n"
        + "Sachverständige Prof. Dr. Jana Wendt (TU München): Gern.\n\n"
        + "Sachverständiger Henrik Paulsen (Bitkom): gpt-oss-120b hat 117 Milliarden Parameter.\n\n"
        + "Actualización (9 de mayo): Google lanzó una versión.\n\n"
        + "Valeria Montes (Google DeepMind): «Es nuestro modelo más inteligente»\n";
    List<Paragraph> ps = en.segment(hearing);
    assertEquals("Sachverständige Prof. Dr. Jana Wendt", ps.get(1).sentences().get(0).speaker());
    assertEquals("Sachverständiger Henrik Paulsen", ps.get(4).sentences().get(0).speaker());
    // A label with a date in brackets and a quotation's caption are no turns of the transcript.
    assertEquals(List.of("Actualización (9 de mayo): Google lanzó una versión.",
        "Valeria Montes (Google DeepMind): «Es nuestro modelo más inteligente»"),
        sentences(ps.subList(5, 7)));
  }

  @Test
  void segment_interviewRolesAndInitialsOpeningLinesAreNoPartOfWhatIsSaid() {
    String qa = "Q: Why GPT-4.1?\n\nA: No. Claude Opus 4 is better than Vega-2.\n\n"
        + "Q: And the price?\n\nA: Vega-2 costs less.\n";
    assertEquals(List.of("Why GPT-4.1?", "No.", "Claude Opus 4 is better than Vega-2.",
        "And the price?", "Vega-2 costs less."),
        sentences(new Segmenter(List.of("No. 1")).segment(qa)));
    // "A:" is a role, kept as written: the text names elsewhere whose answer it is.
    assertEquals("A", en.segment(qa).get(1).sentences().get(0).speaker());
    String call = "Rachel Ng (Morgan Whitcombe): And open weights?\n\n"
        + "Sam Ortega (CEO): Helix-2 stays API-only.\n\nRachel Ng (Morgan Whitcombe): Thanks.\n\n"
        + "Sam Ortega (CEO): It was first on WebDev Arena.\n";
    List<Paragraph> ps = en.segment(call);
    assertEquals(List.of("And open weights?", "Helix-2 stays API-only.", "Thanks.",
        "It was first on WebDev Arena."), sentences(ps));
    assertEquals("Sam Ortega", ps.get(1).sentences().get(0).speaker());
    // An interviewee's initials answer questions that carry no name.
    String entretien = "\u2014 Kimi K2 est-il ouvert ?\n\nS. M. : Les poids sont sur Hugging Face.\n\n"
        + "\u2014 Et sur HLE ?\n\nS. M. : Kimi K2 plafonne à 4,7 %.\n";
    assertEquals(List.of("Kimi K2 est-il ouvert ?", "Les poids sont sur Hugging Face.",
        "Et sur HLE ?", "Kimi K2 plafonne à 4,7 %."), sentences(fr.segment(entretien)));
    // Names before values only label the lines of a list.
    String results = "Qwen3 : 85,2 %\nGPT-4o : 80,1 %\n\nQwen3 : 70,4 %\nGPT-4o : 71,9 %\n";
    assertEquals(List.of("Qwen3 : 85,2 %", "GPT-4o : 80,1 %", "Qwen3 : 70,4 %", "GPT-4o : 71,9 %"),
        sentences(fr.segment(results)));
  }

  @Test
  void segment_aDashTurnAfterADashQuestionIsAnAnswer() {
    String entrevista = "**\u2014\u00bfQu\u00e9 es Kimi K2?**\n\n\u2014Es un modelo abierto.\n\n"
        + "**\u2014\u00bfY es bueno?**\n\n\u2014S\u00ed.\n";
    List<Paragraph> ps = en.segment(entrevista);
    assertEquals(null, ps.get(0).sentences().get(0).speaker());
    assertEquals(Segmenter.DASH_TURN, ps.get(1).sentences().get(0).speaker());
    // Dashes opening a list that asks nothing answer nothing.
    List<Paragraph> list = en.segment("\u2013 Qwen3 is open.\n\n\u2013 GPT-4o is not.\n");
    assertEquals(null, list.get(1).sentences().get(0).speaker());
  }

  @Test
  void segment_theSpeakerWhoOnlyAsksIsTheInterviewer() {
    String interview = "STANDARD: Qwen3 is new. Is it good?\n\nHofbauer: It beats GPT-4o.\n\n"
        + "STANDARD: And the price?\n\nHofbauer: Low.\n";
    List<Paragraph> ps = en.segment(interview);
    assertEquals(null, ps.get(0).sentences().get(0).speaker());
    assertEquals("Hofbauer", ps.get(1).sentences().get(0).speaker());
  }

  @Test
  void segment_aPostNumberOutOfTheThreadsCountIsAMarkerEvenAlone() {
    assertEquals(List.of("Thread", "Qwen3 beats GPT-4o on LiveBench.", "Then 3/4 of them passed."),
        sentences(en.segment("Thread\n\n2/5 Qwen3 beats GPT-4o on LiveBench.\n\n"
            + "Then 3/4 of them passed.\n")));
  }

  @Test
  void segment_anAbbreviationBeforeNumbersEndsASentenceElsewhere() {
    Segmenter numbered = new Segmenter(List.of("No. 1", "Mr."));
    assertEquals(List.of("It ranks No. 1 on LMArena.", "No.", "Mr. Smith disagrees."),
        sentences(numbered.segment("It ranks No. 1 on LMArena. No. Mr. Smith disagrees.\n")));
  }

  @Test
  void segment_pictographBulletsAndClosingTagsAreNoPartOfTheSentence() {
    String post = "Magistral Medium is out \uD83D\uDE80\n\n\uD83D\uDC49 AIME 2025 : 64,9 %\n"
        + "\u2705 GPQA Diamond : 70,8 %\n\n"
        + "Best model under 30B I've tested. \uD83D\uDE4C #LocalLLaMA #Mistral @mistralai\n";
    assertEquals(List.of("Magistral Medium is out", "AIME 2025 : 64,9 %",
        "GPQA Diamond : 70,8 %", "Best model under 30B I've tested.",
        "\uD83D\uDE4C #LocalLLaMA #Mistral @mistralai"), sentences(en.segment(post)));
  }

  @Test
  void segment_pictographsBetweenOrAfterSentencesBelongToNone() {
    String post = "Bauchgefühl ist kein Benchmark... \uD83D\uDE44 Aber ja, Gemma 3 27B ist besser.\n\n"
        + "MIT license, weights on HF \uD83E\uDD17\n";
    assertEquals(List.of("Bauchgefühl ist kein Benchmark...", "Aber ja, Gemma 3 27B ist besser.",
        "MIT license, weights on HF"), sentences(en.segment(post)));
  }

  @Test
  void segment_aDashOpeningADialoguesTurnIsNoPartOfTheSentence() {
    String text = "—¿Y en código?\n\n—En código, diría que está a la altura de Claude 3.7 Sonnet.\n\n"
        + "—128.000 tokens.\n\nUn guion—sin espacios—en medio.\n";
    assertEquals(List.of("¿Y en código?",
        "En código, diría que está a la altura de Claude 3.7 Sonnet.", "128.000 tokens.",
        "Un guion—sin espacios—en medio."), sentences(new Segmenter(List.of()).segment(text)));
  }

  @Test
  void segment_wrappedTextKeepsALineWrappedShortMidSentence_andAQuoteClosedAfterItsMark() {
    String text = "Bei der Aufgabensammlung AIME 2025 aus der US-Mathematik-Olympiade kommt\n"
        + "GPT-5 ohne Hilfsmittel auf 94,6 Prozent. Im Benchmark\n"
        + "Humanity's Last Exam, der als besonders schwer gilt, liegt das Modell\n"
        + "mit 24,8 Prozent dagegen hinter Grok 4 Heavy, wie aus den von OpenAI\n"
        + "veröffentlichten Tabellen hervorgeht, die am Donnerstag erschienen.\n\n"
        + "Kurze Zwischenzeile\n"
        + "Das Kontextfenster umfasst laut OpenAI 400.000 Token, so das Unternehmen\n"
        + "in einer Mitteilung an die Presse, die am Donnerstagabend versandt wurde.\n\n"
        + "« C’est probablement le meilleur modèle ouvert non spécialisé dans le\n"
        + "raisonnement à ce jour », estime un analyste du cabinet Stratalys à Paris.\n"
        + "« Mais les chiffres d’un éditeur restent les chiffres d’un\n"
        + "éditeur. »\n";
    List<String> got = sentences(new Segmenter(List.of()).segment(text));
    assertEquals(List.of(
        "Bei der Aufgabensammlung AIME 2025 aus der US-Mathematik-Olympiade kommt GPT-5 ohne"
            + " Hilfsmittel auf 94,6 Prozent.",
        "Im Benchmark Humanity's Last Exam, der als besonders schwer gilt, liegt das Modell mit"
            + " 24,8 Prozent dagegen hinter Grok 4 Heavy, wie aus den von OpenAI"
            + " veröffentlichten Tabellen hervorgeht, die am Donnerstag erschienen.",
        "Kurze Zwischenzeile",
        "Das Kontextfenster umfasst laut OpenAI 400.000 Token, so das Unternehmen in einer"
            + " Mitteilung an die Presse, die am Donnerstagabend versandt wurde.",
        "« C’est probablement le meilleur modèle ouvert non spécialisé dans le raisonnement à"
            + " ce jour », estime un analyste du cabinet Stratalys à Paris.",
        "« Mais les chiffres d’un éditeur restent les chiffres d’un éditeur. »"),
        got.stream().map(Segmenter::fold).toList());
  }

  @Test
  void segment_aTitleLongerThanTheWrappedLinesLeavesTheWidthToThem() {
    String text = "Anthropic presenta Claude Opus 4 y asegura que es el mejor modelo de programación del mundo\n\n"
        + "Según la compañía, Opus 4 obtiene un 72,5 % en SWE-bench Verified, una\n"
        + "prueba que mide la capacidad de resolver incidencias reales extraídas de\n"
        + "repositorios de GitHub, y un 43,2 % en Terminal-bench, cifras que lo\n"
        + "sitúan por delante de GPT-4.1, de OpenAI, y de Gemini 2.5 Pro, de\n"
        + "Google.\n\n"
        + "Según la ficha técnica publicada por Anthropic, en el examen de\n"
        + "razonamiento científico GPQA Diamond el modelo alcanza el 79,6 %, y el\n"
        + "75,5 % en AIME 2025.\n";
    List<String> got = sentences(new Segmenter(List.of("EE.")).segment(text));
    assertEquals(3, got.size(), got.toString());
    assertTrue(got.get(1).endsWith("Gemini 2.5 Pro, de Google."), got.get(1));
    assertTrue(got.get(2).endsWith("el 79,6 %, y el 75,5 % en AIME 2025."), got.get(2));
  }

  @Test
  void segment_aListMarkerIsNoPartOfTheSentence() {
    String text = "Key points:\n- Maverick: 17B active params, 400B total\n"
        + "\u2022 Scout has 16 experts\n1. Grok 4 scores 15.9%.\n2. Kimi K2 is open.\n";
    List<Paragraph> ps = en.segment(text);
    assertEquals(List.of("Key points:", "Maverick: 17B active params, 400B total",
        "Scout has 16 experts", "Grok 4 scores 15.9%.", "Kimi K2 is open."), sentences(ps));
    Sentence first = ps.get(1).sentences().get(0);
    assertEquals("Maverick", text.substring(first.span().start(), first.span().start() + 8));
  }

  @Test
  void segment_threadsQuotesAndLowerCaseWriting() {
    // A thread's post numbers are markers like a list's; "3/4 of" alone is no post number.
    String thread = "1/ Grok 4 is out\n2/ It scores 44.4% on HLE\n3/4 of the slides are charts\n";
    assertEquals(List.of("Grok 4 is out", "It scores 44.4% on HLE", "3/4 of the slides are charts"),
        sentences(en.segment(thread)));
    // A quoted line is apart from the reply after it, and a user name or a link starts a line
    // of its own even in lower case.
    String forum = "> Qwen3 beats it on LiveCodeBench though\nu/localfan · 3h\n"
        + "not on my tests\nhttps://example.org/results\n";
    assertEquals(List.of("Qwen3 beats it on LiveCodeBench though", "u/localfan · 3h",
        "not on my tests", "https://example.org/results"), sentences(en.segment(forum)));
    // A paragraph written in lower case starts its sentences in lower case.
    String casual = "we ran it ourselves over the weekend. short version: grok 4 lands 3rd.\n";
    assertEquals(List.of("we ran it ourselves over the weekend.", "short version: grok 4 lands 3rd."),
        sentences(en.segment(casual)));
    // In ordinary prose a lower-case word after a full stop goes on the sentence ("e.g. the").
    assertEquals(List.of("It beats o1, e.g. the AIME score is higher."),
        sentences(en.segment("It beats o1, e.g. the AIME score is higher.\n")));
  }

  @Test
  void segment_aNumberOpeningALineIsAMarkerOnlyInANumberedList() {
    String text = "3. Mai: Das Modell erscheint.\nEs kostet wenig.\n";
    assertEquals(List.of("3. Mai: Das Modell erscheint.", "Es kostet wenig."),
        sentences(de.segment(text)));
    String list = "1. Grok 4 leads.\n2. Kimi K2 follows.\n";
    assertEquals(List.of("Grok 4 leads.", "Kimi K2 follows."), sentences(en.segment(list)));
  }

  @Test
  void segment_decimalsAbbreviationsAndInitialsDoNotSplit() {
    String text = "Qwen 2.5 scores 89.4 vs. GPT-4o, e.g. on Arena-Hard. J. Smith agrees. Done!";
    assertEquals(List.of("Qwen 2.5 scores 89.4 vs. GPT-4o, e.g. on Arena-Hard.",
        "J. Smith agrees.", "Done!"), sentences(en.segment(text)));
  }

  @Test
  void segment_aNameWithALowerCaseFirstLetterOpensASentence() {
    String text = "Do not read much into the gap. xAI also says Grok 4 Heavy hits 44.4%. "
        + "o3-mini is third. gpt-oss-120b follows. and so on. e.g. this.";
    assertEquals(List.of("Do not read much into the gap.", "xAI also says Grok 4 Heavy hits 44.4%.",
        "o3-mini is third.", "gpt-oss-120b follows. and so on. e.g. this."),
        sentences(en.segment(text)));
  }

  @Test
  void segment_aNameEndingInACapitalLetterEndsASentenceBeforeAnOpener() {
    Segmenter withOpeners = new Segmenter(List.of("e.g."),
        java.util.regex.Pattern.compile("The|It|Le|Der|El"));
    assertEquals(List.of("Cohere released Command A.", "The model beats GPT-4o.",
        "John F. Kennedy agrees."), sentences(withOpeners.segment(
            "Cohere released Command A. The model beats GPT-4o. John F. Kennedy agrees.")));
  }

  @Test
  void segment_frenchQuestionAndQuotes() {
    String text = "Alibaba a-t-il réussi ? L'avenir le dira. « Il surpasse tout. » Fin.";
    assertEquals(List.of("Alibaba a-t-il réussi ?", "L'avenir le dira.", "« Il surpasse tout. »",
        "Fin."), sentences(fr.segment(text)));
  }

  @Test
  void segment_spansPointIntoTheText_withCrlf() {
    String text = "Title\r\n\r\nFirst one. Second one.\r\nThird.";
    List<Paragraph> ps = en.segment(text);
    for (Paragraph p : ps) {
      for (Sentence s : p.sentences()) {
        assertEquals(s.text(), Segmenter.fold(s.span().of(text)));
      }
    }
    assertEquals(3, ps.size());
    assertEquals(9, ps.get(1).sentences().get(0).span().start());
  }

  @Test
  void segment_runOnTextIsCutIntoBoundedSentences() {
    String text = "GPT-4o beats ".repeat(2000);
    List<Paragraph> ps = en.segment(text);
    List<Sentence> all = ps.stream().flatMap(p -> p.sentences().stream()).toList();
    assertTrue(all.size() >= text.length() / Segmenter.MAX_SENTENCE);
    for (Sentence s : all) {
      assertTrue(s.span().length() <= Segmenter.MAX_SENTENCE, s.span().toString());
      assertEquals(s.text(), Segmenter.fold(s.span().of(text)));
    }
  }

  @Test
  void segment_capitalLetterAfterLowerCaseWordEndsSentence() {
    String text = "Die Vorstellung lief live auf X. Danach folgte die Fragerunde.";
    assertEquals(List.of("Die Vorstellung lief live auf X.", "Danach folgte die Fragerunde."),
        sentences(de.segment(text)));
    String es = "El anuncio se hizo en la red social X. Luego llegaron las cifras.";
    assertEquals(List.of("El anuncio se hizo en la red social X.", "Luego llegaron las cifras."),
        sentences(en.segment(es)));
  }

  @Test
  void segment_initialsInNamesDoNotSplit() {
    String text = "The memo was signed by Mary K. Lowe and John F. Kennedy Jr. was cited. "
        + "It came from J. R. R. Tolkien fans.";
    assertEquals(List.of("The memo was signed by Mary K. Lowe and John F. Kennedy Jr. was cited.",
        "It came from J. R. R. Tolkien fans."), sentences(en.segment(text)));
  }

  @Test
  void segment_yearEndsSentence_germanOrdinalDoesNot() {
    String text = "The lab was founded in 2023. Its first model shipped a year later.";
    assertEquals(List.of("The lab was founded in 2023.", "Its first model shipped a year later."),
        sentences(en.segment(text)));
    String german = "Am 22. April stellte das Labor sein Modell vor. Es ist klein.";
    assertEquals(List.of("Am 22. April stellte das Labor sein Modell vor.", "Es ist klein."),
        sentences(de.segment(german)));
  }

  @Test
  void segment_germanNumberAfterANounEndsSentence() {
    String text = "Im Ranking steht das Modell auf Platz 4. Bei MMLU liegt es vorn. "
        + "Der 3. Platz geht an Kestrel. Seit dem 9. Mai ist es frei.";
    assertEquals(List.of("Im Ranking steht das Modell auf Platz 4.", "Bei MMLU liegt es vorn.",
        "Der 3. Platz geht an Kestrel.", "Seit dem 9. Mai ist es frei."),
        sentences(new Segmenter(List.of("3.", "4.", "9.")).segment(text)));
  }

  @Test
  void segment_datelineOpensTheFirstSentence() {
    String text = "Lima, 3 de marzo de 2025. Andes AI presenta su modelo. Es abierto.\n\n"
        + "Later, in 2025. Another paragraph follows.";
    assertEquals(List.of("Lima, 3 de marzo de 2025. Andes AI presenta su modelo.", "Es abierto.",
        "Later, in 2025.", "Another paragraph follows."), sentences(en.segment(text)));
    String english = "SAN DIEGO, March 3, 2025. Pelican Labs today released Gull-3B.";
    assertEquals(List.of(english), sentences(en.segment(english)));
  }

  @Test
  void segment_aFootnotesMarkIsNoPartOfItsSentence() {
    String text = "| Model | SWE-bench |\n\n\u00b9 Anthropic reports 79.4% for Opus 4.\n\n"
        + "\u2020 With parallel test-time compute.\n";
    assertEquals(List.of("| Model | SWE-bench |", "Anthropic reports 79.4% for Opus 4.",
        "With parallel test-time compute."), sentences(fr.segment(text)));
  }
  @Test
  void segment_aScriptsPresenterInCapitalsSpeaksAlone() {
    String script = "Kimi K2 Thinking, TV script\n\nRUTH ADEYEMI: A Beijing start-up says its model "
        + "is strong.\n\nRUTH ADEYEMI (VO): The company released it on Thursday.\n";
    List<Paragraph> ps = en.segment(script);
    assertEquals(List.of("Kimi K2 Thinking, TV script", "A Beijing start-up says its model is strong.",
        "The company released it on Thursday."), sentences(ps));
    assertEquals("RUTH ADEYEMI", ps.get(1).sentences().get(0).speaker());
    // A label in capitals said once is part of the text.
    assertEquals(List.of("UPDATE: the model is out."), sentences(en.segment("UPDATE: the model is out.\n")));
  }

  @Test
  void segment_etAlDoesNotEndASentence() {
    assertEquals(List.of("Kim et al. [14] note that it keeps 80% at 512K tokens.", "It is fast."),
        sentences(new Segmenter(List.of("et al.")).segment(
            "Kim et al. [14] note that it keeps 80% at 512K tokens. It is fast.\n")));
  }

  @Test
  void segment_aUserNameOfAThreadSpeaksOnce() {
    String thread = "AMA: Tidewater Labs\n\nAde Okonkwo: Hi, we built it.\n\nTomasz Wrona: Hello "
        + "all.\n\nu/quantfiend: On my own test set it beats Mistral Small 3.2.\n\nAde Okonkwo: "
        + "Thanks.\n\nTomasz Wrona: Yes.\n";
    List<Paragraph> ps = en.segment(thread);
    assertTrue(sentences(ps).contains("On my own test set it beats Mistral Small 3.2."),
        sentences(ps).toString());
  }

  @Test
  void segment_aDayBeforeAMonthAndAYearEndsNoSentence() {
    Segmenter de = new Segmenter(List.of("15."), java.util.regex.Pattern.compile("Januar|Bei"));
    assertEquals(List.of("Förderlinie: KI, Einreichungsfrist 15. Januar 2026"),
        sentences(de.segment("Förderlinie: KI, Einreichungsfrist 15. Januar 2026\n")));
    assertEquals(List.of("Es liegt auf Platz 15.", "Bei GPQA ist es Erster."),
        sentences(de.segment("Es liegt auf Platz 15. Bei GPQA ist es Erster.\n")));
  }
}
