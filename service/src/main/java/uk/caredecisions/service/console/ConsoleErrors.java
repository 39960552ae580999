package uk.caredecisions.service.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uk.caredecisions.service.common.NotFoundException;

/**
 * Errors on console pages as GOV.UK-styled pages, not the API's problem JSON: ahead of the
 * service's problem handler, for the console's controllers only. Nothing from the request is echoed.
 */
@ControllerAdvice(basePackages = "uk.caredecisions.service.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleErrors.class);

    private final ConsoleProperties properties;

    ConsoleErrors(ConsoleProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(Exception e) {
        return page(HttpStatus.NOT_FOUND, "Page not found",
                e instanceof NotFoundException ? e.getMessage() : "There is nothing at this address.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(Exception e) {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, OversizedUploads.HEADING, OversizedUploads.DETAIL);
    }

    @ExceptionHandler(MultipartException.class)
    ModelAndView unreadable(Exception e) {
        return page(HttpStatus.BAD_REQUEST, "The upload could not be read", "Choose the workbooks again and send them.");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        // The class only: a message or stack trace can carry request values.
        LOG.error("Console page failed: {}", e.getClass().getName());
        LOG.debug("Console page failed", e);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "Sorry, there is a problem with the service",
                "The page could not be shown. It has been logged; try again later.");
    }

    /** The model attributes of {@link ConsoleModel} are not applied to exception handlers' views: the layout's are set here. */
    ModelAndView page(HttpStatus status, String heading, String detail) {
        ModelAndView page = new ModelAndView("console/error", status);
        page.addObject("councilName", properties.councilName());
        page.addObject("serviceName", ConsoleProperties.SERVICE_NAME);
        page.addObject("section", "");
        page.addObject("heading", heading);
        page.addObject("detail", detail);
        return page;
    }
}
