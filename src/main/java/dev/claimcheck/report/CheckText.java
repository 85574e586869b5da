package dev.claimcheck.report;

import dev.claimcheck.entity.Mention;
import dev.claimcheck.verdict.Check;
import dev.claimcheck.verdict.Resolution;

/** What an atomic check is about, in words, as the text and ClaimReview reports write it. */
final class CheckText {
  private CheckText() {}

  /**
   * "Qwen2.5-Max vs DeepSeek-V3 on LiveBench 2024-11-25", "Qwen2.5-Max at 89.4 on Arena-Hard".
   *
   * @param describeStated whether a stated model fact is described (": open weights") in place of
   *     the claimed value
   */
  static String what(Check c, boolean describeStated) {
    Mention subj = c.atom() == null ? null : c.atom().subject();
    Mention obj = c.atom() == null ? null : c.atom().object();
    Mention bench = c.atom() == null ? null : c.atom().benchmark();
    StringBuilder s = new StringBuilder(display(c.subject(), subj));
    if (c.object() != null || obj != null) {
      s.append(" vs ").append(display(c.object(), obj));
    }
    if (describeStated && c.atom() != null && c.atom().stated() != null) {
      s.append(": ").append(c.atom().claim().negated() ? "not " : "")
          .append(c.atom().stated().describe());
    } else if (c.atom() != null && c.atom().value() != null) {
      s.append(" at ").append(TextReporter.number(c.atom().value()));
    }
    if (c.benchmark() != null || bench != null) {
      s.append(" on ").append(display(c.benchmark(), bench));
    }
    return s.toString();
  }

  /** The registry name a mention was resolved to, else the words as written, else "?". */
  private static String display(Resolution r, Mention m) {
    if (r != null && r.name() != null) {
      return r.name();
    }
    if (r != null && r.written() != null) {
      return "“" + r.written() + "”";
    }
    if (m != null) {
      return "“" + m.text() + "”";
    }
    return "?";
  }
}
