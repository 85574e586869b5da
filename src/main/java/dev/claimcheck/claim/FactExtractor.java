package dev.claimcheck.claim;

import dev.claimcheck.entity.Found;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.lexicon.FactCue;
import dev.claimcheck.lexicon.FactLexicon;
import dev.claimcheck.lexicon.Lexicon;
import dev.claimcheck.segment.Paragraph;
import dev.claimcheck.segment.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls model facts out of sentences with the {@code facts} section of one language's
 * {@link Lexicon}: architecture, licence, open weights, parameter counts, training tokens and
 * context length.
 *
 * <p>The subject of a fact is the nearest model named before its phrase (a model introduced by
 * "compared with", "unlike", "fine-tuned from" ... is not a subject); with no model before it, a
 * reference ("it", "its", "the weights", "le modèle") stands for the article's main subject; a
 * sentence that opens with the fact ("Trained on 9T tokens, Albatros-12B ...", a list item
 * "Weights are available on Hugging Face.") is about the first model named after it, else about
 * the main subject. A model named inside a licence's name ("the Llama 3.3 Community License") is
 * no subject; a reference to a whole family ("the models", « ils ») stands for the family when
 * the article is about one of its members; in a language that leaves subjects out (Spanish), a
 * fact in a sentence naming no model is the main subject's. In a table row only the row's first
 * cell names the subject. One sentence gives one claim per fact type, subject and negation; a
 * claim lists every value it states ("671B total / 37B active"). Questions assert nothing and
 * are skipped.
 */
public final class FactExtractor {
  /** How far before a phrase negation words count, and after it. */
  private static final int NEGATION_BEFORE = 24;

  private static final int NEGATION_AFTER = 14;

