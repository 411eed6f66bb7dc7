package io.fundregistry.adapter.http;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Collects every log event the server writes while it is open, to check what a request logged. */
final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    static LogCapture start() {
        return new LogCapture();
    }

    /** The events so far; the list is a copy, safe to read while the server logs. */
    List<ILoggingEvent> events() {
        synchronized (appender.list) {
            return List.copyOf(appender.list);
        }
    }

    List<ILoggingEvent> eventsOf(String loggerName) {
        return events().stream()
                .filter(event -> event.getLoggerName().equals(loggerName))
                .toList();
    }

    List<ILoggingEvent> eventsWithRequestId(String requestId) {
        return events().stream()
                .filter(event -> requestId.equals(event.getMDCPropertyMap().get(RequestIds.MDC_KEY)))
                .toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
