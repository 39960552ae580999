package uk.caredecisions.service.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

    @GetMapping("/console")
    String home() {
        return "console/home";
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
