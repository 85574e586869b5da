package dev.claimcheck.claim;

import dev.claimcheck.entity.EntityRecognizer;
import dev.claimcheck.entity.FoldedText;
import dev.claimcheck.entity.Found;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.lexicon.Cue;
import dev.claimcheck.lexicon.Lexicon;
import dev.claimcheck.segment.Paragraph;
import dev.claimcheck.segment.Sentence;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls claims out of sentences with the phrases of one language's {@link Lexicon}.
 *
 * <p>For each claim phrase: the subject is the nearest model named before it, or the article's
 * main subject when a reference ("the model", "le modèle", "it") is nearer; competitors are the
 * list of models right after it; benchmarks are those named in the sentence, else in the
 * neighbouring sentences of the same paragraph. Questions assert nothing and are skipped.
 */
public final class ClaimExtractor {
  /** How far after a phrase its first competitor may start, in characters. */
  private static final int OBJECT_REACH = 40;
  /** How far from a score phrase its number may be, in characters. */
  private static final int NUMBER_REACH = 48;

  /** A name written with capitals: "DeepSeek", "Mistral Large", "Nimbus". */
  private static final Pattern CAPITALISED_NAME = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{N}.\\-]*(?:[ \\-]\\p{Lu}[\\p{L}\\p{N}.\\-]*){0,2}");

  private static final Pattern GAP_IN_LIST =
      Pattern.compile("[\\s,;()]*", Pattern.UNICODE_CHARACTER_CLASS);

  private final Lexicon lexicon;
  private final EntityRecognizer recognizer;
  private final Pattern vendors;
  private final NumberReader numbers;

  /**
   * @param vendorNames organisations that can make claims ("Alibaba", "OpenAI")
   */
  public ClaimExtractor(Lexicon lexicon, EntityRecognizer recognizer, Collection<String> vendorNames) {
    this.lexicon = lexicon;
    this.recognizer = recognizer;
    this.vendors = literalWords(vendorNames);
    this.numbers = new NumberReader(lexicon.number());
  }

  /**
   * The claims of a document.
   *
   * @param text the document's analysed text
   * @param mainSubject what references to "the model" stand for; may be null
   * @param mainVendor the vendor of the main subject, for "the company" as claimant; may be null
   */
  public List<Claim> extract(
      String text, List<Paragraph> paragraphs, Mention mainSubject, String mainVendor) {
    List<Claim> out = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      List<Analysed> analysed = new ArrayList<>();
      for (Sentence s : p.sentences()) {
        analysed.add(analyse(text, s));
      }
      for (int i = 0; i < analysed.size(); i++) {
        out.addAll(claims(analysed, i, mainSubject, mainVendor));
      }
    }
    return out;
  }

  /** Finds the model and benchmark mentions of one sentence. */
  public Analysed analyse(String document, Sentence s) {
    FoldedText folded = FoldedText.of(document, s.span());
    String t = folded.text();
    List<Found> known = recognizer.known(t);
    List<Found> found = EntityRecognizer.merge(known, recognizer.unknownModels(t, known));
    List<Found> withSpans = new ArrayList<>();
    for (Found f : found) {
      Mention m = f.mention();
      withSpans.add(new Found(f.start(), f.end(),
          new Mention(folded.toDocument(f.start(), f.end()), m.text(), m.kind(), m.targets())));
    }
    return new Analysed(s, folded, withSpans);
  }

  /** A sentence with its folded text and its mentions. */
  public record Analysed(Sentence sentence, FoldedText folded, List<Found> mentions) {
    String text() {
      return folded.text();
    }

    List<Found> benchmarks() {
      return mentions.stream().filter(Found::isBenchmark).toList();
    }

    boolean isQuestion() {
      String t = text().strip();
      return t.endsWith("?") || t.endsWith("? »") || t.endsWith("?»") || t.endsWith("?\"");
    }
  }

  private List<Claim> claims(List<Analysed> paragraph, int index, Mention main, String mainVendor) {
    Analysed a = paragraph.get(index);
    if (a.isQuestion()) {
      return List.of();
    }
    String t = a.text();
    List<CueMatch> cues = cueMatches(t);
    if (cues.isEmpty()) {
      return List.of();
    }
    boolean vague = cues.stream().anyMatch(c -> c.cue.kind() == ClaimKind.VAGUE);
    Attribution attribution = attribution(a, mainVendor, cues.get(cues.size() - 1).start);
    List<Claim> out = new ArrayList<>();
    for (CueMatch cue : cues) {
      ClaimKind kind = cue.cue.kind();
      if (kind == ClaimKind.VAGUE) {
        continue;
      }
      Subject subject = subject(a, cue.start, main);
      if (subject == null) {
        continue;
      }
      List<Found> objects = List.of();
      boolean vagueObject = false;
      if (kind == ClaimKind.COMPARE || kind == ClaimKind.PARITY) {
        objects = objects(a, cue.end);
        if (objects.isEmpty()) {
          vagueObject = lexicon.vagueObjects().matcher(window(t, cue.end, OBJECT_REACH)).find();
          if (!vagueObject && !vague) {
            continue;
          }
        }
      }
      List<Found> benchmarks = new ArrayList<>(a.benchmarks());
      boolean fromContext = false;
      if (benchmarks.isEmpty() && kind != ClaimKind.SUPERLATIVE) {
        benchmarks.addAll(neighbourBenchmarks(paragraph, index));
        fromContext = !benchmarks.isEmpty();
      }
      Double value = null;
      if (kind == ClaimKind.SCORE) {
        NumberReader.Found n = nearestNumber(a, cue);
        if (n == null || benchmarks.isEmpty()) {
          continue;
        }
        value = n.value();
      }
      if (kind == ClaimKind.RANK && benchmarks.isEmpty()) {
        continue;
      }
      ClaimKind finalKind = kind;
      if ((kind == ClaimKind.COMPARE || kind == ClaimKind.PARITY)
          && (vagueObject || vague) && (benchmarks.isEmpty() || fromContext)) {
        finalKind = ClaimKind.VAGUE;
        benchmarks = List.of();
        fromContext = false;
      }
      boolean negated = cue.cue.reverse() || negated(t, cue);
      out.add(new Claim(
          a.sentence(),
          finalKind,
          subject.mention,
          subject.reference,
          distinct(objects),
          distinct(benchmarks),
          fromContext,
          value,
          negated,
          attribution,
          t.substring(cue.start, cue.end).strip(),
          null));
    }
    return dedupe(out);
  }

  /** Mentions in order, each name once: "LiveBench ... the LiveBench table" is one benchmark. */
  private static List<Mention> distinct(List<Found> found) {
    List<Mention> out = new ArrayList<>();
    java.util.Set<Object> seen = new java.util.HashSet<>();
    for (Found f : found) {
      Mention m = f.mention();
      Object identity = m.isKnown() ? m.targets() : dev.claimcheck.registry.Names.key(m.text());
      if (seen.add(identity)) {
        out.add(m);
      }
    }
    return out;
  }

  private static List<Claim> dedupe(List<Claim> claims) {
    List<Claim> out = new ArrayList<>();
    for (Claim c : claims) {
      boolean dup = out.stream().anyMatch(o -> o.kind() == c.kind()
          && same(o.subject(), c.subject()) && o.objects().equals(c.objects())
          && o.benchmarks().equals(c.benchmarks()) && java.util.Objects.equals(o.value(), c.value()));
      if (!dup) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean same(Mention a, Mention b) {
    return a.text().equals(b.text()) && java.util.Objects.equals(a.span(), b.span());
  }

  private record CueMatch(Cue cue, int start, int end) {}

  /** Phrase matches, longest first where they overlap, in text order. */
  private List<CueMatch> cueMatches(String t) {
    List<CueMatch> all = new ArrayList<>();
    for (Cue cue : lexicon.cues()) {
      Matcher m = cue.pattern().matcher(t);
      while (m.find()) {
        if (m.end() > m.start()) {
          all.add(new CueMatch(cue, m.start(), m.end()));
        }
      }
    }
    all.sort(Comparator.comparingInt((CueMatch c) -> c.end - c.start).reversed());
    List<CueMatch> kept = new ArrayList<>();
    for (CueMatch c : all) {
      boolean overlaps = kept.stream().anyMatch(k -> k.start < c.end && c.start < k.end
          && k.cue.kind() != ClaimKind.VAGUE && c.cue.kind() != ClaimKind.VAGUE);
      if (!overlaps) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(CueMatch::start));
    return kept;
  }

  private record Subject(Mention mention, String reference) {}

  private Subject subject(Analysed a, int cueStart, Mention main) {
    String t = a.text();
    Found model = null;
    for (Found f : a.mentions()) {
      if (f.isModel() && f.end() <= cueStart) {
        model = f;
      }
    }
    int refStart = -1;
    int refEnd = -1;
    Matcher r = lexicon.references().matcher(t);
    while (r.find() && r.end() <= cueStart) {
      refStart = r.start();
      refEnd = r.end();
    }
    boolean referenceNearer = refStart >= 0 && (model == null || refStart >= model.end());
    if (referenceNearer && main != null) {
      return new Subject(main, t.substring(refStart, refEnd));
    }
    return model == null ? null : new Subject(model.mention(), null);
  }

  /**
   * The models listed right after a phrase: "GPT-4o, DeepSeek-V3 et Llama-3.1-405B". A
   * capitalised name inside such a list that the registry does not know ("DeepSeek et ChatGPT",
   * "Nimbus and GPT-4o") is kept as an unknown model, so nothing in the list is lost.
   */
  private List<Found> objects(Analysed a, int from) {
    String t = a.text();
    List<Found> out = new ArrayList<>();
    int pos = from;
    for (Found f : a.mentions()) {
      if (f.start() < from) {
        continue;
      }
      if (!f.isModel()) {
        if (!out.isEmpty()) {
          break;
        }
        continue;
      }
      String gap = t.substring(pos, f.start());
      List<Found> names = namesInGap(a, pos, gap, out.isEmpty());
      if (out.isEmpty()) {
        if (f.start() - from > OBJECT_REACH || gap.matches(".*[;:.!?].*")) {
          break;
        }
      }
      if (names == null) {
        if (!out.isEmpty() || !gap.isBlank() && !leadingFiller(gap)) {
          if (!out.isEmpty()) {
            break;
          }
        }
      } else {
        out.addAll(names);
      }
      out.add(f);
      pos = f.end();
    }
    return out;
  }

  /**
   * Reads the words between two list items: null when they are not list material, else the
   * capitalised names among them (empty for a plain ", " or " and ").
   */
  private List<Found> namesInGap(Analysed a, int start, String gap, boolean first) {
    if (isListGap(gap)) {
      return List.of();
    }
    List<Found> names = new ArrayList<>();
    Matcher sep = lexicon.listSeparator().matcher(gap);
    int last = 0;
    List<int[]> pieces = new ArrayList<>();
    while (sep.find()) {
      pieces.add(new int[] {last, sep.start()});
      last = sep.end();
    }
    pieces.add(new int[] {last, gap.length()});
    if (pieces.size() < 2) {
      return null;
    }
    for (int i = 0; i < pieces.size(); i++) {
      int[] p = pieces.get(i);
      String piece = gap.substring(p[0], p[1]);
      String trimmed = piece.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      if (!CAPITALISED_NAME.matcher(trimmed).matches()) {
        return null;
      }
      int s = start + p[0] + piece.indexOf(trimmed);
      names.add(new Found(s, s + trimmed.length(), new Mention(
          a.folded().toDocument(s, s + trimmed.length()), trimmed, Mention.Kind.MODEL,
          List.of())));
    }
    return names;
  }

  private static boolean leadingFiller(String gap) {
    return gap.strip().length() <= 3;
  }

  private boolean isListGap(String gap) {
    String rest = lexicon.listSeparator().matcher(gap).replaceAll(" ");
    return GAP_IN_LIST.matcher(rest).matches();
  }

  private List<Found> neighbourBenchmarks(List<Analysed> paragraph, int index) {
    if (index > 0 && !paragraph.get(index - 1).benchmarks().isEmpty()) {
      return paragraph.get(index - 1).benchmarks();
    }
    if (index + 1 < paragraph.size() && !paragraph.get(index + 1).benchmarks().isEmpty()) {
      return paragraph.get(index + 1).benchmarks();
    }
    return List.of();
  }

  private NumberReader.Found nearestNumber(Analysed a, CueMatch cue) {
    String t = a.text();
    NumberReader.Found best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (NumberReader.Found n : numbers.findAll(t)) {
      int distance = n.start() >= cue.end ? n.start() - cue.end : cue.start - n.end();
      if (distance < 0) {
        distance = 0;
      }
      // Numbers after the phrase are preferred: "scores 89.4 on", then "89.4 on".
      int weighted = n.start() >= cue.end ? distance : distance + 8;
      boolean inName = a.mentions().stream()
          .anyMatch(f -> f.start() < n.end() && n.start() < f.end());
      if (distance <= NUMBER_REACH && weighted < bestDistance && !inName && !partOfName(t, n)) {
        best = n;
        bestDistance = weighted;
      }
    }
    return best;
  }

  /** "2.5" in "Qwen 2.5" or "405" in "405B" is part of a name, not a score. */
  private static boolean partOfName(String t, NumberReader.Found n) {
    if (n.end() < t.length() && Character.isLetter(t.charAt(n.end()))) {
      return true;
    }
    return n.start() > 0 && (Character.isLetter(t.charAt(n.start() - 1))
        || t.charAt(n.start() - 1) == '-');
  }

  private boolean negated(String t, CueMatch cue) {
    String before = t.substring(Math.max(0, cue.start - 24), cue.start);
    String after = window(t, cue.end, 14);
    Matcher b = lexicon.negationBefore().matcher(before);
    boolean neg = b.find();
    if (!neg) {
      neg = lexicon.negationAfter().matcher(after).lookingAt()
          || lexicon.negationAfter().matcher(after.stripLeading()).lookingAt();
    }
    return neg;
  }

  private Attribution attribution(Analysed a, String mainVendor, int firstCueStart) {
    String t = a.text();
    List<String> cues = new ArrayList<>();
    Matcher h = lexicon.hedges().matcher(t);
    while (h.find()) {
      cues.add(h.group());
    }
    String claimant = null;
    Matcher before = lexicon.claimantBefore().matcher(t);
    while (claimant == null && before.find()) {
      String rest = window(t, before.end(), 40).stripLeading();
      claimant = leadingClaimant(rest, mainVendor);
    }
    if (claimant == null) {
      // "Alibaba avance que ...", "... Alibaba tente ... en affirmant que": the organisation
      // named nearest before the verb of saying; "En affirmant que ..., Alibaba ...": else the
      // first one named after it.
      List<int[]> orgs = organisations(a);
      Matcher verb = lexicon.claimantAfter().matcher(t);
      while (claimant == null && verb.find()) {
        int at = verb.start();
        for (int[] o : orgs) {
          if (o[1] <= at && at - o[1] <= 60) {
            claimant = t.substring(o[0], o[1]);
          }
        }
        Matcher d = lexicon.claimantDescriptors().matcher(
            t.substring(Math.max(0, at - 60), at));
        if (claimant == null && d.find() && mainVendor != null) {
          claimant = mainVendor;
        }
        if (claimant == null) {
          claimant = orgs.stream().filter(o -> o[0] >= verb.end()).findFirst()
              .map(o -> t.substring(o[0], o[1])).orElse(null);
        }
      }
    }
    if (claimant == null && mainVendor != null) {
      // "la firme chinoise s'appuie sur ... où le modèle dépasserait": the company itself.
      Matcher d = lexicon.claimantDescriptors().matcher(t);
      if (d.find() && d.start() < firstCueStart) {
        claimant = mainVendor;
      }
    }
    return new Attribution(claimant, !cues.isEmpty(), cues);
  }

  /** Organisation names in the sentence that are not part of a model name ("DeepSeek-V3"). */
  private List<int[]> organisations(Analysed a) {
    List<int[]> out = new ArrayList<>();
    Matcher v = vendors.matcher(a.text());
    while (v.find()) {
      int s = v.start();
      int e = v.end();
      if (a.mentions().stream().noneMatch(f -> f.start() < e && s < f.end())) {
        out.add(new int[] {s, e});
      }
    }
    return out;
  }

  private String leadingClaimant(String rest, String mainVendor) {
    Matcher v = vendors.matcher(rest);
    if (v.lookingAt()) {
      return v.group();
    }
    Matcher d = lexicon.claimantDescriptors().matcher(rest);
    if (d.lookingAt() || d.find() && d.start() < 6) {
      return mainVendor;
    }
    return null;
  }

  private static String window(String t, int from, int length) {
    return t.substring(Math.min(from, t.length()), Math.min(t.length(), from + length));
  }

  private static Pattern literalWords(Collection<String> words) {
    List<String> sorted = words.stream().filter(w -> w != null && !w.isBlank())
        .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    if (sorted.isEmpty()) {
      return Pattern.compile("(?!)");
    }
    StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
    for (int i = 0; i < sorted.size(); i++) {
      sb.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
    }
    return Pattern.compile(sb.append(")(?![\\p{L}\\p{N}])").toString());
  }

  /** Exposed for tests: whether the language has any phrase matching in {@code text}. */
  Optional<Cue> firstCue(String text) {
    List<CueMatch> m = cueMatches(text);
    return m.isEmpty() ? Optional.empty() : Optional.of(m.get(0).cue);
  }
}
