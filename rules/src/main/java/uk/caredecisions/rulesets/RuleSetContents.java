package uk.caredecisions.rulesets;

import java.util.List;
import java.util.Map;

/** What a rule set is made of, as the table checks see it: the law's DRL (path to text) and every table read from its workbooks. */
public record RuleSetContents(Map<String, String> lawDrl, List<DecisionTable> tables) {}
