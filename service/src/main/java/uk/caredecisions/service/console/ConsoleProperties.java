package uk.caredecisions.service.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console's settings ({@code caredecisions.console.*}).
 *
 * @param councilName shown in every page's header and footer: the console is the council's service, not GOV.UK's
 */
@ConfigurationProperties(prefix = "caredecisions.console")
public record ConsoleProperties(@DefaultValue("Your council") String councilName) {

    /** The service's own name, beside the council's. */
    public static final String SERVICE_NAME = "Care decisions";
}
