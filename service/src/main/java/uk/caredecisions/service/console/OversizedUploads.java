package uk.caredecisions.service.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A console form sent with a file over the upload limit ({@code spring.servlet.multipart}) cannot
 * be read at all, not even its CSRF token, so no page could answer it. It is sent back instead:
 * the change form or the scenario workbook form again with an error summary saying the file is too big, or for any other console
 * form the console's page saying so. Nothing is read from the upload and nothing is changed. Runs
 * before Spring Security (whose CSRF check would otherwise call the form stale) and after the
 * request's character encoding is set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class OversizedUploads extends OncePerRequestFilter {

    static final String HEADING = "The file is too big";
    static final String DETAIL = "The files sent are larger than the service accepts: each workbook must be smaller than 2 MB. "
            + "Nothing was changed. Go back and choose smaller or fewer files.";
    /** The change form, shown again with the error, for {@code POST /console/changes}. */
    static final String CHANGE_FORM = "/console/changes/new?too-large";
    /** The scenario workbook form, shown again with the error, for {@code POST /console/scenarios/workbook}. */
    static final String SCENARIO_WORKBOOK_FORM = "/console/scenarios/workbook?too-large";
    /** Any other console form: the console's page saying the file is too big. */
    static final String TOO_LARGE_PAGE = "/console/too-large";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !path.startsWith("/console/")
                || request.getContentType() == null || !request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IllegalStateException e) {
            // Another failure to read the parts is left to the page's own handling (an error page).
            if (tooLarge(e)) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                // 303: the browser fetches the page with GET, and nothing of the refused form is sent again.
                response.setStatus(HttpStatus.SEE_OTHER.value());
                String back = switch (path) {
                    case "/console/changes" -> CHANGE_FORM;
                    case "/console/scenarios/workbook" -> SCENARIO_WORKBOOK_FORM;
                    default -> TOO_LARGE_PAGE;
                };
                response.setHeader("Location", request.getContextPath() + back);
                return;
            }
        } catch (ServletException | IOException e) {
            // Not readable as multipart: the page's own handling (an error page) answers it.
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SizeException) {
                return true;
            }
        }
        return false;
    }
}
