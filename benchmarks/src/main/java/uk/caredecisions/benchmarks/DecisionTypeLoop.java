package uk.caredecisions.benchmarks;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import uk.caredecisions.common.RequestReader;
import uk.caredecisions.engine.DecisionContext;
import uk.caredecisions.engine.DecisionType;
import uk.caredecisions.engine.DecisionTypes;
import uk.caredecisions.engine.RuleSet;
import uk.caredecisions.engine.RuleSetBuilder;
import uk.caredecisions.engine.RuleSetSource;
/**
 * Each decision type, JSON in and JSON bytes out as {@code DecisionTypeBenchmark} does, on one thread:
 * 15 s of warm-up, then 10 s counted per second of the thread's CPU. For comparing two builds run one
 * after the other (JMH's short iterations are too noisy here for that):
 * {@code java -cp benchmarks.jar uk.caredecisions.benchmarks.DecisionTypeLoop <label>}
 */
public final class DecisionTypeLoop {
  public static void main(String[] a) throws Exception {
    RuleSet rs = new RuleSetBuilder().build(RuleSetSource.fromDirectory(Repo.tables()));
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    for (String type : new String[] {"adult-eligibility", "carer-eligibility", "safeguarding-concern", "triage"}) {
      DecisionType<?> dt = DecisionTypes.all().byPath(type).orElseThrow();
      JsonNode[] bodies = Bodies.forDecision(type).toArray(JsonNode[]::new);
      long warm = System.nanoTime() + 15_000_000_000L; int n = 0;
      while (System.nanoTime() < warm) { RequestReader.MAPPER.writeValueAsBytes(DecisionTypes.decide(dt, bodies[n++ % bodies.length], d -> DecisionContext.of(rs, d == null ? EligibilityBenchmark.AS_OF : d))); }
      long cpu = t.getCurrentThreadCpuTime(); long end = System.nanoTime() + 10_000_000_000L; n = 0;
      while (System.nanoTime() < end) { RequestReader.MAPPER.writeValueAsBytes(DecisionTypes.decide(dt, bodies[n++ % bodies.length], d -> DecisionContext.of(rs, d == null ? EligibilityBenchmark.AS_OF : d))); }
      System.out.printf("%s %s %,.0f per CPU-second (%,d/s)%n", a.length > 0 ? a[0] : "", type, n / ((t.getCurrentThreadCpuTime() - cpu) / 1e9), n / 10);
    }
  }
}
