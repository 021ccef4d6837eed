package eu.leadercoop.reports.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Where the site is, as this request reached it: links in PDFs and the open-data file point there. */
final class Site {

    private Site() {
    }

    static String url() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
