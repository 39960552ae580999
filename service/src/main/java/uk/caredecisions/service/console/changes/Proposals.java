package uk.caredecisions.service.console.changes;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.util.WebUtils;

/** A practice lead's proposals in their session: the newest few, so abandoned uploads do not pile up. */
final class Proposals {

    static final int KEPT = 5;
    private static final String ATTRIBUTE = Proposals.class.getName();

    private Proposals() {}

    static void keep(HttpSession session, Proposal proposal) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Map<String, Proposal> kept = kept(session);
            kept.put(proposal.id(), proposal);
            while (kept.size() > KEPT) {
                kept.remove(kept.keySet().iterator().next());
            }
            session.setAttribute(ATTRIBUTE, kept);
        }
    }

    static Optional<Proposal> find(HttpSession session, String id) {
        synchronized (WebUtils.getSessionMutex(session)) {
            return Optional.ofNullable(kept(session).get(id));
        }
    }

    static void forget(HttpSession session, String id) {
        synchronized (WebUtils.getSessionMutex(session)) {
            Map<String, Proposal> kept = kept(session);
            kept.remove(id);
            session.setAttribute(ATTRIBUTE, kept);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Proposal> kept(HttpSession session) {
        Object value = session.getAttribute(ATTRIBUTE);
        return value instanceof Map<?, ?> m ? (Map<String, Proposal>) m : new LinkedHashMap<>();
    }
}
