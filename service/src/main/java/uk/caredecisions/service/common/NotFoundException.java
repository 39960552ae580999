package uk.caredecisions.service.common;

/** A path names a version, table, scenario or decision type that does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
