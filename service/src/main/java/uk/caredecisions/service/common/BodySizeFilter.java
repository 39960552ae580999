package uk.caredecisions.service.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.caredecisions.common.FieldError;

/**
 * Refuses request bodies over the limit with a 413 problem: at once when Content-Length says so,
 * and while reading when the body is chunked. Bulk endpoints (batch, scenario runs, rule-set and
 * scenario-workbook uploads) have a larger limit than single decisions, and the waiting list, read
 * as a stream, a larger one still.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BodySizeFilter extends OncePerRequestFilter {

    private final ServiceProperties properties;
    private final ObjectMapper mapper;

    BodySizeFilter(ServiceProperties properties, ObjectMapper mapper) {
        this.properties = properties;
        this.mapper = mapper;
    }

    static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Console forms are read by Tomcat within {@code spring.servlet.multipart}'s limits (and its
     * form-post limit), never through this filter's wrapper; one over them is answered as a page,
     * not a problem (console.OversizedUploads).
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/console/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        boolean bulk = path.endsWith("/batch") || path.startsWith("/v1/scenarios")
                || path.startsWith("/v1/rulesets") || path.startsWith("/console/changes") || path.equals("/console/scenarios/workbook");
        long limit = path.startsWith("/v1/waiting-list") ? properties.maxWaitingListBodyBytes()
                : bulk ? properties.maxBulkBodyBytes() : properties.maxBodyBytes();
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            mapper.writeValue(response.getOutputStream(), Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "Body too large",
                    "The request body is larger than the " + limit + " bytes this endpoint accepts.",
                    List.of(new FieldError("$", "Body too large."))));
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > limit) {
                        throw new PayloadTooLargeException();
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = in.read(buffer, off, len);
                    if (n > 0 && (read += n) > limit) {
                        throw new PayloadTooLargeException();
                    }
                    return n;
                }

                @Override public boolean isFinished() { return in.isFinished(); }
                @Override public boolean isReady() { return in.isReady(); }
                @Override public void setReadListener(ReadListener listener) { in.setReadListener(listener); }
            };
        }
    }
}
