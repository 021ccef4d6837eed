package eu.leadercoop.partners.web;

import eu.leadercoop.accounts.CurrentUser;
import eu.leadercoop.partners.DirectoryImport;
import eu.leadercoop.registry.NotPermittedException;
import eu.leadercoop.registry.RecordGuard;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /organisations/import}: a network administrator uploads a national list (CSV or XLSX), sees what
 * each row would do, and confirms. The uploaded file waits in the session between preview and confirmation
 * (one at a time), so the confirmation imports exactly what was previewed.
 */
@Controller
class DirectoryImportPages {

    private static final String VIEW = "partners/import";
    private static final String PENDING = DirectoryImportPages.class.getName() + ".pending";

    /** The previewed file waiting for confirmation. */
    private record Pending(String token, String fileName, byte[] content) implements java.io.Serializable {
    }

    private final DirectoryImport imports;
    private final RecordGuard guard;
    private final CurrentUser users;

    DirectoryImportPages(DirectoryImport imports, RecordGuard guard, CurrentUser users) {
        this.imports = imports;
        this.guard = guard;
        this.users = users;
    }

    @GetMapping("/organisations/import")
    String form() {
        return refusal().orElse(VIEW);
    }

    @PostMapping("/organisations/import")
    String preview(@RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpSession session,
            HttpServletResponse response) throws IOException {
        Optional<String> refusal = refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "partners.import.no_file");
            return VIEW;
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "list.csv" : file.getOriginalFilename();
        byte[] content = file.getBytes();
        DirectoryImport.Preview preview = imports.preview(name, content);
        model.addAttribute("preview", preview);
        if (preview.importable()) {
            Pending pending = new Pending(UUID.randomUUID().toString(), name, content);
            session.setAttribute(PENDING, pending);
            model.addAttribute("token", pending.token());
        } else {
            session.removeAttribute(PENDING);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return VIEW;
    }

    @PostMapping("/organisations/import/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, Model model, HttpSession session, RedirectAttributes redirect,
            HttpServletResponse response) {
        Optional<String> refusal = refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (!(session.getAttribute(PENDING) instanceof Pending pending) || !pending.token().equals(token)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "partners.import.expired");
            return VIEW;
        }
        session.removeAttribute(PENDING);
        try {
            redirect.addFlashAttribute("imported", imports.importFile(pending.fileName(), pending.content()));
            return "redirect:/organisations/import";
        } catch (DirectoryImport.InvalidListException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("preview", e.preview());
            return VIEW;
        }
    }

    /** Readers who are not signed in are sent to sign in; signed-in users who are no administrators get a 403. */
    private Optional<String> refusal() {
        if (users.actor().isEmpty()) {
            return Optional.of("redirect:/login");
        }
        if (!guard.mayManageOrganisations()) {
            throw new NotPermittedException("only network administrators import lists of organisations");
        }
        return Optional.empty();
    }
}
