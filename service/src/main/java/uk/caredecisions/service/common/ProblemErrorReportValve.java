package uk.caredecisions.service.common;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Errors Tomcat answers itself, before any servlet runs (a path it cannot decode such as
 * {@code /%00}, a malformed request line), as a short problem+json instead of Tomcat's HTML page,
 * which also named the server's version.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                String detail = status == 400 ? "The request could not be read: check the path and headers." : "The request could not be completed.";
                writer.write("{\"type\":\"https://caredecisions.uk/problems/http-" + status + "\",\"title\":\"HTTP " + status + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\",\"errors\":[{\"field\":\"path\",\"message\":\"" + detail + "\"}]}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response is committed: nothing more to say.
        }
    }

    /** Installs the valve on the embedded Tomcat's host. */
    @Component
    static final class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Host host = (Host) context.getParent();
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }
    }
}
