package uk.caredecisions.service;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Care Act decision service: eligibility, safeguarding and triage decisions over HTTP. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DecisionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(DecisionServiceApplication.class, args);
    }
}