  /** How far a clause-final negation may stand from the fact phrase it negates. */
  private static final int CLAUSE_REACH = 120;
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:!?]|\\.(?![\\p{L}\\p{N}])");

  /** How far before a phrase the class of a superlative ("the best ...") may start. */
  private static final int CLASS_REACH = 100;
  /** The smallest counts that are read as facts: smaller numbers are something else. */
  private static final Map<String, Double> MINIMUM = Map.of(
      "parameters", 1e6, "training_tokens", 1e6, "context_length", 256.0);

  private static final Pattern TABLE_CELL = Pattern.compile("\\s\\|\\s|^\\|");
  private static final Pattern LEADING_WORD =
      Pattern.compile("^[\\W\\d_]*(?:[\\p{L}'’]+[\\W_]*)?$", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SHORT_WORD =
      Pattern.compile("^(?:[\\p{L}]{1,4}['’]?)?$", Pattern.UNICODE_CHARACTER_CLASS);

  private final Lexicon lexicon;
  private final FactLexicon facts;
  private final ClaimExtractor analyser;
  private final Pattern vendors;
  /** A verb of being, perhaps with one word after it, ending the text: "is now", « es ». */
  private final Pattern copulaLast;
  /** A comma, then a verb of being opening the clause after it: ", ist aber", ", is". */
  private final Pattern copulaAfterComma;

  /**
   * @param analyser finds the names of a sentence, the same way for facts as for other claims
   * @param vendorNames organisations that can make claims ("Alibaba", "Meta")
   */
  public FactExtractor(Lexicon lexicon, ClaimExtractor analyser, Collection<String> vendorNames) {
    this.lexicon = lexicon;
    this.facts = lexicon.facts();
    this.analyser = analyser;
    this.vendors = Organisations.wholeWords(vendorNames);
    this.copulaLast = Pattern.compile("(?<![\\p{L}])(?:"
        + lexicon.phrase("copula").pattern().pattern() + ")(?:\\s+\\p{L}+)?\\s*$",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    this.copulaAfterComma = Pattern.compile(",\\s*(?:"
        + lexicon.phrase("copula").pattern().pattern() + ")(?![\\p{L}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Whether the language states facts at all. */
  public boolean active() {
    return lexicon.hasFacts();
  }

  /**
   * The fact claims of a document.
   *
   * @param mainSubject what references to "the model" stand for; may be null
   * @param mainVendor the vendor of the main subject, for "the company" as claimant; may be null
   */
  public List<Claim> extract(
      String text, List<Paragraph> paragraphs, Mention mainSubject, String mainVendor) {
    if (!active()) {
      return new ArrayList<>();
    }
    List<List<ClaimExtractor.Analysed>> document = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      document.add(p.sentences().stream().map(s -> analyser.analyse(text, s)).toList());
    }
    return extract(document, mainSubject, null, mainVendor);
  }

  /**
   * The fact claims of a document whose sentences were already analysed ({@link
   * ClaimExtractor#read}), so that facts see the names the document introduces and its short
   * forms.
   */
  public List<Claim> extract(List<List<ClaimExtractor.Analysed>> document, Mention mainSubject,
      Mention mainFamily, String mainVendor) {
    List<Claim> out = new ArrayList<>();
    if (!active()) {
      return out;
    }
    // The model a lead-in line names ("Les chiffres de Google pour Gemini 2.5 Pro :"): the list
    // items after it, lines with no final mark, are about that model.
    Mention leadIn = null;
    for (List<ClaimExtractor.Analysed> paragraph : document) {
      Mention main = leadIn != null && item(paragraph) ? leadIn : mainSubject;
      // Whether the paragraph so far names a model other than the article's: then a fact in a
      // sentence that names none may be about that one.
      boolean othersNamed = false;
      for (ClaimExtractor.Analysed a : paragraph) {
        if (mayStateFact(a.sentence().text())) {
          out.addAll(claims(a, main, mainFamily, mainVendor, !othersNamed));
        }
        othersNamed |= namesAnother(a, main);
      }
      leadIn = paragraph.isEmpty() ? null : leadIn(paragraph, leadIn);
    }
    return out;
  }

  /** The model the lists after a paragraph are about: see {@link #extract}. */
  private Mention leadIn(List<ClaimExtractor.Analysed> paragraph, Mention before) {
    String last = paragraph.get(paragraph.size() - 1).text().strip();
    if (last.endsWith(":")) {
      return paragraph.get(paragraph.size() - 1).mentions().stream()
          .filter(f -> f.isModel() && !isVendor(f)).map(Found::mention).findFirst().orElse(null);
    }
    return item(paragraph) ? before : null;
  }

  /** Whether a paragraph is an item of a list: one line with no final mark. */
  private static boolean item(List<ClaimExtractor.Analysed> paragraph) {
    String last = paragraph.isEmpty() ? "" : paragraph.get(paragraph.size() - 1).text().strip();
    return paragraph.size() == 1 && !last.isEmpty()
        && ".!?".indexOf(last.charAt(last.length() - 1)) < 0;
  }

  /** Whether a sentence names a model other than {@code main}. */
  private static boolean namesAnother(ClaimExtractor.Analysed a, Mention main) {
    return a.mentions().stream().anyMatch(f -> f.isModel()
        && (main == null || !sameModel(f.mention(), main)));
  }

  /** Whether two mentions name the same model: the same text, or one a short form in the other. */
  private static boolean sameModel(Mention a, Mention b) {
    String x = a.text().replace('-', ' ');
    String y = b.text().replace('-', ' ');
    return x.equals(y) || !a.targets().isEmpty() && a.targets().equals(b.targets())
        || y.contains(x) && x.length() >= 3 || x.contains(y) && y.length() >= 3;
  }

  private boolean mayStateFact(String sentence) {
    for (FactCue cue : facts.cues()) {
      if (cue.pattern().matcher(sentence).find()) {
        return true;
      }
    }
    return false;
  }

  /** The fact claims of one analysed sentence. */
  public List<Claim> claims(ClaimExtractor.Analysed a, Mention main, String mainVendor) {
    return claims(a, main, null, mainVendor);
  }

  /**
   * The fact claims of one analysed sentence, where a reference to a whole family ("the models",
   * « ils ») stands for {@code family} when the article is about one of its members.
   */
  public List<Claim> claims(ClaimExtractor.Analysed a, Mention main, Mention family,
      String mainVendor) {
    return claims(a, main, family, mainVendor, false);
  }

  /**
   * @param unnamedIsMain whether a fact in a label line that names no model, with nothing else
   *     pointing at its subject, is about the main subject: no other model was named before it in
   *     its paragraph ("Pour info : licence Apache 2.0", "Number of parameters: 235B")
   */
  private List<Claim> claims(ClaimExtractor.Analysed a, Mention main, Mention family,
      String mainVendor, boolean unnamedIsMain) {
    if (!active() || a.isQuestion()) {
      return List.of();
    }
    String t = a.text();
    List<int[]> references = references(t);
    List<CueMatch> cues = cueMatches(a, references);
    if (cues.isEmpty()) {
      return List.of();
    }
    boolean table = TABLE_CELL.matcher(t).find();
    Attribution attribution = null;
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (CueMatch cue : cues) {
      Subject subject = table ? rowSubject(a)
          : subject(a, cue, cues, references, main, family, unnamedIsMain, mainVendor);
      if (subject == null || !table && listedBeside(a, subject, cue)) {
        continue;
      }
      // A licence's name may hold a model's ("Llama 3.1 Community License"): kept for it.
      List<StatedFact> values = values(
          cue.cue.fact().equals("license") ? t : withoutNames(t, a), cue);
      if (values.isEmpty()) {
        continue;
      }
      if (subject.reference != null && !subject.reference.isEmpty()) {
        StatedFact.Scope scope = scope(subject.reference);
        values = values.stream().map(v -> v.within(scope)).toList();
      } else if (narrowedAfter(t, cue, cues)) {
        StatedFact.Scope some = new StatedFact.Scope(true, List.of());
        values = values.stream().map(v -> v.within(some)).toList();
      }
      if (attribution == null) {
        attribution = attribution(a, mainVendor);
      }
      boolean negated = negated(t, cue);
      boolean yesNo = cue.cue.fact().equals("open_weights");
      // "X is not open weights: it is only available through the API": one yes-or-no fact of
      // one model, however often the sentence names or refers to it.
      String key = cue.cue.fact() + "|" + subject.mention.text() + "|"
          + (yesNo ? "" : subject.mention.span()) + "|" + (yesNo || negated);
      Draft d = drafts.get(key);
      if (d == null) {
        d = new Draft(cue, subject, negated, values);
        if (!table && subject.reference == null) {
          d.joint.addAll(jointSubjects(a, subject.mention, cue));
        }
        drafts.put(key, d);
      } else {
        if (yesNo && d.negated != negated) {
          // "is not released with open weights and is API-only": one fact, said twice.
          values = values.stream().map(FactExtractor::opposite).toList();
        }
        for (StatedFact v : values) {
          if (d.values.stream().noneMatch(o -> same(o, v))) {
            d.values.add(v);
          }
        }
      }
    }
    List<Claim> out = new ArrayList<>();
    for (Draft d : drafts.values()) {
      for (Mention m : d.joint) {
        // "Talon-2 and Qwen3 both have a 128K context window": each model has it.
        boolean own = drafts.values().stream().anyMatch(o -> o.cue.cue.fact().equals(
            d.cue.cue.fact()) && o.subject.mention.text().equals(m.text()));
        if (!own) {
          out.add(factClaim(a, d, m, null, d.values, d.negated, attribution));
        }
      }
      out.add(factClaim(a, d, d.subject.mention, d.subject.reference, d.values, d.negated,
          attribution));
      if (!table && d.values.size() == 1 && d.values.get(0).number() != null && !d.negated) {
        for (Map.Entry<Found, StatedFact> g : gapped(a, d, cues).entrySet()) {
          // "X accepts a million tokens of context; Y tops out at 200,000": Y's own value.
          out.add(factClaim(a, d, g.getKey().mention(), null, List.of(g.getValue()), false,
              attribution));
        }
      }
      Found other = sharing(a, d);
      if (other != null) {
        // "Opus 4 offers a 200,000-token context window, as does Sonnet 4".
        out.add(factClaim(a, d, other.mention(), null, d.values, d.negated, attribution));
      }
    }
    return out;
  }

  private static final Pattern GAP_WORDS =
      Pattern.compile("(?:[\\p{L}'’]+\\s+){0,4}", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * The models of the clauses after the fact phrase of {@code d} that give their own value of
   * the same fact with no phrase of their own (gapping): "X accepts a million tokens of context;
   * Y tops out at 200,000", "X supports 128,000 tokens, while Y is limited to 32,000 tokens",
   * "X hat 128k Kontext, Y ebenfalls 128k". Each such clause opens (after a comma or semicolon
   * and an optional word such as "while") with the model, has at most four words and then the
   * number, which ends the clause alone or with the unit word of the phrase's value, and is
   * within a factor of 50 of the phrase's value.
   */
  private Map<Found, StatedFact> gapped(ClaimExtractor.Analysed a, Draft d,
      List<CueMatch> cues) {
    Map<Found, StatedFact> out = new LinkedHashMap<>();
    String t = a.text();
    StatedFact first = d.values.get(0);
    String written = t.substring(d.cue.start, d.cue.end);
    int at = written.indexOf(first.written());
    if (at < 0) {
      return out;
    }
    Matcher unitWord = UNIT_WORD.matcher(written.substring(at + first.written().length()));
    String unit = unitWord.find() ? unitWord.group(1) : null;
    List<Found> models = a.mentions().stream()
        .filter(f -> f.isModel() && !isVendor(f) && f.start() >= d.cue.end).toList();
    int from = d.cue.end;
    for (Found f : models) {
      String before = t.substring(from, f.start());
      String opening = before.strip();
      if (!(opening.startsWith(",") || opening.startsWith(";"))) {
        break;
      }
      opening = opening.substring(1).strip();
      if (!opening.isEmpty() && !facts.clauseBreaks().matcher(opening).matches()) {
        break;
      }
      if (f.mention().text().equals(d.subject.mention.text())
          || cues.stream().anyMatch(c -> c.start >= f.start())) {
        break;
      }
      String rest = t.substring(f.end());
      Matcher gap = GAP_WORDS.matcher(rest.stripLeading());
      int lead = rest.length() - rest.stripLeading().length();
      if (!gap.lookingAt() || lexicon.negationBefore().matcher(gap.group()).find()) {
        break;
      }
      String tail = rest.substring(lead + gap.end());
      Matcher q = facts.quantity().matcher(tail);
      if (!q.lookingAt() || q.group("digits") == null) {
        break;
      }
      String after = tail.substring(q.end()).stripLeading();
      if (unit != null && after.regionMatches(true, 0, unit, 0, unit.length())) {
        // A word on the unit's stem, as the phrase wrote it or inflected: "one-million-token
        // context window; Claude Opus 4 stops at 200,000 tokens".
        int end = unit.length();
        while (end < after.length() && Character.isLetter(after.charAt(end))) {
          end++;
        }
        after = after.substring(end).stripLeading();
      }
      if (!(after.isEmpty() || CLAUSE_END.matcher(after).lookingAt())) {
        break;
      }
      CueMatch own = new CueMatch(d.cue.cue, f.end() + lead + gap.end(),
          f.end() + lead + gap.end() + q.end());
      List<StatedFact> values = quantities(d.cue.cue.fact(), own, q.group());
      // Values of one fact are of one order: "scores 1338" after "128k context" is a score.
      if (values.size() != 1 || values.get(0).number() / first.number() > SAME_ORDER
          || first.number() / values.get(0).number() > SAME_ORDER) {
        break;
      }
      out.put(f, values.get(0));
      from = f.end() + lead + gap.end() + q.end();
    }
    return out;
  }

  /**
   * The model named after the fact phrase of {@code d} that has the fact too ("..., as does
   * Sonnet 4"); null when there is none.
   */
  private Found sharing(ClaimExtractor.Analysed a, Draft d) {
    String t = a.text();
    for (Found f : a.mentions()) {
      if (!f.isModel() || f.start() < d.cue.end || f.mention() == d.subject.mention) {
        continue;
      }
      String between = t.substring(d.cue.end, f.start()).stripTrailing();
      if (between.length() > 60 || between.contains(";")) {
        return null;
      }
      Matcher m = facts.sharedWith().matcher(between);
      while (m.find()) {
        if (m.end() == between.length()) {
          return f;
        }
      }
      return null;
    }
    return null;
  }

  /**
   * The models listed with {@code subject}, its fact's nearest model before the phrase, as the
   * subjects of one clause: "Talon-2 and Qwen3 are both MIT-licensed", "Both X, Y and Z ...",
   * « Tanto X como Y tienen ... ». The list opens its clause (after an opening word such as
   * "both", or an introduction ending with a comma that names no model), its last two models are
   * joined by a word such as "and", the others by commas. None when the subject is not listed so:
   * "Compared with X, Y and Z are ..." and "Z beats X and Y, and has ..." name one subject.
   */
  private List<Mention> jointSubjects(ClaimExtractor.Analysed a, Mention subject, CueMatch cue) {
    String t = a.text();
    List<Found> models = a.mentions().stream().filter(f -> f.isModel() && !isVendor(f)).toList();
    int last = -1;
    for (int i = 0; i < models.size(); i++) {
      if (models.get(i).mention() == subject && models.get(i).end() <= cue.start) {
        last = i;
      }
    }
    if (last < 1) {
      return List.of();
    }
    int first = last;
    while (first > 0) {
      String between = t.substring(models.get(first - 1).end(), models.get(first).start()).strip();
      boolean joined = facts.jointJoiner().matcher(between).matches();
      if (!(joined || first < last && between.equals(","))) {
        break;
      }
      first--;
    }
    if (first == last) {
      return List.of();
    }
    int start = models.get(first).start();
    int clause = Math.max(Math.max(t.lastIndexOf(';', start), t.lastIndexOf(':', start)),
        t.lastIndexOf('—', start)) + 1;
    String opening = t.substring(clause, start).strip();
    Matcher word = facts.jointOpening().matcher(opening);
    int cut = -1;
    while (word.find()) {
      if (word.end() == opening.length()) {
        cut = word.start();
      }
    }
    String intro = (cut < 0 ? opening : opening.substring(0, cut)).strip();
    boolean opens = intro.isEmpty() || intro.endsWith(",")
        && models.stream().noneMatch(f -> f.start() >= clause && f.end() <= start)
        && !intro.contains("(");
    if (!opens) {
      return List.of();
    }
    List<Mention> out = new ArrayList<>();
    for (int i = first; i < last; i++) {
      if (!out.contains(models.get(i).mention()) && models.get(i).mention() != subject) {
        out.add(models.get(i).mention());
      }
    }
    return out;
  }

  /**
   * The fact claim of draft {@code d}'s phrase stated of {@code subject}, with {@code values}:
   * the subject's own, or that of a model sharing the fact or given its own value.
   */
  private static Claim factClaim(ClaimExtractor.Analysed a, Draft d, Mention subject,
      String reference, List<StatedFact> values, boolean negated, Attribution attribution) {
    return new Claim(a.sentence(), ClaimKind.FACT, subject, reference, List.of(), List.of(), false,
        values.get(0).number(), negated, attribution,
        a.text().substring(d.cue.start, d.cue.end).strip(), d.cue.cue.fact(), values);
  }

  /** The word right after a fact's value, its unit ("tokens", "Kontext"). */
  private static final Pattern UNIT_WORD =
      Pattern.compile("^[\\s-]*([\\p{L}]+)", Pattern.UNICODE_CHARACTER_CLASS);

  /** How many times larger one value of a fact may be than another in one sentence. */
  private static final double SAME_ORDER = 50;

  private static StatedFact opposite(StatedFact f) {
    return new StatedFact(f.type(), f.qualifier(), String.valueOf(!Boolean.parseBoolean(f.value())),
        f.number(), f.bound(), f.rounding(), f.written(), f.scope());
  }

  private static boolean same(StatedFact a, StatedFact b) {
    return a.registryKey().equals(b.registryKey()) && a.value().equals(b.value());
  }

  private static final class Draft {
    final CueMatch cue;
    final Subject subject;
    final boolean negated;
    final List<StatedFact> values;
    final List<Mention> joint = new ArrayList<>();

    Draft(CueMatch cue, Subject subject, boolean negated, List<StatedFact> values) {
      this.cue = cue;
      this.subject = subject;
      this.negated = negated;
      this.values = new ArrayList<>(values);
    }
  }

  private record CueMatch(FactCue cue, int start, int end) {}

  /** A separator, perhaps a determiner, then at most three words: the next item of a list. */
  private static final Pattern FEW_WORDS = Pattern.compile("(?:\\s*[^\\s,;:.!?]+){0,3}\\s*");

  /**
   * "Grok 4, Kimi K2 and a million-token context window": the fact phrase is the next item of a
   * list of names, as in a headline, not something said of the last model listed.
   */
  private boolean listedBeside(ClaimExtractor.Analysed a, Subject subject, CueMatch cue) {
    if (subject.reference != null) {
      return false;
    }
    String t = a.text();
    List<Found> models = a.mentions().stream().filter(Found::isModel).toList();
    for (int i = 1; i < models.size(); i++) {
      Found f = models.get(i);
      if (f.mention() != subject.mention() || f.end() > cue.start) {
        continue;
      }
      String before = t.substring(models.get(i - 1).end(), f.start()).strip();
      boolean listed = before.equals(",") || lexicon.listSeparator().matcher(before).matches();
      Matcher sep = lexicon.listSeparator().matcher(t).region(f.end(), cue.start);
      String gap = t.substring(f.end(), cue.start);
      int lead = gap.length() - gap.stripLeading().length();
      sep.region(f.end() + lead, cue.start);
      if (listed && sep.lookingAt() && FEW_WORDS.matcher(t.substring(sep.end(), cue.start))
          .matches()) {
        return true;
      }
    }
    return false;
  }

  private record Subject(Mention mention, String reference) {}

  // ---------------------------------------------------------------- phrases

  /**
   * Fact phrases, longest first where phrases of one type overlap, in text order. A phrase inside
   * a model's name or inside a reference ("les modèles 3B et 72B paramètres") states nothing, nor
   * does one that is the class of a superlative ("the best open-source model").
   */
  private List<CueMatch> cueMatches(ClaimExtractor.Analysed a, List<int[]> references) {
    String t = a.text();
    List<CueMatch> all = new ArrayList<>();
    for (FactCue cue : facts.cues()) {
      Matcher m = cue.pattern().matcher(t);
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        if (e <= s) {
          continue;
        }
        // A reference the sentence resolves to a model ("le nouveau modèle open source") is no
        // name: a phrase may start inside it.
        boolean inName = a.mentions().stream().anyMatch(f -> !isReference(f, references)
            && (f.start() < s && s < f.end() || f.start() <= s && e <= f.end()));
        boolean inReference = references.stream().anyMatch(r -> r[0] <= s && e <= r[1]);
        if (!inName && !inReference && !classOfSuperlative(t, cue, s, e) && !unasserted(t, s, e)
            && !quotedTerm(t, s, e)) {
          all.add(new CueMatch(cue, s, e));
        }
      }
    }
    all.sort(Comparator.comparingInt((CueMatch c) -> c.end - c.start).reversed());
    List<CueMatch> kept = new ArrayList<>();
    for (CueMatch c : all) {
      boolean overlaps = kept.stream().anyMatch(k -> k.start < c.end && c.start < k.end
          && k.cue.fact().equals(c.cue.fact()));
      if (!overlaps) {
        kept.add(c);
      }
    }
    // « un modèle en open source »: a licence phrase that ends an open-weights phrase is part of it.
    kept.removeIf(c -> c.cue.fact().equals("license") && kept.stream().anyMatch(k ->
        k.cue.fact().equals("open_weights") && k.start < c.start && c.end == k.end));
    kept.sort(Comparator.comparingInt(CueMatch::start));
    return kept;
  }

  private static final Pattern OPENING_QUOTE = Pattern.compile("[\"“„«‘']\\s?$");
  private static final Pattern CLOSING_QUOTE = Pattern.compile("^\\s?[\"”“»’']");

  /**
   * What "open weights" really means: a fact phrase that a pair of quotes holds whole is the term
   * being talked about, not something said of a model.
   */
  private static boolean quotedTerm(String t, int start, int end) {
    return OPENING_QUOTE.matcher(t.substring(Math.max(0, start - 2), start)).find()
        && CLOSING_QUOTE.matcher(t.substring(end, Math.min(t.length(), end + 2))).find();
  }

  /** Whether a name found in a sentence is one of its references, resolved to a model. */
  private static boolean isReference(Found f, List<int[]> references) {
    return references.stream().anyMatch(r -> r[0] == f.start() && r[1] == f.end());
  }

  private boolean classOfSuperlative(String t, FactCue cue, int start, int stop) {
    // "the best open-weights model", "far cheaper to serve than a dense model": the class a model
    // is measured against, not what it is.
    if (!cue.fact().equals("open_weights") && !cue.fact().equals("architecture")) {
      return false;
    }
    if (cue.fact().equals("open_weights") && pluralClass(t, start, stop)) {
      return true;
    }
    if (facts.classAfter().matcher(t).region(stop, t.length()).lookingAt()) {
      // « el modelo de pesos abiertos más capaz »: the superlative's adjective after the class.
      return true;
    }
    String before = t.substring(Math.max(0, start - CLASS_REACH), start);
    Matcher m = facts.classBefore().matcher(before);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    if (end < 0) {
      return false;
    }
    // "the best open-weights model", "das beste Modell mit offenen Gewichten", "against open and
    // closed models": at most three short words between.
    String between = before.substring(end).strip();
    return between.isEmpty() || CLASS_GAP.matcher(between).matches();
  }

  /**
   * "How far open-weights models have come", « les modèles ouverts chinois », "los modelos
   * abiertos": an open-weights phrase with a plural noun names a class of models, not a fact of
   * one; unless the sentence says its models are of that class ("both are open-weights models",
   * « sont des modèles ouverts ») or releases them ("OpenAI releases open-weight models").
   */
  private boolean pluralClass(String t, int start, int end) {
    Matcher noun = facts.classNouns().matcher(t);
    int from = Math.max(0, start - CLASS_NOUN_BEFORE);
    int to = Math.min(t.length(), end + CLASS_NOUN_AFTER);
    noun.region(from, to);
    int phrase = -1;
    while (noun.find() && phrase < 0) {
      String gapBefore = t.substring(noun.end(), Math.max(noun.end(), start));
      String gapAfter = t.substring(end, Math.max(end, noun.start()));
      if (noun.start() >= start && noun.end() <= end
          || facts.classNounFirst() && noun.end() <= start
              && NOUN_BEFORE_GAP.matcher(gapBefore).matches()
          || noun.start() >= end && NOUN_AFTER_GAP.matcher(gapAfter).matches()) {
        phrase = Math.min(start, noun.start());
      }
    }
    return phrase >= 0 && !facts.classStated().matcher(t.substring(0, phrase)).find();
  }

  private static final int CLASS_NOUN_BEFORE = 24;
  private static final int CLASS_NOUN_AFTER = 30;
  /**
   * Between a plural and the phrase after it: up to two short words (« modèles à poids »), or a
   * word and a short one (« laboratorios chinos de pesos abiertos »).
   */
  private static final Pattern NOUN_BEFORE_GAP = Pattern.compile(
      "\\s+(?:[\\p{L}'’]{1,5}\\s+){0,2}|\\s+[\\p{L}'’]{1,9}\\s+[\\p{L}'’]{1,4}\\s+|\\s*");
  /** Between the phrase and a plural after it: one word at most ("open-weights coding models"). */
  private static final Pattern NOUN_AFTER_GAP = Pattern.compile("[\\s-]+(?:[\\p{L}\\-]+\\s+)?");

  /** What may stand between the words of a superlative and the class it names. */
  private static final Pattern CLASS_GAP =
      Pattern.compile("[\\p{L}\\-]{1,12}(?:\\s+[\\p{L}\\-]{1,12}){0,2}");

  /**
   * "Whether Alibaba releases Qwen3-Max as an open model ...": a fact phrase in a clause that an
   * unasserting word opens states nothing, nor does one whose clause goes on to call it a plan
   * ("a K2 update with a 256K context window is planned").
   */
  private boolean unasserted(String t, int start, int stop) {
    if (facts.unassertedAfter().matcher(restOfClause(t, stop)).find()) {
      return true;
    }
    String before = t.substring(0, start);
    int from = 0;
    Matcher end = CLAUSE_END.matcher(before);
    while (end.find()) {
      from = end.end();
    }
    return facts.unasserted().matcher(before.substring(from)).find();
  }

  /** Spans of references to a model already named: the lexicon's and the fact section's. */
  private List<int[]> references(String t) {
    List<int[]> out = new ArrayList<>();
    for (Pattern p : List.of(lexicon.references(), facts.references())) {
      Matcher m = p.matcher(t);
      while (m.find()) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    out.sort(Comparator.comparingInt((int[] r) -> r[0]));
    return out;
  }

  // ---------------------------------------------------------------- values

  /**
   * The text with the models' names blanked out, so that the size in a name inside a phrase
   * ("the context window of Falke-7B is 64,000 tokens") is no value.
   */
  private static String withoutNames(String t, ClaimExtractor.Analysed a) {
    char[] out = t.toCharArray();
    for (Found f : a.mentions()) {
      if (f.isModel()) {
        for (int i = f.start(); i < f.end() && i < out.length; i++) {
          out[i] = ' ';
        }
      }
    }
    return new String(out);
  }

  private List<StatedFact> values(String t, CueMatch cue) {
    String written = t.substring(cue.start, cue.end);
    String type = cue.cue.fact();
    List<StatedFact> out = new ArrayList<>();
    switch (type) {
      case "architecture", "open_weights" -> {
        if (cue.cue.value() != null) {
          out.add(new StatedFact(type, null, cue.cue.value(), null, StatedFact.Bound.EXACT, 0,
              written, null));
        }
      }
      case "license" -> {
        String name = cue.cue.value() != null ? cue.cue.value() : license(written);
        if (name != null) {
          out.add(new StatedFact(type, null, name, null, StatedFact.Bound.EXACT, 0, written, null));
        }
      }
      default -> out.addAll(quantities(type, cue, written));
    }
    return out;
  }

  /** The licence a phrase names: the first licence of the lexicon found in it. */
  private String license(String written) {
    for (FactLexicon.License l : facts.licenses()) {
      Matcher m = l.pattern().matcher(written);
      if (m.find()) {
        return l.name() != null ? l.name() : m.group().strip();
      }
    }
    return null;
  }

  private List<StatedFact> quantities(String type, CueMatch cue, String written) {
    List<StatedFact> out = new ArrayList<>();
    Matcher m = facts.quantity().matcher(written);
    while (m.find()) {
      Double base;
      int decimals = 0;
      if (m.group("digits") != null) {
        String digits = m.group("digits");
        boolean whole = m.group("scale") == null;
        base = parse(digits, whole);
        int dec = decimalPoint(digits, whole);
        if (dec >= 0 && base != null) {
          decimals = digits.length() - dec - 1;
        }
      } else {
        base = wordValue(m.group("word"));
      }
      if (base == null) {
        continue;
      }
      double factor = scale(m.group("scale"));
      double value = base * factor;
      if (value < MINIMUM.getOrDefault(type, 0.0)) {
        continue;
      }
      StatedFact.Bound bound = bound(m.group("bound"));
      if (bound == StatedFact.Bound.LESS_THAN && type.equals("parameters")) {
        // "the best open model under 10 billion parameters": a class of models, not a size.
        continue;
      }
      String qualifier = cue.cue.qualifier();
      if (qualifier == null && type.equals("parameters")) {
        String after = written.substring(m.end());
        if (facts.active().matcher(after).lookingAt()
            || facts.active().matcher(after.stripLeading()).lookingAt()
            || facts.active().matcher(written).find()
            && !facts.total().matcher(written).find()) {
          qualifier = "active";
        } else if (facts.total().matcher(written).find()) {
          qualifier = "total";
        }
      }
      double rounding = 0.5 * Math.pow(10, -decimals) * factor;
      out.add(new StatedFact(type, qualifier, plain(value), value, bound, rounding,
          m.group().strip(), null));
    }
    return out;
  }

  private StatedFact.Bound bound(String words) {
    if (words != null) {
      for (FactLexicon.Bound b : facts.bounds()) {
        if (b.words().matcher(words.strip()).matches()) {
          return StatedFact.Bound.of(b.kind());
        }
      }
    }
    return StatedFact.Bound.EXACT;
  }

  /** A thousands separator is followed by exactly three digits. */
  private boolean isGroup(String digits, int at) {
    return lexicon.number().group().contains(String.valueOf(digits.charAt(at)))
        && digits.length() - at - 1 == 3;
  }

  /**
   * Where the decimal point of a number stands, -1 where it has none: the language's decimal sign
   * unless it groups thousands; also a point before one or two final digits in a language that
   * groups with points ("9.8 billones"), as no group of thousands is shorter than three digits;
   * but not a decimal comma before exactly three final digits in a count with no scale word
   * ("131,072 tokens"), as counts of tokens have no thousandths.
   */
  private int decimalPoint(String digits, boolean whole) {
    String decimal = lexicon.number().decimal();
    int dec = digits.lastIndexOf(decimal);
    if (dec >= 0) {
      boolean single = digits.indexOf(decimal) == dec && onlyDigitsBut(digits, dec);
      if (isGroup(digits, dec) || whole && single && digits.length() - dec - 1 == 3) {
        return -1;
      }
      return dec;
    }
    int point = digits.indexOf('.');
    if (point > 0 && onlyDigitsBut(digits, point) && digits.length() - point - 1 < 3) {
      return point;
    }
    return -1;
  }

  /** Whether every character of a number but the one at {@code at} is a digit. */
  private static boolean onlyDigitsBut(String digits, int at) {
    for (int i = 0; i < digits.length(); i++) {
      if (i != at && !Character.isDigit(digits.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private Double parse(String digits, boolean whole) {
    StringBuilder sb = new StringBuilder();
    int point = decimalPoint(digits, whole);
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (Character.isDigit(c)) {
        sb.append(c);
      } else if (i == point) {
        sb.append('.');
      }
    }
    try {
      return sb.length() == 0 ? null : Double.parseDouble(sb.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private Double wordValue(String word) {
    if (word == null) {
      return null;
    }
    for (FactLexicon.NumberWord w : facts.numberWords()) {
      if (w.word().matcher(word.strip()).matches()) {
        return w.value();
      }
    }
    return null;
  }

  private double scale(String word) {
    if (word == null) {
      return 1;
    }
    for (FactLexicon.Scale s : facts.scales()) {
      if (s.word().matcher(word.strip()).matches()) {
        return s.factor();
      }
    }
    return 1;
  }

  private static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  // ---------------------------------------------------------------- subject

  /**
   * Whether words after the fact phrase narrow it to some of the subject's models before the
   * next fact phrase: "Qwen 2.5 est bien un modèle open source, du moins pour certaines de ses
   * variantes".
   */
  private boolean narrowedAfter(String t, CueMatch cue, List<CueMatch> cues) {
    int end = cues.stream().filter(c -> c.start >= cue.end).mapToInt(c -> c.start).min()
        .orElse(t.length());
    return facts.partialAfter().matcher(t).region(cue.end, end).find();
  }

  /** "plusieurs versions": some of the subject's models; "les modèles 3B et 72B": those sizes. */
  private StatedFact.Scope scope(String reference) {
    List<String> sizes = new ArrayList<>();
    Matcher m = facts.size().matcher(reference);
    while (m.find()) {
      sizes.add(m.group().replaceAll("\\s", "").replace(',', '.'));
    }
    boolean some = facts.partial().matcher(reference).find();
    return some || !sizes.isEmpty() ? new StatedFact.Scope(some, sizes) : StatedFact.Scope.WHOLE;
  }

  /**
   * The partial reference a model's name completes, null when there is none: "Plusieurs
   * déclinaisons de Qwen 2.5 sont publiées sous licence Apache 2.0" is said of some of Qwen 2.5's
   * models, not of each of them.
   */
  private String partOf(String t, Found model, List<int[]> refs) {
    for (int[] r : refs) {
      if (r[1] <= model.start() && facts.partOf().matcher(t.substring(r[1], model.start())).matches()
          && facts.partial().matcher(t.substring(r[0], r[1])).matches()) {
        return t.substring(r[0], r[1]);
      }
    }
    return null;
  }

  private Subject subject(ClaimExtractor.Analysed a, CueMatch cue, List<CueMatch> cues,
      List<int[]> refs, Mention main, Mention family, boolean unnamedIsMain,
      String mainVendor) {
    String t = a.text();
    if (cue.cue.fact().equals("open_weights") || cue.cue.fact().equals("architecture")) {
      // "its open-weight gpt-oss models", "the MoE model Foo-30B": the phrase qualifies the
      // name right after it.
      for (Found f : a.mentions()) {
        if (f.isModel() && f.start() >= cue.end && facts.attributeGap().matcher(
                t.substring(cue.end, f.start())).matches() && !isVendor(f)) {
          return new Subject(f.mention(), null);
        }
      }
    }
    Found setOff = setOff(a, cue);
    if (setOff != null) {
      return new Subject(setOff.mention(), null);
    }
    if (indefinite(a, cue)) {
      // "A dense 30B model fits on a single GPU", « Un Corvid de 32 milliards de paramètres est
      // en préparation »: a model in general, or one not yet named.
      return null;
    }
    Found first = null;
    Found model = null;
    for (Found f : a.mentions()) {
      boolean before = f.end() <= cue.start;
      // "the weights of X are on Hugging Face", "the context window of X is 256K tokens": a model
      // named inside the phrase; a licence's name may hold a model's ("Llama 3 License").
      boolean inside = !cue.cue.fact().equals("license") && f.start() >= cue.start
          && f.end() <= cue.end;
      if (f.isModel() && (before || inside) && !notSubject(t, f) && !isVendor(f)
          && !inLicenceName(f, cues) && !asideBeside(t, f, cue.start, first, refs)) {
        model = f;
        if (first == null) {
          first = f;
        }
      }
    }
    int[] ref = null;
    for (int[] r : refs) {
      if (r[0] <= cue.start) {
        ref = r;
      }
    }
    if (model != null) {
      // "DeepSeek R1 matches o1, and it's MIT-licensed": a reference after the nearest model
      // goes back to the sentence's own subject, the first model it names.
      int[] r = ref;
      boolean partOfPhrase = r != null
          && cues.stream().anyMatch(c -> c.start < r[1] && r[0] < c.end);
      boolean referenceNearer = r != null && r[0] >= model.end() && !partOfPhrase;
      int[] opening = refs.stream().filter(x -> x[1] <= cue.start).findFirst().orElse(null);
      Found own = first;
      if (referenceNearer && main != null && opening != null && opening[1] <= own.start()
          && cues.stream().noneMatch(c -> c.start < opening[1] && opening[0] < c.end)) {
        // "Laut Qwen-Blog ist es gleichauf mit DeepSeek R1, das Ding hat nur 32B Parameter":
        // the sentence's own subject is itself a reference, to the article's subject.
        return new Subject(main, t.substring(r[0], r[1]));
      }
      // "Llama 4 Maverick schlägt zwar GPT-4o, ist aber mit 400 Milliarden Parametern zu groß":
      // a clause that opens with a verb of being after a comma has the sentence's subject.
      boolean sharedSubject = model != first && copulaAfterComma.matcher(t)
          .region(model.end(), cue.start).find();
      Found subject = referenceNearer || sharedSubject ? first : model;
      return new Subject(subject.mention(), partOf(t, subject, refs));
    }
    if (ref != null) {
      String written = t.substring(ref[0], ref[1]);
      if (family != null && lexicon.introductions().familyReferences().matcher(written).matches()) {
        return new Subject(family, written);
      }
      return main == null ? null : new Subject(main, written);
    }
    if (generalTerm(t, cue, cues) && a.mentions().stream().noneMatch(Found::isModel)) {
      // "The open-weights race is tighter than ever", "La mezcla de expertos reparte ...".
      return null;
    }
    // A clause after a semicolon opens as a sentence does: "... ; la fenêtre de contexte ...".
    int clause = t.lastIndexOf(';', cue.start) + 1;
    if (LEADING_WORD.matcher(withoutClosingNegation(t.substring(clause, listStart(t, cue, cues))))
        .matches()) {
      for (Found f : a.mentions()) {
        if (f.isModel() && f.start() >= cue.end && !inLicenceName(f, cues) && !notSubject(t, f)) {
          return new Subject(f.mention(), null);
        }
      }
      return main == null ? null : new Subject(main, "");
    }
    for (int[] r : refs) {
      // "La compañía publicó los pesos en Hugging Face": a reference inside the phrase, as the
      // object of its verb (not its head noun: "open weights").
      if (main != null && r[0] > cue.start && r[1] < cue.end) {
        return new Subject(main, t.substring(r[0], r[1]));
      }
    }
    // Outside a language that leaves subjects out, only a fact with a value of its own, in a
    // label line ("Pour info : licence MIT", "Number of parameters: 235B"): "open source" and
    // "MoE" also qualify projects and designs in general, and "Larger models with 400B
    // parameters are expensive" is about models in general.
    // In a label line listing facts with values ("Specs: 27B dense, 128K context, open weights",
    // "Parameters: 9.1B (dense)"), the design and the weights are the same subject's too.
    boolean label = t.substring(0, cue.end).contains(":");
    boolean valued = label && (!yesNoFact(cue) || cues.stream().anyMatch(c -> !yesNoFact(c)));
    if ((lexicon.wordOrder().subjectMayBeOmitted() || unnamedIsMain && valued) && main != null
        && a.mentions().stream().noneMatch(Found::isModel)) {
      // "Por cierto, la licencia es Apache 2.0": no model named, the article's is meant.
      return new Subject(main, "");
    }
    if (unnamedIsMain && main != null && !cue.cue.fact().equals("open_weights")
        && a.mentions().stream().noneMatch(f -> f.isModel() && !isVendor(f))
        && openedByCompany(t, cue.start)) {
      // "DeepSeek indique avoir poursuivi l'entraînement sur 840 milliards de jetons": a company
      // stating a fact of no model named, in a paragraph about the article's model, states it of
      // that model.
      return new Subject(main, "");
    }
    return null;
  }

  /** An indefinite article, then at most three words, at the end of the text before a phrase. */
  private static final Pattern INDEFINITE_HEAD = Pattern.compile("(?:\\s+[\\p{L}\\p{N}'’\\-]+){0,3}\\s*");

  /** Up to five words after an indefinite article, in its clause. */
  private static final Pattern NOUN_PHRASE = Pattern.compile("(?:\\s+[\\p{L}\\p{N}'’\\-.,]+){1,5}");

  /**
   * Whether a fact phrase stands in a noun phrase of a model noun after an indefinite article
   * that opens its sentence, or a clause after a comma with no model named before it, in a
   * sentence that names no model with a number: "A dense 30B model fits on a single GPU", „Nein,
   * ein 30B-Modell wird ...", « Un modèle de 1 000 milliards de paramètres coûte ... ». Said of
   * a model in general. Not "Cohere launched Command A, a 111B-parameter model" (a model named
   * before the comma), nor "A 400,000-token context window" (no model noun).
   */
  private boolean indefinite(ClaimExtractor.Analysed a, CueMatch cue) {
    String t = a.text();
    int clause = Math.max(t.lastIndexOf(',', cue.start), t.lastIndexOf(';', cue.start)) + 1;
    if (a.mentions().stream().anyMatch(f -> f.isModel() && (f.start() < clause
        || f.mention().text().chars().anyMatch(Character::isDigit)))) {
      return false;
    }
    Matcher article = lexicon.phrase("indefinite").pattern().matcher(t);
    // The article may open the phrase itself: "A dense 30B".
    article.region(clause, cue.end);
    if (!article.find()
        || t.substring(clause, article.start()).chars().anyMatch(Character::isLetter)
            && !(lexicon.phrase("any_determiner").pattern().matcher(article.group()).matches()
                && amongOthers(a, t.substring(clause, article.start()), cue))
        || article.start() < cue.start
            && !INDEFINITE_HEAD.matcher(t).region(article.end(), cue.start).matches()) {
      return false;
    }
    Matcher words = NOUN_PHRASE.matcher(t).region(article.end(), t.length());
    if (!words.lookingAt()) {
      return false;
    }
    for (String w : words.group().strip().split("\\s+")) {
      if (analyser.isModelNoun(w.replaceAll("[.,]+$", ""))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a determiner of any one thing (lexicon phrase {@code any_determiner}) inside a
   * clause, after {@code before}, speaks of a model in general: the sentence names no model and
   * refers to none before the phrase, and no verb of being leads to it (« echaron de menos algún
   * modelo de pesos abiertos »).
   */
  private boolean amongOthers(ClaimExtractor.Analysed a, String before, CueMatch cue) {
    return a.mentions().stream().noneMatch(Found::isModel)
        && a.references().stream().noneMatch(r -> r[0] < cue.start)
        && !copulaLast.matcher(before).find();
  }

  /** A fact a phrase states without a value of its own: open weights, the design. */
  private static boolean yesNoFact(CueMatch c) {
    return c.cue.fact().equals("open_weights") || c.cue.fact().equals("architecture");
  }

  /** Punctuation alone between two items of a list of facts. */
  private static final Pattern LIST_GLUE = Pattern.compile("[\\s,/]*[,/][\\s,/]*");

  /**
   * Where the list of fact phrases that {@code cue} ends starts: phrases joined by commas or
   * slashes alone make one list ("671B total params, 37B active, MoE", "840B more tokens,
   * context bumped to 128K"), and a list that opens its sentence opens it with every item.
   */
  private static int listStart(String t, CueMatch cue, List<CueMatch> cues) {
    int start = cue.start;
    boolean moved = true;
    while (moved) {
      moved = false;
      for (CueMatch c : cues) {
        if (c.end <= start && c.start < start
            && LIST_GLUE.matcher(t.substring(c.end, start)).matches()) {
          start = c.start;
          moved = true;
        }
      }
    }
    return start;
  }

  /**
   * Whether {@code f} is named in an aside, between brackets or dashes, that closes before the
   * fact phrase, while a model or a reference before the aside can own it: "the models were
   * trained on 36T tokens — twice the data used for X — and support 128K tokens", "Y logra un
   * 54,6 % —frente al 33,2 % de X— y admite 1 millón de tokens". Not "The flagship (X) supports
   * 128K tokens": an aside right after its owner names it.
   */
  private static boolean asideBeside(String t, Found f, int until, Found first, List<int[]> refs) {
    int open = asideStart(t, f.start(), f.end(), until);
    if (open < 0) {
      return false;
    }
    // Not an apposition right after its owner: "The flagship (X) supports 128K tokens".
    return first != null && first.end() <= open && apart(t, first.end(), open)
        || refs.stream().anyMatch(r -> r[1] <= open && apart(t, r[1], open));
  }

  /** Whether words stand between {@code from} and {@code to}. */
  private static boolean apart(String t, int from, int to) {
    return t.substring(from, to).chars().anyMatch(Character::isLetterOrDigit);
  }

  private static final String CLOSERS = ")]—–";

  /** The start of an aside holding {@code [from, to)} that closes before {@code until}, or -1. */
  private static int asideStart(String t, int from, int to, int until) {
    for (int i = to; i < until && i < t.length(); i++) {
      char c = t.charAt(i);
      if (CLOSERS.indexOf(c) < 0 || c == '–' && !(i > 0 && t.charAt(i - 1) == ' ')) {
        continue;
      }
      char opener = c == ')' ? '(' : c == ']' ? '[' : c;
      int open = t.lastIndexOf(opener, from - 1);
      if (open < 0) {
        return -1;
      }
      String inside = t.substring(open + 1, from);
      if (c == ')' && inside.indexOf(')') >= 0 || c == ']' && inside.indexOf(']') >= 0) {
        return -1;
      }
      return open;
    }
    return -1;
  }

  /**
   * Whether the text before a fact phrase opens with a company, or a word for one, followed by a
   * verb of saying: "DeepSeek indique avoir ...", "L'entreprise ... indique une fenêtre ...".
   */
  private boolean openedByCompany(String t, int cueStart) {
    String before = t.substring(0, cueStart);
    String opening = before.stripLeading();
    Matcher company = vendors.matcher(opening);
    Matcher word = lexicon.claimantDescriptors().matcher(opening);
    int end = company.lookingAt() ? company.end() : word.lookingAt() ? word.end() : -1;
    if (end < 0) {
      return false;
    }
    return lexicon.claimantAfter().matcher(opening.substring(end)).find();
  }

  /**
   * The text before a fact phrase without a negation word that ends it: "Also no open weights"
   * opens with the fact as "Open weights: no" does.
   */
  private String withoutClosingNegation(String before) {
    String trimmed = before.stripTrailing();
    Matcher m = lexicon.negationBefore().matcher(before);
    int start = -1;
    while (m.find()) {
      if (m.end() >= trimmed.length() && m.start() > 0) {
        start = m.start();
      }
    }
    return start < 0 ? before : before.substring(0, start);
  }

  /**
   * An architecture or open-weights phrase right after a sentence's opening article, or opening
   * the sentence before a plural noun, in a sentence naming no model, is a general term.
   */
  private boolean generalTerm(String t, CueMatch cue, List<CueMatch> cues) {
    String fact = cue.cue.fact();
    if (!fact.equals("architecture") && !fact.equals("open_weights")) {
      return false;
    }
    for (CueMatch c : cues) {
      // "La mezcla de expertos (MoE) reparte ...": the abbreviation of a general term.
      if (c != cue && c.end <= cue.start && c.cue.fact().equals(fact)
          && t.substring(c.end, cue.start).matches("\\s*\\(\\s*")
          && generalTerm(t, c, cues)) {
        return true;
      }
    }
    String before = t.substring(0, cue.start).replaceFirst("^[^\\p{L}]+", "").strip();
    if (before.isEmpty()) {
      // "Mixture-of-experts models route each token ...", "MoE architectures have become ...".
      java.util.regex.Matcher plural = facts.generalNouns().matcher(t);
      return plural.region(cue.end, t.length()).lookingAt();
    }
    return facts.generalOpenings().matcher(before).matches();
  }

  /**
   * "Unlike Grok 2, whose weights were published, Grok 4 ...": the model a clause set off by
   * commas follows, when the sentence says it is not its subject, is the subject of the facts
   * of that clause; null when the phrase is not in such a clause.
   */
  /**
   * Whether {@code base} is named as the base in a phrase set off by a comma right after another
   * model, which it describes: "LexGemma-27B, a fine-tune of Gemma 3 27B, which we publish under
   * ...", „LexGemma-27B, eine Feinabstimmung von Gemma 3 27B, die wir ... bereitstellen": what
   * follows is said of the fine-tune, not of its base (lexicon phrase {@code base_model}).
   */
  private boolean describedBase(ClaimExtractor.Analysed a, Found base) {
    String t = a.text();
    int from = Math.max(0, base.start() - NOT_SUBJECT_REACH);
    Matcher phrase = lexicon.phrase("base_model").pattern().matcher(t).region(from, base.start());
    int start = -1;
    int end = -1;
    while (phrase.find()) {
      start = phrase.start();
      end = phrase.end();
    }
    if (start < 0 || !t.substring(end, base.start()).isBlank()) {
      return false;
    }
    int opening = start;
    // "HanseClass, eine Feinabstimmung von Ministral 8B, die ...": a name the registry does not
    // know may be the one described.
    return a.mentions().stream().anyMatch(f -> f.isModel() && f.end() <= opening
        && DESCRIPTION_OPENING.matcher(t.substring(f.end(), opening)).matches())
        || NAMED_BEFORE_DESCRIPTION.matcher(t.substring(0, opening)).find();
  }

  /**
   * A name with a capital inside it ("HanseClass"), then a comma and a few words opening a
   * description, ending the text.
   */
  private static final Pattern NAMED_BEFORE_DESCRIPTION = Pattern.compile(
      "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{L}\\p{N}\\-]*\\p{Lu}[\\p{L}\\p{N}\\-]*\\s*,(?:\\s*[^\\s,;:.!?()]+){0,3}\\s*$");

  /** A comma and a few words opening a description: ", a Welsh-language", ", eine". */
  private static final Pattern DESCRIPTION_OPENING =
      Pattern.compile("\\s*,(?:\\s*[^\\s,;:.!?()]+){0,3}\\s*");

  private Found setOff(ClaimExtractor.Analysed a, CueMatch cue) {
    String t = a.text();
    Found last = null;
    for (Found f : a.mentions()) {
      if (f.isModel() && f.end() <= cue.start) {
        last = f;
      }
    }
    if (last == null || !notSubject(t, last) || describedBase(a, last)) {
      return null;
    }
    String gap = t.substring(last.end(), cue.start);
    // « contrairement à X qui est sous Apache 2.0 »: a relative clause may also follow the model
    // without a comma.
    boolean commaFirst = gap.stripLeading().startsWith(",");
    if (!commaFirst && !(gap.startsWith(" ") && facts.relatives().matcher(gap.stripLeading())
        .lookingAt() && !gap.matches("(?s).*[,;:()].*"))) {
      return null;
    }
    if (commaFirst && gap.stripLeading().substring(1).matches("(?s).*[,;:()].*")) {
      return null;
    }
    // "X beats Y, which has 70B parameters": a relative clause after the model is about it.
    // Not a reference that opens the main clause: "so gut wie DeepSeek R1, das Ding hat ...".
    String clause = commaFirst ? gap.stripLeading().substring(1).stripLeading() : gap.stripLeading();
    int opening = cue.start - clause.length();
    boolean relative = facts.relatives().matcher(clause).lookingAt()
        && references(t).stream().noneMatch(r -> r[0] == opening);
    int comma = t.indexOf(',', cue.end);
    int close = comma < 0 ? t.length() : comma;
    String rest = t.substring(cue.end, close);
    boolean named = a.mentions().stream().anyMatch(f -> f.start() >= cue.end && f.start() < close);
    // The main clause's subject follows the closing comma: "..., Grok 4 n'est pas ...".
    Found next = a.mentions().stream().filter(f -> f.isModel() && f.start() > close)
        .findFirst().orElse(null);
    boolean subjectAfter = comma >= 0 && next != null
        && FEW_WORDS.matcher(t.substring(close + 1, next.start())).matches();
    // « contrairement à X, distribué sous Apache 2.0, il n'est ... »: or a reference to the
    // sentence's subject opens it.
    if (comma >= 0 && !subjectAfter) {
      int at = close + 1 + (t.length() - close - 1 - t.substring(close + 1).stripLeading().length());
      subjectAfter = references(t).stream().anyMatch(r -> r[0] == at);
    }
    return rest.matches("(?s)[^;:()]*") && !named && (subjectAfter || relative) ? last : null;
  }

  /**
   * "under the Llama 3.3 Community License": a model name inside a licence's name is no
   * subject.
   */
  private static boolean inLicenceName(Found f, List<CueMatch> cues) {
    return cues.stream().anyMatch(c -> c.cue.fact().equals("license")
        && c.start <= f.start() && f.end() <= c.end);
  }

  /** "DeepSeek released R1": a name that is also the vendor's is the company, not a model. */
  private boolean isVendor(Found f) {
    // A product ("in Le Chat", "ChatGPT") serves models and has no weights, licence or size of
    // its own: like an organisation, it is no fact's subject.
    return vendors.matcher(f.mention().text()).matches() || f.mention().isProductOnly();
  }

  /**
   * "compared with X", "unlike X", "fine-tuned from X", "the small MoE in the X family": X is not
   * what the sentence is about.
   */
  /**
   * How far before a model the words that make it no subject may start, in characters: "keeps
   * the mixture-of-experts architecture of Kimi K2".
   */
  private static final int NOT_SUBJECT_REACH = 64;

  private boolean notSubject(String t, Found f) {
    for (FactLexicon.MemberOf m : facts.memberOf()) {
      if (m.before().matcher(t.substring(0, f.start())).find()
          && m.after().matcher(t.substring(f.end())).lookingAt()) {
        return true;
      }
    }
    String before = t.substring(Math.max(0, f.start() - NOT_SUBJECT_REACH), f.start());
    Matcher m = facts.notSubject().matcher(before);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    if (end < 0) {
      return false;
    }
    String gap = before.substring(end).strip();
    return SHORT_WORD.matcher(gap).matches() || ownedByVendor(gap);
  }

  /**
   * Whether {@code gap} is a company's possessive ("OpenAI's", "OpenAIs", "Googles"), as in
   * "behind OpenAI's o3": the model after it is the one named by the words before.
   */
  private boolean ownedByVendor(String gap) {
    List<String> owner = Organisations.possessor(gap);
    return owner.size() == 2 && vendors.matcher(owner.get(1)).matches();
  }

  /** In a table row, the subject is a model named in the row's first cell. */
  private Subject rowSubject(ClaimExtractor.Analysed a) {
    String t = a.text();
    int from = t.startsWith("|") ? 1 : 0;
    int bar = t.indexOf('|', from);
    int cellEnd = bar < 0 ? t.length() : bar;
    for (Found f : a.mentions()) {
      if (f.isModel() && f.start() >= from && f.end() <= cellEnd) {
        return new Subject(f.mention(), null);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- negation and attribution

  private boolean negated(String t, CueMatch cue) {
    String before = t.substring(Math.max(0, cue.start - NEGATION_BEFORE), cue.start);
    // "not a dense model but a Mixture-of-Experts": the negation stays in its clause.
    Matcher brk = facts.clauseBreaks().matcher(before);
    int from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
    while (brk.find()) {
      from = Math.max(from, brk.end());
    }
    before = before.substring(from);
    String after = t.substring(cue.end, Math.min(t.length(), cue.end + NEGATION_AFTER));
    return lexicon.negationBefore().matcher(before).find()
        || lexicon.negationAfter().matcher(after.stripLeading()).lookingAt()
        || facts.negationInClause().matcher(restOfClause(t, cue.end)).find();
  }

  /** The text after a fact phrase up to the end of its clause. */
  private String restOfClause(String t, int from) {
    String rest = t.substring(from, Math.min(t.length(), from + CLAUSE_REACH));
    Matcher end = CLAUSE_END.matcher(rest);
    if (end.find()) {
      rest = rest.substring(0, end.start());
    }
    Matcher brk = facts.clauseBreaks().matcher(rest);
    return brk.find() ? rest.substring(0, brk.start()) : rest;
  }

  /**
   * Who states the facts: an organisation after "according to" / "selon", one named before a
   * verb of saying ("Meridian AI said"), a person named so ("Holt says"), or the main subject's
   * vendor for "the company says".
   */
  private Attribution attribution(ClaimExtractor.Analysed a, String mainVendor) {
    String t = a.text();
    List<String> cues = new ArrayList<>();
    Matcher h = lexicon.hedges().matcher(t);
    while (h.find()) {
      cues.add(h.group());
    }
    String claimant = null;
    Matcher before = lexicon.claimantBefore().matcher(t);
    while (claimant == null && before.find()) {
      String rest = t.substring(before.end(), Math.min(t.length(), before.end() + 40))
          .stripLeading();
      Matcher v = vendors.matcher(rest);
      if (v.lookingAt()) {
        claimant = v.group();
      } else if (lexicon.claimantDescriptors().matcher(rest).lookingAt()) {
        claimant = mainVendor;
      }
    }
    Matcher verb = lexicon.claimantAfter().matcher(t);
    while (claimant == null && verb.find()) {
      int at = verb.start();
      String window = t.substring(Math.max(0, at - 40), at);
      Matcher v = vendors.matcher(window);
      while (v.find()) {
        int s = Math.max(0, at - 40) + v.start();
        int e = Math.max(0, at - 40) + v.end();
        if (a.mentions().stream().noneMatch(f -> f.start() < e && s < f.end())) {
          claimant = v.group();
        }
      }
      if (claimant == null && lexicon.claimantDescriptors().matcher(window).find()) {
        claimant = mainVendor;
      }
      if (claimant == null) {
        claimant = analyser.invertedSpeaker(a, verb.end());
      }
      if (claimant == null) {
        // "The model takes up to 400,000 tokens of context, Holt says": a person speaking.
        claimant = analyser.person(a, verb.start(), verb.end());
      }
    }
    return new Attribution(claimant, !cues.isEmpty(), cues);
  }
}
