package dev.claimcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.claimcheck.claim.Attribution;
import dev.claimcheck.claim.Claim;
import dev.claimcheck.entity.Mention;
import dev.claimcheck.input.Metadata;
import dev.claimcheck.verdict.AsOf;
import dev.claimcheck.verdict.Check;
import dev.claimcheck.verdict.Evidence;
import dev.claimcheck.verdict.Note;
import dev.claimcheck.verdict.Resolution;
import dev.claimcheck.verdict.Score;
import dev.claimcheck.verdict.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The machine-readable report: {@code schema_version} 1, described field by field in {@code
 * /report/claimcheck-report.schema.json}.
 *
 * <p>Stability rules: keys are snake_case and always present (absent values are written as
 * {@code null}, absent lists as {@code []}); dates are ISO {@code YYYY-MM-DD}; numbers are JSON
 * numbers rounded to 12 significant digits so floating-point noise does not leak into diffs;
 * verdicts are the upper-case enum names. The output holds no timestamps and depends only on the
 * run, so the same inputs give byte-identical reports. New keys may be added within a schema
 * version; renaming or removing one bumps it.
 */
public final class JsonReporter implements Reporter {
  public static final int SCHEMA_VERSION = 1;
  private static final MathContext DIGITS = new MathContext(12);

  private final String toolVersion;
  private final JsonFactory factory =
      JsonFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  public JsonReporter(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  @Override
  public void write(RunReport run, PrintWriter out) {
    PrettyJson.write(factory, out, g -> writeRun(g, run));
  }

  private void writeRun(JsonGenerator g, RunReport run) throws IOException {
    g.writeStartObject();
    g.writeNumberField("schema_version", SCHEMA_VERSION);
    g.writeObjectFieldStart("tool");
    g.writeStringField("name", "claimcheck");
    g.writeStringField("version", toolVersion);
    g.writeEndObject();
    RunReport.RegistryInfo reg = run.registry();
    if (reg == null) {
      g.writeNullField("registry");
    } else {
      g.writeObjectFieldStart("registry");
      g.writeStringField("location", reg.location());
      g.writeNumberField("models", reg.models());
      g.writeNumberField("benchmarks", reg.benchmarks());
      g.writeNumberField("results", reg.results());
      g.writeNumberField("sources", reg.sources());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("inputs");
    for (DocumentReport doc : run.documents()) {
      writeDocument(g, doc);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("errors");
    for (RunReport.InputError e : run.errors()) {
      g.writeStartObject();
      g.writeStringField("input", e.input());
      g.writeStringField("message", e.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    Summary summary = Summary.of(run);
    g.writeObjectFieldStart("summary");
    g.writeObjectFieldStart("verdicts");
    for (Verdict v : Verdict.values()) {
      g.writeNumberField(v.name(), summary.count(v));
    }
    g.writeEndObject();
    g.writeNumberField("inputs", summary.inputs());
    g.writeNumberField("errors", summary.errors());
    g.writeEndObject();
    g.writeEndObject();
  }

  private void writeDocument(JsonGenerator g, DocumentReport doc) throws IOException {
    Metadata meta = doc.metadata() == null ? Metadata.none() : doc.metadata();
    g.writeStartObject();
    g.writeStringField("input", doc.input());
    g.writeStringField("format", doc.format() == null ? null : doc.format().id());
    g.writeStringField("title", meta.title().orElse(null));
    g.writeStringField("language", doc.language());
    g.writeStringField("published", iso(meta.published()));
    g.writeStringField("url", meta.url().orElse(null));
    g.writeStringField("main_subject", doc.mainSubject());
    strings(g, "warnings", doc.warnings());
    g.writeArrayFieldStart("sentences");
    for (SentenceReport s : doc.sentences()) {
      writeSentence(g, s);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void writeSentence(JsonGenerator g, SentenceReport s) throws IOException {
    g.writeStartObject();
    g.writeStringField("sentence", s.sentence().text());
    g.writeNumberField("line", s.position().line());
    g.writeNumberField("column", s.position().column());
    g.writeNumberField("offset", s.sentence().span().start());
    g.writeNumberField("length", s.sentence().span().length());
    g.writeStringField("rollup", s.rollup().name());
    g.writeArrayFieldStart("claims");
    for (ClaimReport c : s.claims()) {
      writeClaim(g, c);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void writeClaim(JsonGenerator g, ClaimReport report) throws IOException {
    Claim c = report.claim();
    Attribution a = c.attribution() == null ? Attribution.none() : c.attribution();
    g.writeStartObject();
    g.writeStringField("kind", c.kind().name());
    g.writeStringField("cue", c.cue());
    g.writeStringField("fact", c.fact());
    g.writeObjectFieldStart("subject");
    g.writeStringField("written", c.subject() == null ? null : c.subject().text());
    g.writeStringField("reference", c.subjectReference());
    g.writeEndObject();
    strings(g, "objects", c.objects().stream().map(Mention::text).toList());
    strings(g, "benchmarks", c.benchmarks().stream().map(Mention::text).toList());
    g.writeBooleanField("benchmarks_from_context", c.benchmarksFromContext());
    number(g, "value", c.value());
    g.writeBooleanField("negated", c.negated());
    g.writeStringField("claimant", a.claimant());
    g.writeBooleanField("hedged", a.hedged());
    strings(g, "hedge_cues", a.cues());
    g.writeArrayFieldStart("checks");
    for (Check check : report.checks()) {
      writeCheck(g, check);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void writeCheck(JsonGenerator g, Check c) throws IOException {
    g.writeStartObject();
    g.writeStringField("verdict", c.verdict().name());
    g.writeStringField("reason", c.reason());
    g.writeStringField("explanation", c.explanation());
    resolution(g, "subject", c.subject());
    resolution(g, "competitor", c.object());
    resolution(g, "benchmark", c.benchmark());
    AsOf asOf = c.asOf();
    if (asOf == null) {
      g.writeNullField("as_of");
    } else {
      g.writeObjectFieldStart("as_of");
      g.writeStringField("date", asOf.date() == null ? null : asOf.date().toString());
      g.writeStringField("basis", asOf.basis());
      g.writeStringField("reason", asOf.reason());
      g.writeEndObject();
    }
    evidence(g, "evidence", c.evidence());
    evidence(g, "later_evidence", c.later());
    evidence(g, "vendor_reported", c.vendor());
    g.writeArrayFieldStart("notes");
    for (Note n : c.notes()) {
      g.writeStartObject();
      g.writeStringField("code", n.code());
      g.writeStringField("text", n.text());
      evidence(g, "evidence", n.evidence());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void resolution(JsonGenerator g, String field, Resolution r) throws IOException {
    if (r == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("written", r.written());
    g.writeStringField("id", r.id());
    g.writeStringField("name", r.name());
    g.writeStringField("method", r.method());
    g.writeStringField("reason", r.reason());
    strings(g, "candidates", r.candidates());
    g.writeEndObject();
  }

  private void evidence(JsonGenerator g, String field, List<Evidence> list) throws IOException {
    g.writeArrayFieldStart(field);
    for (Evidence e : list) {
      g.writeStartObject();
      g.writeStringField("benchmark", e.benchmark());
      g.writeStringField("benchmark_name", e.benchmarkName());
      g.writeStringField("version", e.version());
      g.writeStringField("unit", e.unit());
      score(g, "subject", e.subject());
      score(g, "other", e.other());
      number(g, "difference", e.difference());
      number(g, "margin", e.margin());
      g.writeStringField("test", e.test());
      g.writeStringField("outcome", e.outcome() == null ? null : e.outcome().name());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void score(JsonGenerator g, String field, Score s) throws IOException {
    if (s == null) {
      g.writeNullField(field);
      return;
    }
    g.writeObjectFieldStart(field);
    g.writeStringField("model", s.model());
    g.writeStringField("as_published", s.asPublished());
    number(g, "value", s.value());
    number(g, "ci_low", s.ciLow());
    number(g, "ci_high", s.ciHigh());
    number(g, "stderr", s.stderr());
    g.writeStringField("uncertainty", s.uncertainty());
    g.writeStringField("source", s.source());
    g.writeStringField("publisher", s.publisher());
    g.writeStringField("published", s.published() == null ? null : s.published().toString());
    g.writeStringField("url", s.url());
    g.writeBooleanField("independent", s.independent());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  /** Writes a number rounded to 12 significant digits; null, NaN and infinities as null. */
  private static void number(JsonGenerator g, String field, Double value) throws IOException {
    g.writeFieldName(field);
    if (value == null || !Double.isFinite(value)) {
      g.writeNull();
      return;
    }
    BigDecimal d = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
    if (d.scale() < 0) {
      d = d.setScale(0);
    }
    g.writeNumber(d);
  }

  private static String iso(Optional<LocalDate> date) {
    return date == null ? null : date.map(LocalDate::toString).orElse(null);
  }
}
