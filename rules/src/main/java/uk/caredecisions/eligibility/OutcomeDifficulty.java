package uk.caredecisions.eligibility;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What the assessment found for one outcome: the limbs of "unable to achieve". Each limb left out
 * is false; an outcome with no limb true is one the person can achieve.
 */
public record OutcomeDifficulty(
        @Schema(description = "Unable to achieve it without assistance, including needing prompting (reg 2(3)(a), 3(3)(a)).")
        Boolean unableWithoutAssistance,
        @Schema(description = "Able to, but doing so causes significant pain, distress or anxiety (reg 2(3)(b), 3(3)(b)).")
        Boolean significantPainDistressOrAnxiety,
        @Schema(description = "Able to, but doing so endangers or is likely to endanger the health or safety of the person or others (reg 2(3)(c), 3(3)(c)).")
        Boolean endangersHealthOrSafety,
        @Schema(description = "Able to, but it takes significantly longer than normal (reg 2(3)(d), adults only: carers have no such limb).")
        Boolean takesSignificantlyLonger) {

    public static final OutcomeDifficulty NONE = new OutcomeDifficulty(false, false, false, false);
}
