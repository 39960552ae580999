package uk.caredecisions.service.receipts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Decision receipts ({@code caredecisions.receipts.*}).
 *
 * @param enabled on by default: every decision is kept for audit and the statutory figures
 * @param retention how long a receipt is kept; older ones are purged (the chain still verifies)
 * @param queue receipts waiting to be written; past it a receipt is counted as lost and logged
 * @param batch the most written in one transaction
 * @param linger how long the writer waits for more receipts before writing a batch that is not
 *               full: one transaction per decision (at a case system's ordinary pace) cost more
 *               than the decision itself on a small machine
 */
@ConfigurationProperties(prefix = "caredecisions.receipts")
public record ReceiptsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2190d") Duration retention,
                                 @DefaultValue("100000") int queue, @DefaultValue("500") int batch,
                                 @DefaultValue("20ms") Duration linger) {}
