package uk.caredecisions.service.decisions;

/** Told of every decision made (single, batch item or waiting list); must return at once. */
public interface DecisionListener {
    void decided(DecisionRecorded decision);

    /** The signed-in client's name on the request thread, or "anonymous". */
    static String client() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null ? "anonymous" : auth.getName();
    }
}
