package org.complaintsuite.console.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.complaintsuite.console.security.ConsoleUser;

/** The sign-in page, and where each role starts: the queue for those who work cases, the figures for operations. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Authentication authentication) {
        ConsoleUser user = ConsoleUser.of(authentication);
        return user.worksCases() ? "redirect:/queue" : user.readsMetrics() ? "redirect:/dashboard" : "redirect:/inbox";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
