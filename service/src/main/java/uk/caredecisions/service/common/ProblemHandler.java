package uk.caredecisions.service.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import uk.caredecisions.calendar.CalendarNotCoveredException;
import uk.caredecisions.common.FieldError;
import uk.caredecisions.common.InvalidRequestException;
import uk.caredecisions.common.MalformedJsonException;
import uk.caredecisions.engine.RuleSetException;

/**
 * Every error as an RFC 9457 problem naming the bad fields. {@code detail} is safe to show a
 * worker: no stack trace and nothing from the request body.
 */
@RestControllerAdvice
class ProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return Problems.invalid(e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), List.of());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage(), e.errors());
    }

    @ExceptionHandler(NoRuleSetInForceException.class)
    ProblemDetail noRuleSet(NoRuleSetInForceException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "no-rule-set", "No rule set in force", e.getMessage(),
                List.of(new FieldError("asOf", e.getMessage())));
    }

    @ExceptionHandler(StoreUnavailableException.class)
    ProblemDetail storeUnavailable(StoreUnavailableException e) {
        LOG.warn("Rule-set store unreachable: {}", e.getMessage());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Rule-set store unavailable",
                "The rule-set store cannot be reached, so nothing can be staged, approved or activated now; nothing was changed. "
                        + "Decisions go on under the rule sets already loaded. Try again shortly.", List.of());
    }

    @ExceptionHandler(BusyException.class)
    org.springframework.http.ResponseEntity<ProblemDetail> busy(BusyException e) {
        return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(org.springframework.http.HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Busy", e.getMessage(), List.of()));
    }

    @ExceptionHandler(RuleSetUnavailableException.class)
    ProblemDetail unavailable(RuleSetUnavailableException e) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "rule-set-unavailable", "Rule set unavailable", e.getMessage(),
                List.of(new FieldError("asOf", e.getMessage())));
    }

    @ExceptionHandler(CalendarNotCoveredException.class)
    ProblemDetail calendarNotCovered(CalendarNotCoveredException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "calendar-not-covered", "Deadline past the bank-holiday calendar", e.getMessage(), List.of());
    }

    @ExceptionHandler(RuleSetException.class)
    ProblemDetail ruleSet(RuleSetException e) {
        List<FieldError> errors = e.problems().stream().map(p -> new FieldError(p.location(), p.message())).toList();
        return Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-rule-set", "Invalid rule set",
                "The rule set cannot be used: " + errors.size() + " problem(s).", errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (BodySizeFilter.tooLarge(e)) {
            return tooLarge();
        }
        String where = "";
        if (e.getCause() instanceof JsonProcessingException json && json.getLocation() != null) {
            where = " at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr();
        }
        return malformed(where);
    }

    /** The same for a body read as a stream by our own parser (the waiting list). */
    @ExceptionHandler(MalformedJsonException.class)
    ProblemDetail malformed(MalformedJsonException e) {
        return malformed(" at line " + e.line() + ", column " + e.column());
    }

    private static ProblemDetail malformed(String where) {
        return Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                "The body is not well-formed JSON" + where + ".", List.of(new FieldError("$", "Malformed JSON" + where + ".")));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ProblemDetail tooLarge(PayloadTooLargeException e) {
        return tooLarge();
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class})
    ProblemDetail uploadTooLarge(Exception e) {
        return tooLarge();
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-upload", "Invalid upload", "The upload could not be read as multipart form data.",
                List.of(new FieldError("$", "Send multipart/form-data with a boundary, each part named (workbooks, bundle, workbook, version...).")));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return Problems.invalid(List.of(new FieldError(e.getRequestPartName(), "Required: send the part '" + e.getRequestPartName() + "'.")));
    }

    private static ProblemDetail tooLarge() {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Body too large",
                "The request body is larger than this endpoint accepts.", List.of(new FieldError("$", "Body too large.")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail mediaType(HttpMediaTypeNotSupportedException e) {
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "Send the body as " + e.getSupportedMediaTypes() + ".", List.of(new FieldError("Content-Type", "Send " + e.getSupportedMediaTypes() + ".")));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return Problems.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable", "This endpoint answers in application/json.", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail method(HttpRequestMethodNotSupportedException e) {
        return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
                "Use " + e.getSupportedHttpMethods() + " here.", List.of());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ProblemDetail parameter(Exception e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : ((MissingServletRequestParameterException) e).getParameterName();
        return Problems.invalid(List.of(new FieldError(name, "Missing or not of the right type.")));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", "There is nothing at /" + e.getResourcePath() + ".", List.of());
    }

    /** The client hung up before its answer was written: nothing is wrong here, and there is no one to answer. */
    @ExceptionHandler(org.springframework.web.context.request.async.AsyncRequestNotUsableException.class)
    void clientGone(org.springframework.web.context.request.async.AsyncRequestNotUsableException e) {
        LOG.debug("A client hung up before its answer was written: {}", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        // The class and message only: a stack trace can carry request values, which may be personal data.
        LOG.error("Unexpected failure: {}", e.getClass().getName());
        LOG.debug("Unexpected failure", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The service could not complete this request. It has been logged.", List.of());
    }
}
