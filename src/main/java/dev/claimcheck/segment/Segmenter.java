package dev.claimcheck.segment;

import dev.claimcheck.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits a document's text into paragraphs and sentences, keeping offsets.
 *
 * <p>A blank line always ends a paragraph. A single line break ends one too unless it merely
 * wraps a sentence (the line does not end a sentence and the next line starts in lower case; in
 * text wrapped at a fixed width, the line fills the width), so plain text with one paragraph per
 * line, hard-wrapped text, logs and lists, and Markdown all read right. A
 * sentence ends at {@code . ! ? …} followed by space and a capital, digit, quote or bracket,
 * except after an abbreviation of the language, an initial, or inside a number.
 */
public final class Segmenter {
  private final Set<String> abbreviations;
  private final java.util.regex.Pattern openers;

  /** @param abbreviations words ending in a dot that do not end a sentence ("e.g.", "M.") */
  public Segmenter(List<String> abbreviations) {
    this(abbreviations, java.util.regex.Pattern.compile("(?!)"));
  }

  /**
   * @param abbreviations words ending in a dot that do not end a sentence ("e.g.", "M.")
   * @param openers capitalised words that open sentences and are never a surname ("The", « Le »,
   *     "Der"): after one, a capital letter and a dot end a name ("Cohere's Command A. The
   *     model"), not an initial
   */
  public Segmenter(List<String> abbreviations, java.util.regex.Pattern openers) {
    this.abbreviations = abbreviations.stream().filter(a -> !BEFORE_NUMBER.matcher(a).matches())
        .map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    this.beforeNumbers = abbreviations.stream().map(BEFORE_NUMBER::matcher)
        .filter(java.util.regex.Matcher::matches)
        .map(m -> m.group(1).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    this.openers = openers;
  }

  /**
   * An abbreviation listed with a number after it ("No. 1", "Nr. 1"): it abbreviates only before
   * a number, and elsewhere is a word ending a sentence ("A: No. Claude Opus 4 is better").
   */
  private static final java.util.regex.Pattern BEFORE_NUMBER =
      java.util.regex.Pattern.compile("(\\S+\\.) 1");
  private final Set<String> beforeNumbers;

  public List<Paragraph> segment(String text) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Span> blocks = paragraphSpans(text);
    Set<String> numbers = listNumbers(text, blocks);
    boolean timed = blocks.stream().filter(b -> afterTime(text, b) > b.start()).count() >= 2;
    Set<String> speakers = speakers(text, blocks, timed);
    int sentenceIndex = 0;
    List<Turn> turns = new ArrayList<>();
    for (Span block : blocks) {
      Span item = afterListMarker(text, block, numbers);
      Turn turn = turn(text, item, speakers, timed);
      turns.add(turn.speaker() == null && answersQuestion(text, blocks, turns.size(), item)
          ? new Turn(turn.body(), DASH_TURN) : turn);
    }
    Set<String> askers = askers(text, turns);
    for (int k = 0; k < blocks.size(); k++) {
      List<Sentence> sentences = new ArrayList<>();
      Span block = blocks.get(k);
      Span body = turns.get(k).body();
      String speaker = askers.contains(turns.get(k).speaker()) ? null : turns.get(k).speaker();
      for (Span whole : sentenceSpans(text, body)) {
        for (Span s : bounded(text, whole)) {
          sentences.add(new Sentence(sentenceIndex++, paragraphs.size(), s, fold(s.of(text)),
              speaker));
        }
      }
      if (!sentences.isEmpty()) {
        paragraphs.add(new Paragraph(paragraphs.size(), block, sentences));
      }
    }
    return paragraphs;
  }

  /** Superscript digits and daggers marking a footnote: "¹", "²³", "†". */
  private static final String FOOTNOTE_MARK = "[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u2020\u2021]+";

  /** One pictograph, with its modifiers and joiners: "✅", "👍🏽", "🧑‍💻". */
  private static final String PICTOGRAPH = "\\p{So}[\\p{So}\\p{Sk}\ufe0f\u200d]*";

  /**
   * A bullet ("- ", "* ", "• ", "✅ "), a number ("1. ", "2) ") opening a list item, a thread's
   * post number ("1/ ", "2/8 "), the "> " of a quoted line in a forum post, a footnote's mark
   * ("¹ "), or the dash that opens a turn of a dialogue or an interview, written without a space
   * ("—En código, ...").
   */
  private static final java.util.regex.Pattern LIST_MARKER =
      java.util.regex.Pattern.compile("(?:[-*+>\u2022\u25e6\u25aa\u2013\u2014]|(\\d{1,2})([.)]|/(?:\\d{1,2})?)"
          // "✅ ", "👉 ", "🔹 ": a pictograph opening a line in a social post.
          + "|" + PICTOGRAPH
          // "¹ ", "† ": the mark opening a footnote under a table.
          + "|" + FOOTNOTE_MARK + ")[ \t]+(?=\\S)"
          + "|[\u2014\u2015](?=[\\p{Lu}\\p{N}\u00bf\u00a1\u00ab\"\u201c])");

