package uk.caredecisions.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import uk.caredecisions.common.TriState;
import uk.caredecisions.eligibility.AdultEligibilityRequest;
import uk.caredecisions.eligibility.AdultOutcome;
import uk.caredecisions.eligibility.CarerEligibilityRequest;
import uk.caredecisions.eligibility.CarerOutcome;
import uk.caredecisions.eligibility.OutcomeDifficulty;

/**
 * The inputs every implementation of the determination is checked on and timed with: every
 * combination of the tri-state conditions with outcome patterns on both sides of the "two or more"
 * threshold, each limb on its own, plus seeded random cases. Deterministic, so runs compare.
 */
public final class SharedInputs {

    private static final OutcomeDifficulty UNABLE = new OutcomeDifficulty(true, null, null, null);
    private static final OutcomeDifficulty PAIN = new OutcomeDifficulty(false, true, false, false);
    private static final OutcomeDifficulty DANGER = new OutcomeDifficulty(null, null, true, null);
    private static final OutcomeDifficulty LONGER = new OutcomeDifficulty(false, false, false, true);
    private static final OutcomeDifficulty NOTHING = new OutcomeDifficulty(false, false, false, false);
    private static final List<OutcomeDifficulty> LIMBS = List.of(UNABLE, PAIN, DANGER, LONGER);

    private SharedInputs() {}

    public static List<AdultEligibilityRequest> adults() {
        List<Map<AdultOutcome, OutcomeDifficulty>> patterns = new ArrayList<>();
        patterns.add(Map.of());
        patterns.add(Map.of(AdultOutcome.NUTRITION, NOTHING));
        for (OutcomeDifficulty limb : LIMBS) {
            patterns.add(Map.of(AdultOutcome.TOILET_NEEDS, limb));
            patterns.add(Map.of(AdultOutcome.NUTRITION, limb, AdultOutcome.CARING_FOR_A_CHILD, limb));
        }
        patterns.add(Map.of(AdultOutcome.PERSONAL_HYGIENE, UNABLE, AdultOutcome.HABITABLE_HOME, PAIN, AdultOutcome.USING_HOME_SAFELY, DANGER));
        Map<AdultOutcome, OutcomeDifficulty> all = new EnumMap<>(AdultOutcome.class);
        for (AdultOutcome o : AdultOutcome.values()) {
            all.put(o, LIMBS.get(o.ordinal() % LIMBS.size()));
        }
        patterns.add(all);

        List<AdultEligibilityRequest> out = new ArrayList<>();
        int n = 0;
        for (TriState impairment : TriState.values()) {
            for (TriState impact : TriState.values()) {
                for (Map<AdultOutcome, OutcomeDifficulty> outcomes : patterns) {
                    TriState fluctuate = TriState.values()[n % 3];
                    Integer days = period(fluctuate, n % 4 == 0 ? null : 7 * (n % 9));
                    out.add(new AdultEligibilityRequest("BENCH-A-" + n++, null, impairment, outcomes, impact, null, null, fluctuate, days));
                }
            }
        }
        Random random = new Random(20151);
        for (int i = 0; i < 100; i++) {
            Map<AdultOutcome, OutcomeDifficulty> outcomes = new EnumMap<>(AdultOutcome.class);
            for (AdultOutcome o : AdultOutcome.values()) {
                if (random.nextInt(4) == 0) {
                    outcomes.put(o, random.nextBoolean() ? LIMBS.get(random.nextInt(4)) : NOTHING);
                }
            }
            TriState impairment = pick(random);
            TriState impact = pick(random);
            TriState fluctuate = pick(random);
            out.add(new AdultEligibilityRequest("BENCH-A-" + n++, null, impairment, outcomes, impact, null, null,
                    fluctuate, period(fluctuate, random.nextBoolean() ? null : random.nextInt(120))));
        }
        return List.copyOf(out);
    }

    public static List<CarerEligibilityRequest> carers() {
        List<Map<CarerOutcome, OutcomeDifficulty>> patterns = List.of(Map.of(),
                Map.of(CarerOutcome.NUTRITION, UNABLE), Map.of(CarerOutcome.CARING_FOR_OTHERS, LONGER),
                Map.of(CarerOutcome.HABITABLE_HOME, PAIN, CarerOutcome.RECREATIONAL_ACTIVITIES, DANGER));
        List<CarerEligibilityRequest> out = new ArrayList<>();
        int n = 0;
        for (TriState care : TriState.values()) {
            for (TriState health : TriState.values()) {
                for (TriState impact : TriState.values()) {
                    for (Map<CarerOutcome, OutcomeDifficulty> outcomes : patterns) {
                        TriState fluctuate = TriState.values()[n % 3];
                        out.add(new CarerEligibilityRequest("BENCH-C-" + n++, null, care, health, outcomes, impact, fluctuate,
                                period(fluctuate, n % 4 == 0 ? null : 7 * (n % 9))));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * The peers (plain Java, the DMN models) decide reg 2(1) only, not reg 2(4): since rule set 2026.12.2 a
     * fluctuation period under the local 28-day minimum can make our answer INSUFFICIENT_INFORMATION, so
     * fluctuating inputs are given a period the peers also decide on (at least 28 days).
     */
    private static Integer period(TriState fluctuate, Integer days) {
        if (fluctuate != TriState.YES) {
            return days;
        }
        return 28 + (days == null ? 0 : days);
    }

    private static TriState pick(Random random) {
        int r = random.nextInt(10);
        return r < 6 ? TriState.YES : r < 9 ? TriState.NO : TriState.UNKNOWN;
    }
}
