package uk.caredecisions.common;

/** A body that is not well-formed JSON, read by our own parser rather than the web layer's: where it breaks. */
public final class MalformedJsonException extends RuntimeException {

    private final long line;
    private final long column;

    public MalformedJsonException(long line, long column, Throwable cause) {
        super("Malformed JSON at line " + line + ", column " + column + ".", cause);
        this.line = line;
        this.column = column;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }
}
