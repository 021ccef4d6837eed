package eu.leadercoop.tracking.web;

import eu.leadercoop.tracking.Rates;
import eu.leadercoop.tracking.RatesFileException;
import eu.leadercoop.tracking.RatesImport;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /admin/rates}: which ECB rates LeaderCoop knows, and uploading a newer ECB file (eurofxref.csv,
 * eurofxref-hist.csv or their zip). A malformed file is refused with its line named and nothing stored.
 * Network administrators only ({@link Administrators}).
 */
@Controller
class RatesAdminPage {

    private final Rates rates;
    private final Administrators administrators;

    RatesAdminPage(Rates rates, Administrators administrators) {
        this.rates = rates;
        this.administrators = administrators;
    }

    @GetMapping("/admin/rates")
    String show(Model model) {
        return administrators.refusal().orElseGet(() -> page(model));
    }

    private String page(Model model) {
        model.addAttribute("last", rates.lastImport().orElse(null));
        model.addAttribute("coverage", rates.coverage());
        return "tracking/admin-rates";
    }

    @PostMapping("/admin/rates")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect,
            HttpServletResponse response) throws IOException {
        Optional<String> refusal = administrators.refusal();
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (file == null || file.isEmpty()) {
            return refused(model, response, "tracking.admin.rates.no_file", null);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
        try (InputStream in = file.getInputStream()) {
            RatesImport done = rates.importFile(name, in);
            redirect.addFlashAttribute("imported", done);
            return "redirect:/admin/rates";
        } catch (RatesFileException e) {
            return refused(model, response, "tracking.admin.rates.malformed", name + ": " + e.getMessage());
        }
    }

    private String refused(Model model, HttpServletResponse response, String message, String detail) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("error", message);
        model.addAttribute("errorDetail", detail);
        return page(model);
    }
}
