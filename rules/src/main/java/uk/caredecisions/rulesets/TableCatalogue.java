package uk.caredecisions.rulesets;

import java.util.List;
import java.util.Map;

/**
 * A decision area's approved tables: table name to its columns. Each area lists its catalogue in
 * {@code META-INF/services/uk.caredecisions.rulesets.TableCatalogue}.
 */
public interface TableCatalogue {
    Map<String, List<WorkbookWriter.Column>> tables();
}