  /**
   * Whether a line opens with a list item's bullet, a quote mark, a pictograph, a footnote's mark
   * or a dialogue's dash: any {@link #LIST_MARKER} but an item's number ("1. ").
   */
  public static boolean bulleted(String line) {
    java.util.regex.Matcher m = LIST_MARKER.matcher(line);
    return m.lookingAt() && m.group(1) == null;
  }

  /**
   * The numbers opening blocks, each with the way it is written ("1.", "2)", "3/"): a number
   * opening a block is an item's number only when the number before or after it, written the
   * same way, opens another block ("1." and "2."); alone it may be a date or an ordinal ("1. Mai").
   */
  private static Set<String> listNumbers(String text, List<Span> blocks) {
    Set<String> seen = new java.util.HashSet<>();
    for (Span b : blocks) {
      java.util.regex.Matcher m = LIST_MARKER.matcher(text).region(b.start(), b.end());
      if (m.lookingAt() && m.group(1) != null) {
        seen.add(Integer.parseInt(m.group(1)) + m.group(2));
      }
    }
    return seen;
  }

  /** The block without the list marker that opens it: the marker is no part of a sentence. */
  private static Span afterListMarker(String text, Span block, Set<String> numbers) {
    java.util.regex.Matcher m = LIST_MARKER.matcher(text).region(block.start(), block.end());
    if (!m.lookingAt()) {
      return block;
    }
    if (m.group(1) != null) {
      int n = Integer.parseInt(m.group(1));
      String written = m.group(2);
      // "2/5 Qwen3 ...": a post's number out of the thread's count numbers a post even alone;
      // "3/4 of the slides" is a fraction.
      boolean ofCount = written.length() > 1 && written.charAt(0) == '/'
          && n >= 1 && n <= Integer.parseInt(written.substring(1))
          && !Character.isLowerCase(text.codePointAt(m.end()));
      if (!ofCount && !numbers.contains((n + 1) + written)
          && !numbers.contains((n - 1) + written)) {
        return block;
      }
    }
    return new Span(m.end(), block.end());
  }

  /** A time opening a line of a log, a live blog or a chat: "[10:42]", "10:42 pm –", "(02:15)". */
  private static final java.util.regex.Pattern LINE_TIME = java.util.regex.Pattern.compile(
      "[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[AaPp]\\.?[Mm]\\.?)?[\\])]?[ \t]*(?:[-\u2013\u2014|\u00b7][ \t]*)?");
  /**
   * Who speaks, before a colon at the start of a line: "Ben Ortiz:", "MAYA:", "bob_dev:", "Q:",
   * with a role in brackets ("Sam Ortega (CEO):") or French spacing ("S. M. :"), perhaps after
   * titles („Sachverständiger Dr. Emeka Okonkwo (Fraunhofer IAIS):“).
   */
  private static final java.util.regex.Pattern SPEAKER = java.util.regex.Pattern.compile(
      "([@\\p{L}][\\p{L}\\p{N}_.@/'\u2019-]*(?: [\\p{L}\\p{N}_.'\u2019-]+){0,4})"
          + "(?: \\([^()\\n]{1,40}\\))?[ \u00a0\u202f]?:[ \t]+(?=\\S)");
  /**
   * A person's name of two words or more with a role in brackets, no date: "Henrik Paulsen
   * (Bitkom)", not "Actualización (9 de mayo)".
   */
  private static final java.util.regex.Pattern ROLED = java.util.regex.Pattern.compile(
      "[^\\s()]+(?: [^\\s()]+)+ \\([^()\\p{N}\\n]{1,40}\\)");

  /** Initials standing for a person in an interview: "S. M.", "J.D.". */
  private static final java.util.regex.Pattern INITIALS =
      java.util.regex.Pattern.compile("(?:\\p{Lu}\\.\\s?){1,3}");
  /**
   * Something said after a speaker's name: words, not a value ("Qwen3 : 85,2 %" labels a result).
   */
  private static final java.util.regex.Pattern SAID =
      java.util.regex.Pattern.compile("[^\\p{N}\\s+\\-\u2212~\u2248<>]");

