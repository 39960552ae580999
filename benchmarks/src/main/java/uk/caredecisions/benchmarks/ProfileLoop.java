package uk.caredecisions.benchmarks;

import java.util.function.Supplier;

/**
 * A plain loop over one benchmark body, for a profiler to watch (JFR or jcmd), since JMH's forks
 * are awkward to attach to. Not a measurement: the figures come from JMH.
 * {@code java -XX:StartFlightRecording=duration=30s,filename=adult.jfr,settings=profile
 *  -cp benchmarks.jar uk.caredecisions.benchmarks.ProfileLoop adultEligibility 20}
 */
public final class ProfileLoop {

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "adultEligibility";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        EligibilityBenchmark bench = new EligibilityBenchmark();
        bench.setUp();
        Supplier<Object> body = switch (which) {
            case "adultEligibility" -> bench::adultEligibility;
            case "carerEligibility" -> bench::carerEligibility;
            case "camundaDmnReg2" -> bench::camundaDmnReg2;
            case "kieDmnReg2" -> bench::kieDmnReg2;
            case "plainJavaReg2" -> bench::plainJavaReg2;
            default -> throw new IllegalArgumentException(which);
        };
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long count = 0;
        long windowStart = System.nanoTime();
        long windowCount = 0;
        while (System.nanoTime() < end) {
            for (int i = 0; i < 100; i++) {
                body.get();
            }
            count += 100;
            windowCount += 100;
            long now = System.nanoTime();
            if (now - windowStart > 2_000_000_000L) {
                System.out.printf("%s: %,.0f/s%n", which, windowCount * 1e9 / (now - windowStart));
                windowStart = now;
                windowCount = 0;
            }
        }
        System.out.printf("%s: %,d calls in %d s%n", which, count, seconds);
    }
}
