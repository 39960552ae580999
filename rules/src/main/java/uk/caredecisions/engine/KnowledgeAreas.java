package uk.caredecisions.engine;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;

/**
 * A rule set's knowledge bases: one per DRL package (a decision area: adult eligibility, carer
 * eligibility, safeguarding concerns, triage), since no rule of one area matches the facts of another.
 * A session of one area resets and matches against that area's rules only, not the whole rule set's
 * (10 to 30% of a decision's time, measured in benchmarks/).
 */
final class KnowledgeAreas {

    private KnowledgeAreas() {}

    /** The packages the DRL files declare, each an area. */
    static Set<String> of(Map<String, String> drlFiles) {
        Set<String> areas = new TreeSet<>();
        drlFiles.values().forEach(text -> areas.add(RuleSetBuilder.packageOf(text)));
        return areas;
    }

    /** The kmodule.xml that declares one knowledge base per area, named by its package. */
    static String kmodule(Set<String> areas) {
        KieModuleModel module = KieServices.Factory.get().newKieModuleModel();
        for (String area : areas) {
            module.newKieBaseModel(name(area)).addPackage(area);
        }
        return module.toXML();
    }

    /** The knowledge base's name, as the house style has it: {@code uk.caredecisions.eligibility.adult} is {@code eligibility-adultKB}. */
    static String name(String area) {
        return area.replaceFirst("^uk\\.caredecisions\\.", "").replace('.', '-') + "KB";
    }

    /** Each area's knowledge base from a container built with {@link #kmodule}. */
    static Map<String, KieBase> open(KieContainer container, Set<String> areas) {
        Map<String, KieBase> bases = new TreeMap<>();
        for (String area : areas) {
            bases.put(area, container.getKieBase(name(area)));
        }
        return Map.copyOf(bases);
    }
}
