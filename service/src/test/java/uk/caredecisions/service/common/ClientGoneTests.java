package uk.caredecisions.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;

/**
 * A case system that hangs up while its answer is being written (a load test ending, a timeout on
 * its side) was logged as "ERROR Unexpected failure": an alarm for nothing wrong here.
 */
class ClientGoneTests {

    @Test
    void aClientThatHangsUpIsNotLoggedAsAnUnexpectedFailure() throws Exception {
        AsyncRequestNotUsableException gone = new AsyncRequestNotUsableException("Response not usable", new IOException("Broken pipe"));
        var method = new ExceptionHandlerMethodResolver(ProblemHandler.class).resolveMethodByThrowable(gone);
        assertThat(method.getName()).isEqualTo("clientGone");

        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger(ProblemHandler.class);
        logger.addAppender(log);
        try {
            method.setAccessible(true);
            method.invoke(new ProblemHandler(), gone);
        } finally {
            logger.detachAppender(log);
        }
        assertThat(log.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    }
}
