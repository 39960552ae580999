package uk.caredecisions.service.common;

import java.io.IOException;

/** A request body went over the endpoint's limit while being read. */
public class PayloadTooLargeException extends IOException {
    public PayloadTooLargeException() {
        super("Request body too large");
    }
}
