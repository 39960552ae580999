package uk.caredecisions.service.common;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.caredecisions.common.FieldError;

/**
 * {@code /error}, where the servlet container sends errors raised outside Spring MVC, answers a
 * problem like every other error, never an HTML page; asked for directly it is simply not found.
 */
@RestController
@io.swagger.v3.oas.annotations.Hidden
class ErrorPage implements ErrorController {

    @RequestMapping(path = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        if (status == null || !status.isError()) {
            status = HttpStatus.NOT_FOUND;
        }
        String detail = switch (status) {
            case NOT_FOUND -> "There is nothing here.";
            case BAD_REQUEST -> "The request could not be read.";
            case PAYLOAD_TOO_LARGE -> "The request body is larger than this endpoint accepts.";
            default -> status.is5xxServerError() ? "The service could not complete this request. It has been logged." : status.getReasonPhrase() + ".";
        };
        ProblemDetail problem = Problems.of(status, status == HttpStatus.NOT_FOUND ? "not-found" : "http-" + status.value(),
                status.getReasonPhrase(), detail, List.of(new FieldError("path", detail)));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
