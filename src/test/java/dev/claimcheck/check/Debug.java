package dev.claimcheck.check;

import dev.claimcheck.input.*;
import dev.claimcheck.registry.*;
import dev.claimcheck.report.*;
import dev.claimcheck.text.LineMap;
import dev.claimcheck.verdict.*;
import java.nio.file.*;
import java.util.List;

public class Debug {
  public static void main(String[] args) throws Exception {
    Registry r = args.length > 1 ? new RegistryLoader().load(Path.of(args[1])) : new RegistryLoader().load(Path.of("src/test/resources/registry/mini"));
    String text = Files.readString(Path.of(args[0]));
    SourceDocument doc = new SourceDocument(args[0], text, DocumentFormat.TEXT, new LineMap(text), Metadata.none(), List.of());
    DocumentReport rep = new DocumentChecker(r, CheckOptions.defaults()).check(doc);
    System.out.println("lang=" + rep.language() + " main=" + rep.mainSubject());
    for (SentenceReport s : rep.sentences()) {
      System.out.println("\n" + s.position() + " [" + s.rollup() + "] " + s.sentence().text());
      for (ClaimReport c : s.claims()) {
        var cl = c.claim();
        System.out.println("  " + cl.kind() + " cue=" + cl.cue() + " subj=" + cl.subject().text() + (cl.subjectReference()!=null?"("+cl.subjectReference()+")":"") + " obj=" + cl.objects().stream().map(m->m.text()).toList() + " bench=" + cl.benchmarks().stream().map(m->m.text()).toList() + (cl.benchmarksFromContext()?"(ctx)":"") + " val=" + cl.value() + " neg=" + cl.negated() + " claimant=" + cl.attribution().claimant() + " hedged=" + cl.attribution().hedged());
        for (Check k : c.checks()) {
          System.out.println("    " + k.verdict() + " " + k.reason() + " | " + k.atom().subject().text() + " vs " + (k.atom().object()==null?"-":k.atom().object().text()) + " on " + (k.atom().benchmark()==null?"-":k.atom().benchmark().text()) + " | asOf " + k.asOf().date() + " " + k.asOf().basis());
          System.out.println("       " + k.explanation());
          if (k.subject()!=null && !k.subject().method().equals("alias")) System.out.println("       subj: " + k.subject().reason() + " " + k.subject().candidates());
          if (k.object()!=null && !k.object().method().equals("alias")) System.out.println("       obj: " + k.object().reason() + " " + k.object().candidates());
          if (k.benchmark()!=null) System.out.println("       bench: " + k.benchmark().reason());
          for (var e : k.later()) System.out.println("       later: " + e.subject().model() + " " + e.subject().value() + " vs " + (e.other()==null?"":e.other().model()+" "+e.other().value()) + " " + e.outcome() + " " + e.subject().published());
          for (var e : k.vendor()) System.out.println("       vendor: " + e.subject().model() + " " + e.subject().value() + " " + e.outcome());
        }
      }
    }
  }
}
