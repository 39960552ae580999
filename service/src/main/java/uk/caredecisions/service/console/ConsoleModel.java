package uk.caredecisions.service.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's layout shows: the council's name and the service's. */
@ControllerAdvice(basePackages = "uk.caredecisions.service.console")
class ConsoleModel {

    private final ConsoleProperties properties;

    ConsoleModel(ConsoleProperties properties) {
        this.properties = properties;
    }

    @ModelAttribute("councilName")
    String councilName() {
        return properties.councilName();
    }

    /** Which part of the console a page belongs to, so the navigation marks it. */
    @ModelAttribute("section")
    String section(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/console/rulesets")) {
            return "rulesets";
        }
        if (path.startsWith("/console/scenarios")) {
            return "scenarios";
        }
        if (path.startsWith("/console/reports")) {
            return "reports";
        }
        return path.startsWith("/console/changes") ? "changes" : "";
    }

    @ModelAttribute("serviceName")
    String serviceName() {
        return ConsoleProperties.SERVICE_NAME;
    }
}
