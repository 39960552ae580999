package uk.caredecisions.service.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors under {@code /console} that no console controller raised (an address nothing answers, a
 * method a page does not take, an upload refused before any controller ran) as the console's
 * GOV.UK error page, where {@link ConsoleErrors} cannot see them; everything else, {@code /v1/**}
 * included, goes on to the API's problem handler.
 */
@Component
class ConsolePathErrors implements HandlerExceptionResolver, Ordered {

    private final ConsoleErrors pages;

    ConsolePathErrors(ConsoleErrors pages) {
        this.pages = pages;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!(path.equals("/console") || path.startsWith("/console/")) || handler instanceof HandlerMethod) {
            return null;
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return pages.page(HttpStatus.NOT_FOUND, "Page not found",
                    "There is nothing at this address. If you typed it, check it is correct; if you followed a link, go to the start page.");
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return pages.page(HttpStatus.METHOD_NOT_ALLOWED, "Page not found",
                    "This address is not a page to open or a form to send this way. Go to the start page.");
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return pages.page(HttpStatus.PAYLOAD_TOO_LARGE, OversizedUploads.HEADING, OversizedUploads.DETAIL);
        }
        if (e instanceof MultipartException) {
            return pages.page(HttpStatus.BAD_REQUEST, "The upload could not be read", "Choose the files again and send them.");
        }
        return null;
    }

    /** After Spring Boot's error attributes (which only record the exception), before the API's problem handler. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
