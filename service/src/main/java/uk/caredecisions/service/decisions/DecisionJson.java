package uk.caredecisions.service.decisions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import uk.caredecisions.common.Decision;
import uk.caredecisions.waitinglist.WaitingListResult;

/**
 * A decision's answer is written as JSON once, on the request thread, and the same bytes are both
 * the HTTP response and the decision's receipt (they were written twice, once for each). As the
 * converter of every decision and waiting list answered over HTTP, it sends the bytes kept for that
 * very answer, else writes them with the same mapper.
 */
@Component
public class DecisionJson extends AbstractHttpMessageConverter<Object> {

    private static final String WRITTEN = DecisionJson.class.getName() + ".written";

    private record Written(Object answer, byte[] json) {}

    private final ObjectMapper json;

    public DecisionJson(ObjectMapper json) {
        super(MediaType.APPLICATION_JSON);
        this.json = json;
    }

    /** The answer's JSON (a decision or a waiting list), kept for this request's response if there is one. */
    public byte[] write(Object answer) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A decision could not be written as JSON", e);
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(WRITTEN, new Written(answer, bytes), RequestAttributes.SCOPE_REQUEST);
        }
        return bytes;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Decision.class.isAssignableFrom(type) || WaitingListResult.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("A decision is an answer, not a request", input);
    }

    @Override
    protected void writeInternal(Object answer, HttpOutputMessage output) throws IOException {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object kept = request == null ? null : request.getAttribute(WRITTEN, RequestAttributes.SCOPE_REQUEST);
        byte[] bytes = kept instanceof Written w && w.answer() == answer ? w.json() : json.writeValueAsBytes(answer);
        output.getHeaders().setContentLength(bytes.length);
        output.getBody().write(bytes);
    }
}
