package eu.leadercoop.registry.web;

import java.util.List;
import org.springframework.data.domain.Page;

/** A page of API results with stable field names, whatever Spring Data's own page type looks like. */
record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static <T> PageOf<T> of(Page<T> page) {
        return new PageOf<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