  /**
   * The names that open two lines or more before a colon, after an optional time, when two such
   * names at least take turns: the speakers of a transcript or a chat ("Ben Ortiz: ...", "[10:42]
   * alice: ..."). A word that opens sentences ("Update", "Note") is no speaker, and a name said
   * once is a label ("AIME 2025: 81.4%").
   */
  private Set<String> speakers(String text, List<Span> blocks, boolean timed) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    Set<String> said = new java.util.HashSet<>();
    Set<String> roled = new java.util.HashSet<>();
    Set<String> handles = new java.util.HashSet<>();
    for (Span b : blocks) {
      int from = afterTime(text, b);
      java.util.regex.Matcher m = SPEAKER.matcher(text).region(from, b.end());
      // "A:" of "Q:" and "A:" is no article: a letter alone before a colon is a role.
      if (m.lookingAt() && (m.group(1).length() == 1 || !openers.matcher(m.group(1)).matches())) {
        // In a chat log, a user name in lower case after the time speaks even once: "[10:45]
        // carol: ...".
        boolean handle = timed && from > b.start() && CHAT_HANDLE.matcher(m.group(1)).matches();
        // An interviewee's initials ("M. E. : ...") speak even in a single answer.
        boolean initials = INITIALS.matcher(m.group(1)).matches()
            && m.group(1).chars().filter(Character::isUpperCase).count() >= 2;
        counts.merge(m.group(1), handle || initials ? 2 : 1, Integer::sum);
        if (handle || SAID.matcher(text).region(m.end(), b.end()).lookingAt()) {
          said.add(m.group(1));
          if (CHAT_HANDLE.matcher(m.group(1)).matches()) {
            handles.add(m.group(1));
          }
          if (ROLED.matcher(m.group()).lookingAt() && m.end() < b.end()
              && "«“\"„‘'".indexOf(text.charAt(m.end())) < 0) {
            roled.add(m.group(1));
          }
        }
      }
    }
    Set<String> out = new java.util.HashSet<>();
    counts.forEach((name, count) -> {
      // A name before values only ("GPT-4o: 85.1", "Qwen3 : 85,2 %") labels a list's lines.
      if (count >= 2 && said.contains(name)) {
        out.add(name);
      }
    });
    if (out.size() >= 2) {
      // In a transcript, one who speaks once with a role in brackets speaks too: "Henrik
      // Paulsen (Bitkom): ..." (not a quotation's caption: "Valeria Montes (Google DeepMind):
      // «...»").
      for (String name : roled) {
        if (PERSON.matcher(name).matches()) {
          out.add(name);
        }
      }
      // In a thread, a user name in lower case speaks once too: "u/quantfiend: ...".
      out.addAll(handles);
    }
    // A dialogue or a chat has two voices at least; one label coming back ("Verdict: ...") is a
    // heading of the text's own. An interviewee's initials ("S. M. :") answer questions written
    // without a name.
    // A broadcast script names its presenter in capitals ("RUTH ADEYEMI: ..."), who may be the
    // only voice that comes back.
    return out.size() >= 2 || out.size() == 1 && (INITIALS.matcher(out.iterator().next()).matches()
        || SCRIPT_NAME.matcher(out.iterator().next()).matches()) ? out : Set.of();
  }

  /** A person's name in capitals, as scripts write who speaks: "RUTH ADEYEMI". */
  private static final java.util.regex.Pattern SCRIPT_NAME =
      java.util.regex.Pattern.compile("\\p{Lu}{2,}(?:[ \\-]\\p{Lu}{2,}){1,2}");

  /**
   * A chat user name: one word in lower case, maybe with digits, "_", ".", "/" or "-" ("bob_dev",
   * "u/quantfiend").
   */
  private static final java.util.regex.Pattern CHAT_HANDLE =
      java.util.regex.Pattern.compile("@?[\\p{Ll}][\\p{Ll}\\p{N}_./-]*");

  private static int afterTime(String text, Span block) {
    java.util.regex.Matcher t = LINE_TIME.matcher(text).region(block.start(), block.end());
    return t.lookingAt() && t.end() < block.end() ? t.end() : block.start();
  }

  /**
   * The speaker given to an answer opened by a dash in an interview written as a dialogue
   * ("— Pourquoi ?" then "— Parce que ..."; "**—¿Qué es?**" then "—Es un modelo ..."): the
   * person answering, whom the text names elsewhere.
   */
  public static final String DASH_TURN = "\u2014";

  /** A dash opening a turn of a dialogue: em dash, en dash or horizontal bar. */
  private static final java.util.regex.Pattern TURN_DASH =
      java.util.regex.Pattern.compile("[*_]*[\u2013\u2014\u2015]");

  /** A question closing a turn, maybe in bold or in quotes: "?", "?**", "?»". */
  private static final java.util.regex.Pattern ASKS =
      java.util.regex.Pattern.compile("[?\uff1f][*_\u00bb\u201d\"')\\s]*$");

  /**
   * Whether block {@code k} answers a question in a dialogue written with dashes: it opens with
   * a dash and does not ask, and the block before it opens with a dash too and ends with a
   * question ("— Pourquoi ?" / "— Parce que ...").
   */
  private static boolean answersQuestion(String text, List<Span> blocks, int k, Span item) {
    if (k == 0 || item.start() == blocks.get(k).start()
        || !TURN_DASH.matcher(text).region(blocks.get(k).start(), blocks.get(k).end()).lookingAt()
        || ASKS.matcher(blocks.get(k).of(text)).find()) {
      return false;
    }
    Span before = blocks.get(k - 1);
    return TURN_DASH.matcher(text).region(before.start(), before.end()).lookingAt()
        && ASKS.matcher(before.of(text)).find();
  }

  /** A question in a turn: a question mark before a space, a closing mark or the end. */
  private static final java.util.regex.Pattern ASKING =
      java.util.regex.Pattern.compile("[?\uff1f](?=[*_\u00bb\u201d\"')]*(?:\\s|$))");

  /**
   * The interviewer: the one speaker each of whose two turns or more asks a question ("Le Devoir
   * : ... Pourquoi ?", "STANDARD: ... Zu Recht?"), when another speaker answers in two turns or
   * more, fewer than one in four of which ask anything.
   * The interviewer is the text's own voice, and the claims of those lines are nobody's.
   */
  private static Set<String> askers(String text, List<Turn> turns) {
    java.util.Map<String, int[]> counts = new java.util.HashMap<>();
    for (Turn t : turns) {
      if (t.speaker() != null && !t.speaker().equals(DASH_TURN)) {
        int[] c = counts.computeIfAbsent(t.speaker(), x -> new int[2]);
        c[0]++;
        c[1] += ASKING.matcher(t.body().of(text)).find() ? 1 : 0;
      }
    }
    Set<String> out = new java.util.HashSet<>();
    boolean answered = false;
    for (var e : counts.entrySet()) {
      int[] c = e.getValue();
      if (c[0] >= 2 && c[0] == c[1]) {
        out.add(e.getKey());
      }
      // The one answering seldom asks back; in a conversation both do.
      answered |= c[0] >= 2 && c[1] * 4 < c[0];
    }
    return out.size() == 1 && answered ? out : new java.util.HashSet<>();
  }

  /** What a line says, and who says it when a person's name opens it (null otherwise). */
  private record Turn(Span body, String speaker) {}

  /**
   * The block without the time and the speaker that open it in a log or a transcript (where
   * lines open with times, or the same names open lines): neither is part of what is said. The
   * speaker is kept when the name reads as a person's (capitalised words, "Ben Ortiz", "MAYA"),
   * not a user handle ("bob_dev", "@alice").
   */
  private static Turn turn(String text, Span block, Set<String> speakers, boolean timed) {
    int from = timed ? afterTime(text, block) : block.start();
    java.util.regex.Matcher m = SPEAKER.matcher(text).region(from, block.end());
    if (m.lookingAt() && speakers.contains(m.group(1))) {
      String name = m.group(1);
      // "A:" of an interview is a role, kept as written: whose answer it is, the text says
      // elsewhere. Initials ("S. M.") are kept.
      return new Turn(new Span(m.end(), block.end()),
          PERSON.matcher(name).matches() ? name : null);
    }
    return new Turn(new Span(from, block.end()), null);
  }

  private static final java.util.regex.Pattern PERSON = java.util.regex.Pattern.compile(
      "\\p{Lu}[\\p{L}'\u2019.-]*(?: \\p{Lu}[\\p{L}'\u2019.-]*){0,4}");

  /** Longer than any sentence a person writes: text without full stops, a list, a dump. */
  static final int MAX_SENTENCE = 1_000;

  /** A run-on "sentence" cut at spaces into pieces of at most {@link #MAX_SENTENCE} characters. */
  private static List<Span> bounded(String text, Span s) {
    if (s.length() <= MAX_SENTENCE) {
      return List.of(s);
    }
    List<Span> out = new ArrayList<>();
    int start = s.start();
    while (s.end() - start > MAX_SENTENCE) {
      int cut = start + MAX_SENTENCE;
      while (cut > start + MAX_SENTENCE / 2 && !Character.isWhitespace(text.charAt(cut))) {
        cut--;
      }
      out.add(trim(text, start, cut));
      start = cut;
    }
    out.add(trim(text, start, s.end()));
    out.removeIf(x -> x.length() == 0);
    return out;
  }

  /** Whitespace runs folded to one space, ends trimmed. */
  public static String fold(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  private List<Span> paragraphSpans(String text) {
    int width = hardWrapped(text);
    boolean hardWrapped = width > 0;
    int longest = text.lines().mapToInt(l -> l.strip().length()).max().orElse(0);
    java.util.BitSet unfinished = unfinishedRuns(text);
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int start = -1;
    int i = 0;
    while (i < n) {
      int eol = i;
      while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
        eol++;
      }
      boolean blank = text.substring(i, eol).isBlank();
      if (blank) {
        if (start >= 0) {
          out.add(trim(text, start, i));
          start = -1;
        }
      } else {
        if (start >= 0 && (unfinished.get(i) || !(hardWrapped
            ? !startsBlock(text, i, eol)
                && (!shortLineBefore(text, i, width) || midSentence(text, start, i))
            : wraps(text, start, i, eol, longest)))) {
          out.add(trim(text, start, i));
          start = -1;
        }
        if (start < 0) {
          start = i;
        }
      }
      int next = eol;
      if (next < n && text.charAt(next) == '\r') {
        next++;
      }
      if (next < n && text.charAt(next) == '\n') {
        next++;
      }
      i = next == eol ? eol + 1 : next;
    }
    if (start >= 0) {
      out.add(trim(text, start, n));
    }
    out.removeIf(s -> s.length() == 0);
    return out;
  }

  /**
   * The starts of the lines that belong to a run of lines (between blank lines) none of which
   * ends in a sentence mark: prose wrapped at a width ends its paragraphs with a full stop, so
   * such a run is a thread, a chat or a forum post whose lines stand alone, even where they start
   * in lower case ("tl;dr gpt-4o is better on coding" / "posted by bob · 412 points"). A line
   * indented under the one before it (a list item going on) is left to {@link #wraps}.
   */
  private static java.util.BitSet unfinishedRuns(String text) {
    java.util.BitSet out = new java.util.BitSet(text.length());
    List<int[]> run = new ArrayList<>();
    boolean finished = false;
    int n = text.length();
    int i = 0;
    while (i <= n) {
      int eol = i;
      while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
        eol++;
      }
      String line = i < n ? text.substring(i, eol) : "";
      if (line.isBlank()) {
        if (run.size() >= 2 && !finished) {
          for (int[] l : run) {
            out.set(l[0]);
          }
        }
        run.clear();
        finished = false;
      } else {
        if (!Character.isWhitespace(line.charAt(0)) || run.isEmpty()) {
          run.add(new int[] {i});
        }
        finished |= SENTENCE_END.matcher(line).find();
      }
      if (eol >= n) {
        break;
      }
      i = eol + 1;
      if (text.charAt(eol) == '\r' && i < n && text.charAt(i) == '\n') {
        i++;
      }
    }
    if (run.size() >= 2 && !finished) {
      for (int[] l : run) {
        out.set(l[0]);
      }
    }
    return out;
  }

  /**
   * A sentence mark ending a line, before closing quotes or brackets (« … éditeur. ») and an
   * emoticon or emoji the writer signs off with ("... im Keller hat. ;-)", "... today. 🚀").
   */
  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(
      "[.!?:\u2026](?:[\\s\u00a0\u202f]*[\"\u201d\u2019'\u00bb)\\]])*"
          + "(?:\\s*(?:[;:=]-?[)(DPp/]|\\p{So}|\\p{Sk}|\uFE0F|\u200D)+)*\\s*$");

  /**
   * Text wrapped at a fixed width (e-mail, plain-text newsletters): several paragraphs
   * separated by blank lines, and lines that all stay under ~100 characters.
   */
  private static int hardWrapped(String text) {
    String[] lines = text.split("\\R", -1);
    int nonBlank = 0;
    int shortLines = 0;
    int longest = 0;
    boolean blankBetween = false;
    for (String line : lines) {
      int len = line.strip().length();
      if (len == 0) {
        blankBetween |= nonBlank > 0;
        continue;
      }
      nonBlank++;
      longest = Math.max(longest, len);
      if (len <= 100) {
        shortLines++;
      }
    }
    if (nonBlank < 4 || !blankBetween || longest < 50 || shortLines < 0.9 * nonBlank) {
      return 0;
    }
    // The width is that of the lines another line follows: a title or a one-line paragraph
    // longer than the rest was never wrapped.
    int width = 0;
    for (int k = 0; k + 1 < lines.length; k++) {
      if (!lines[k + 1].isBlank()) {
        width = Math.max(width, lines[k].strip().length());
      }
    }
    if (width < 50) {
      return 0;
    }
    // A wrapped line that another line follows fills the width; lines of every length, one
    // under the other, are a list, a log or a chat, not wrapped prose.
    int inner = 0;
    int full = 0;
    for (int k = 0; k + 1 < lines.length; k++) {
      int len = lines[k].strip().length();
      if (len > 0 && !lines[k + 1].isBlank()) {
        inner++;
        if (len >= WRAPPED_LINE * width) {
          full++;
        }
      }
    }
    return inner > 0 && full >= 0.7 * inner ? width : 0;
  }

  /** The share of the width a wrapped line fills; a shorter line ends its block. */
  private static final double WRAPPED_LINE = 0.75;

  /** True when the line before {@code lineStart} stops well short of the width it was wrapped at. */
  private static boolean shortLineBefore(String text, int lineStart, int width) {
    int[] line = lineBefore(text, lineStart);
    return text.substring(line[0], line[1]).strip().length() < WRAPPED_LINE * width;
  }

  /** Where the line before {@code lineStart} begins and ends, its line break left out. */
  private static int[] lineBefore(String text, int lineStart) {
    int end = lineStart - 1;
    while (end > 0 && (text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
      end--;
    }
    int begin = end;
    while (begin > 0 && text.charAt(begin - 1) != '\n' && text.charAt(begin - 1) != '\r') {
      begin--;
    }
    return new int[] {begin, end + 1};
  }

  /**
   * Whether the line before {@code lineStart} goes on from a line above it in the block that
   * starts at {@code blockStart}, and stops mid-sentence, on a word or a comma: a line wrapped
   * short by hand ("... auf 94,6 Prozent. Im Benchmark" / "Humanity's Last Exam, der ..."), not
   * the end of a paragraph, which ends in a sentence mark, nor a heading, which stands alone.
   */
  private static boolean midSentence(String text, int blockStart, int lineStart) {
    int[] line = lineBefore(text, lineStart);
    String words = text.substring(line[0], line[1]).stripTrailing();
    if (words.isEmpty()) {
      return false;
    }
    char last = words.charAt(words.length() - 1);
    return line[0] > blockStart && (Character.isLetterOrDigit(last) || last == ',');
  }

  /** A line that starts a block of its own even in wrapped text: a list item or a heading. */
  private static boolean startsBlock(String text, int lineStart, int lineEnd) {
    String line = text.substring(lineStart, lineEnd).stripLeading();
    return line.matches("^(?:[-*+>\u2022]|\\d+[.)]|\\d{1,2}/\\d{0,2}|#+)\\s.*")
        || NOT_A_CONTINUATION.matcher(line).lookingAt();
  }

  /** What opens a line of its own even in lower case: a user handle or a link. */
  private static final java.util.regex.Pattern NOT_A_CONTINUATION =
      java.util.regex.Pattern.compile("(?:[ur]/|@)[\\w-]|https?://|www\\.");

  /** Two cells of a table row, as a Markdown table reads: "o3-mini | 86.5". */
  private static final java.util.regex.Pattern TABLE_ROW =
      java.util.regex.Pattern.compile("\\S \\| \\S");

  /** True when the line at {@code lineStart} continues the paragraph that began at {@code start}. */
  private static boolean wraps(String text, int start, int lineStart, int lineEnd, int longest) {
    String previous = text.substring(start, lineStart).stripTrailing();
    String line = text.substring(lineStart, lineEnd).stripLeading();
    if (previous.isEmpty() || line.isEmpty()) {
      return false;
    }
    String lastLine = previous.substring(Math.max(previous.lastIndexOf('\n'),
        previous.lastIndexOf('\r')) + 1).strip();
    if (lastLine.length() < WRAPPED_LINE * longest) {
      // A line well short of the text's longest was ended where it stops, not wrapped: a
      // heading, a fragment, a line of a post ("Qwen3 beats GPT-4o on LiveBench" / "honestly
      // didn't expect that").
      return false;
    }
    if (previous.stripLeading().startsWith(">") != line.startsWith(">")
        || NOT_A_CONTINUATION.matcher(line).lookingAt()
        || NOT_A_CONTINUATION.matcher(previous.stripLeading()).lookingAt()) {
      // A quoted line and the reply after it; a user name or a link opening a line
      // ("u/localfan · 3h", "@sama", "https://...") is a line of its own.
      return false;
    }
    char last = previous.charAt(previous.length() - 1);
    if (".!?:…»\"”)".indexOf(last) >= 0 || TABLE_ROW.matcher(line).find()
        || TABLE_ROW.matcher(previous).find()) {
      // A table's rows are lines of their own.
      return false;
    }
    int first = line.codePointAt(0);
    return Character.isLowerCase(first);
  }

  private List<Span> sentenceSpans(String text, Span block) {
    List<Span> out = new ArrayList<>();
    int start = block.start();
    int end = block.end();
    // A paragraph written all in lower case ("we ran it ourselves. short version: ...") starts
    // its sentences in lower case too.
    boolean casual = casual(text, block);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int j = i + 1;
      // Closing quotes glued to the mark: "…GPT-5.” Next", German „…GPT-5.“ Das".
      while (j < end && "!?.…»\"”’“‘')]".indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      // French typography: a space, then the closing guillemet.
      if (j + 1 < end && Character.isSpaceChar(text.charAt(j)) && "»”".indexOf(text.charAt(j + 1)) >= 0) {
        j += 2;
      }
      if (j < end && !Character.isWhitespace(text.charAt(j))) {
        continue;
      }
      int k = j;
      while (k < end && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      java.util.regex.Matcher pictographs = PICTOGRAPHS.matcher(text).region(k, end);
      if (k < end && pictographs.lookingAt() && pictographs.end() < end
          && startsSentence(text.charAt(pictographs.end()))
          && (c != '.' || endsSentence(text, start, i))) {
        // "Bauchgefühl ist kein Benchmark... 🙄 Aber ja, ...": pictographs between two sentences
        // belong to neither.
        out.add(trim(text, start, j));
        start = pictographs.end();
        i = start - 1;
        continue;
      }
      if (k < end && !startsSentence(text.charAt(k)) && !startsWithName(text, k, end)
          && !(casual && Character.isLowerCase(text.charAt(k)))
          && !TAGS.matcher(text).region(k, end).matches()) {
        continue;
      }
      if (c == '.' && !endsSentence(text, start, i)) {
        continue;
      }
      out.add(trim(text, start, j));
      start = k;
      i = k - 1;
    }
    if (start < end) {
      // "MIT license, weights on HF 🤗": pictographs closing a post are no part of its sentence.
      java.util.regex.Matcher closing = CLOSING_PICTOGRAPHS.matcher(text).region(start, end);
      out.add(trim(text, start, closing.find() ? closing.start() : end));
    }
    out.removeIf(s -> s.length() == 0);
    if (out.size() >= 2 && DATELINE.matcher(out.get(0).of(text)).matches()) {
      // "Bogotá, 22 de abril de 2025. Cóndor Labs anuncia ...": a press release's dateline
      // opens its first sentence, it is not a sentence of its own.
      out.set(0, new Span(out.get(0).start(), out.get(1).end()));
      out.remove(1);
    }
    return out;
  }

  /**
   * What a social post ends with after its last sentence: hashtags, handles and pictographs
   * ("... I've tested. 🙌", "... on my box. #LocalLLaMA #Qwen3"), no part of the sentence.
   */
  private static final java.util.regex.Pattern TAGS = java.util.regex.Pattern.compile(
      "(?:[#@][\\p{L}\\p{N}_]+|[\\p{So}\\p{Sk}\ufe0f\u200d])(?:\\s*(?:[#@][\\p{L}\\p{N}_]+"
          + "|[\\p{So}\\p{Sk}\ufe0f\u200d]))*\\s*");

  /** Pictographs and the white space after them: "🙄 ", "👀🔥 ". */
  private static final java.util.regex.Pattern PICTOGRAPHS = java.util.regex.Pattern.compile(
      PICTOGRAPH + "(?:\\s+" + PICTOGRAPH + ")*\\s+");

  /** Pictographs after a word and a space, ending the text: " 🤗", " 😬 🙃". */
  private static final java.util.regex.Pattern CLOSING_PICTOGRAPHS = java.util.regex.Pattern.compile(
      "(?<=[\\p{L}\\p{N}%)])(?:\\s+" + PICTOGRAPH + ")+\\s*$");

  /**
   * A press-release dateline: a place written with capitals, then a date with a day and a year
   * ("Bogotá, 22 de abril de 2025.", "SAN FRANCISCO, April 22, 2025.", "Berlin, 22. April 2025.").
   */
  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
      "\\p{Lu}[\\p{L}'’.\\-]*(?:[ \\-]\\p{Lu}[\\p{L}'’.\\-]*){0,3}"
          + "(?:,\\s+\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+\\p{Lu}[\\p{L}'’.\\-]*){0,2})?,\\s+"
          + "(?=[^,]*?(?<!\\d)\\d{1,2}(?!\\d))[\\p{L}\\d. ]{1,25}?,?\\s*\\d{4}\\.");

  /**
   * A lower-case word with a digit or a capital in it opens a sentence too: names such as
   * "o3-mini", "gpt-4o" or "xAI" are written with a lower-case first letter ("... at 64.9%.
   * o3-mini is third", "... gap. xAI also says").
   */
  private static boolean startsWithName(String text, int from, int end) {
    int i = from;
    boolean mark = false;
    while (i < end && !Character.isWhitespace(text.charAt(i))) {
      char c = text.charAt(i);
      mark |= Character.isDigit(c) || i > from && Character.isUpperCase(c);
      i++;
    }
    return mark && i - from >= 2 && Character.isLetter(text.charAt(from));
  }

  /** Whether the paragraph's first letter is a lower-case one. */
  private static boolean casual(String text, Span block) {
    for (int i = block.start(); i < block.end(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || "«\"“‘„‚'([¿¡*-–—".indexOf(c) >= 0
        || Character.isTitleCase(c);
  }

  /** Whether the next word after {@code from} is one that opens sentences. */
  private boolean openerFollows(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < text.length() && Character.isLetter(text.charAt(j))) {
      j++;
    }
    return j > i && openers.matcher(text.substring(i, j)).matches();
  }

  /** False when the dot at {@code dot} belongs to an abbreviation or an initial. */
  private boolean endsSentence(String text, int from, int dot) {
    int w = dot;
    while (w > from && !Character.isWhitespace(text.charAt(w - 1))) {
      w--;
    }
    String word = text.substring(w, dot + 1).toLowerCase(Locale.ROOT);
    while (!word.isEmpty() && "(«\"“".indexOf(word.charAt(0)) >= 0) {
      word = word.substring(1);
    }
    if (abbreviations.contains(word)) {
      return cardinalAfterNoun(text, from, w, word) && !dateFollows(text, dot + 1);
    }
    if (abbreviations.contains(wordBefore(text, from, w) + " " + word)) {
      // An abbreviation of two words: "Kim et al. [14] note".
      return false;
    }
    if (beforeNumbers.contains(word)) {
      int k = dot + 1;
      while (k < text.length() && text.charAt(k) == ' ') {
        k++;
      }
      return k >= text.length() || !Character.isDigit(text.charAt(k));
    }
    // A single capital letter followed by a dot is an initial ("J. Smith", "John F. Kennedy"),
    // but not after a lower-case word, where it is a name of its own: "live on X. Then".
    boolean letter = word.length() == 2 && Character.isLetter(word.charAt(0))
        && Character.isUpperCase(text.charAt(dot - 1));
    if (!letter || openerFollows(text, dot + 1)) {
      return true;
    }
    return afterLowerCaseWord(text, from, w) && !initialFollows(text, dot + 1);
  }

  /** The word, in lower case, that ends before the white space ending at {@code at}; "" if none. */
  private static String wordBefore(String text, int from, int at) {
    int end = at;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > from && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    return end == at ? "" : text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /**
   * True when a number read as an ordinal ("9.") is a cardinal ending the sentence: it follows a
   * capitalised word that does not open the sentence ("auf Platz 9. Bei GPQA ..."), where an
   * ordinal follows an article or a preposition ("am 9. Mai", "der 3. Platz").
   */
  private static boolean cardinalAfterNoun(String text, int from, int wordStart, String word) {
    if (!word.matches("\\d+\\.")) {
      return false;
    }
    int e = wordStart;
    while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e == wordStart) {
      return false;
    }
    int b = e;
    while (b > from && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b < e && b > from && Character.isWhitespace(text.charAt(b - 1))
        && Character.isUpperCase(text.charAt(b));
  }

  /** A word and a year: "Januar 2026" after "Einreichungsfrist 15.". */
  private static final java.util.regex.Pattern MONTH_AND_YEAR =
      java.util.regex.Pattern.compile("\\s+(\\p{L}+)\\s+(?:19|20)\\d{2}(?!\\d)");

  /**
   * True when an opener of the language (which lists the months) and a year follow {@code at}: the
   * number before is a day ("Einreichungsfrist 15. Januar 2026"), no cardinal ending a sentence.
   */
  private boolean dateFollows(String text, int at) {
    java.util.regex.Matcher m = MONTH_AND_YEAR.matcher(text).region(at, text.length());
    return m.lookingAt() && openers.matcher(m.group(1)).matches();
  }

  /** True when the word before {@code wordStart} is written in lower case ("sur X."). */
  private static boolean afterLowerCaseWord(String text, int from, int wordStart) {
    int e = wordStart;
    while (e > from && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    int b = e;
    while (b > from && Character.isLetter(text.charAt(b - 1))) {
      b--;
    }
    return b < e && (b == from || Character.isWhitespace(text.charAt(b - 1)))
        && Character.isLowerCase(text.charAt(b));
  }

  /** True when another initial comes next: "J. R. R. Tolkien". */
  private static boolean initialFollows(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i + 1 < text.length() && Character.isUpperCase(text.charAt(i))
        && text.charAt(i + 1) == '.';
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
