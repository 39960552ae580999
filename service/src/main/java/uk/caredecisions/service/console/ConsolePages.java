package uk.caredecisions.service.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The console's front door: sign-in, the start page, and the page a signed-in user without a console role sees. */
@Controller
class ConsolePages {

    @GetMapping("/")
    String root() {
        return "redirect:/console";
    }

    /** The form, again with an error after a failed sign-in ({@code ?error}, {@code ?throttled}) or a banner after signing out. */
    @GetMapping("/sign-in")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
                  @RequestParam(name = "signed-out", required = false) String signedOut, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("throttled", throttled != null);
        model.addAttribute("signedOut", signedOut != null);
        return "console/sign-in";
    }

    /** The start page; an auditor, who may open only the reports, starts there. */
    @GetMapping("/console")
    String home(Authentication user) {
        if (user != null && has(user, "ROLE_AUDITOR") && !has(user, "ROLE_PRACTICE_LEAD") && !has(user, "ROLE_TRAINER")) {
            return "redirect:/console/reports";
        }
        return "console/home";
    }

    /** Where a console form sent with a file over the upload limit is sent back to (see {@link OversizedUploads}). */
    @GetMapping(OversizedUploads.TOO_LARGE_PAGE)
    String tooLarge(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        model.addAttribute("heading", OversizedUploads.HEADING);
        model.addAttribute("detail", OversizedUploads.DETAIL);
        return "console/error";
    }

    private static boolean has(Authentication user, String role) {
        return user.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }

    /** Reached by a forward from Spring Security's access-denied handling; the status stays 403. */
    @RequestMapping("/console/forbidden")
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        // Set by the console's access-denied handler (common.SecurityConfig): a form sent with a missing or stale CSRF token.
        model.addAttribute("staleForm", "csrf".equals(request.getAttribute("caredecisions.console.refusal")));
        return "console/forbidden";
    }
}
