package uk.caredecisions.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.caredecisions.common.FieldError;

/**
 * What the assessment found for one outcome: the limbs of "unable to achieve". Each limb left out
 * is false; an outcome with no limb true is one the person can achieve, unless it is marked not yet
 * assessed.
 */
public record OutcomeDifficulty(
        @Schema(description = "Unable to achieve it without assistance, including needing prompting (reg 2(3)(a), 3(3)(a)).")
        Boolean unableWithoutAssistance,
        @Schema(description = "Able to, but doing so causes significant pain, distress or anxiety (reg 2(3)(b), 3(3)(b)).")
        Boolean significantPainDistressOrAnxiety,
        @Schema(description = "Able to, but doing so endangers or is likely to endanger the health or safety of the person or others (reg 2(3)(c), 3(3)(c)).")
        Boolean endangersHealthOrSafety,
        @Schema(description = "Able to, but it takes significantly longer than normal (reg 2(3)(d), adults only: carers have no such limb).")
        Boolean takesSignificantlyLonger,
        @Schema(description = "True when this outcome has not yet been assessed (a half-finished assessment): the determination is "
                + "INSUFFICIENT_INFORMATION, naming it in missing, where it could change the answer, and decided where it could not. "
                + "An outcome left out of the request is one the person can achieve. Not allowed together with a limb.")
        Boolean notYetAssessed) {

    public static final OutcomeDifficulty NONE = new OutcomeDifficulty(false, false, false, false, false);

    /** The limbs only: an assessed outcome. */
    public OutcomeDifficulty(Boolean unableWithoutAssistance, Boolean significantPainDistressOrAnxiety, Boolean endangersHealthOrSafety,
            Boolean takesSignificantlyLonger) {
        this(unableWithoutAssistance, significantPainDistressOrAnxiety, endangersHealthOrSafety, takesSignificantlyLonger, null);
    }

    /** Marked not yet assessed, with no limb recorded. */
    public static final OutcomeDifficulty NOT_YET_ASSESSED = new OutcomeDifficulty(null, null, null, null, true);

    /** True when any limb of "unable to achieve" is recorded. */
    public boolean anyLimb() {
        return Boolean.TRUE.equals(unableWithoutAssistance) || Boolean.TRUE.equals(significantPainDistressOrAnxiety)
                || Boolean.TRUE.equals(endangersHealthOrSafety) || Boolean.TRUE.equals(takesSignificantlyLonger);
    }

    /** An outcome cannot be both not yet assessed and found unachievable: each such outcome, as a field error. */
    static List<FieldError> contradictions(Map<? extends Enum<?>, OutcomeDifficulty> outcomes) {
        List<FieldError> errors = new ArrayList<>();
        if (outcomes != null) {
            outcomes.forEach((outcome, d) -> {
                if (d != null && Boolean.TRUE.equals(d.notYetAssessed()) && d.anyLimb()) {
                    errors.add(new FieldError("outcomes." + outcome.name() + ".notYetAssessed",
                            "An outcome marked not yet assessed cannot also record a limb of 'unable to achieve'; send one or the other."));
                }
            });
        }
        return errors;
    }
}
