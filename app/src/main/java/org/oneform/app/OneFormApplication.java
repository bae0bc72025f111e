package org.oneform.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** OneForm (基层一张表): the Spring Boot application that wires forms and sync and serves the UI and APIs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OneFormApplication {

    public static void main(String[] args) {
        SpringApplication.run(OneFormApplication.class, args);
    }
}
