package eu.leadercoop.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Query and form parameters are read once, before anything else does, and a request whose parameters cannot be
 * decoded ({@code ?lang=%ZZ}: Tomcat throws on the first {@code getParameter}) or hold a NUL character (which
 * PostgreSQL cannot store) is answered with 400 naming the parameter, and logged in one line at DEBUG: a
 * client's mistake is not a server error, and used to log a stack trace at ERROR on every such request.
 * Multipart bodies are left to the multipart resolver and its own error handling.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
public class ParameterCheck extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ParameterCheck.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            Map<String, String[]> parameters;
            try {
                parameters = request.getParameterMap();
            } catch (IllegalStateException | IllegalArgumentException e) {
                // org.apache.tomcat.util.http.InvalidParameterException and its kind: the request's own fault
                LOG.debug("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
                refuse(request, response, "", "The request's parameters are not valid percent-encoded UTF-8.");
                return;
            }
            for (Map.Entry<String, String[]> p : parameters.entrySet()) {
                boolean nul = p.getKey().indexOf('\0') >= 0;
                for (String value : p.getValue()) {
                    nul |= value != null && value.indexOf('\0') >= 0;
                }
                if (nul) {
                    String name = p.getKey().replace("\0", "");
                    LOG.debug("Refused {} {}: NUL in parameter {}", request.getMethod(), request.getRequestURI(), name);
                    refuse(request, response, name, "The parameter " + name + " contains a NUL character (U+0000).");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String field, String detail)
            throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Invalid input\",\"status\":400,\"detail\":\""
                    + json(detail) + "\",\"errors\":[{\"field\":\"" + json(field) + "\",\"code\":\"unreadable\",\"message\":\""
                    + json(detail) + "\"}]}");
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(detail);
        }
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
