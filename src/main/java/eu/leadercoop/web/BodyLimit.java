package eu.leadercoop.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One size limit for every request body that is not a multipart upload, whatever its content type: the 20 MB
 * the importer reads per file. (Multipart uploads have the container's own limits, and the importer refuses a
 * file over 20 MB in words.) A body that says it is larger is refused with 413 before a byte of it is read; one
 * that does not say (chunked) is read through a counter that stops at the limit with {@link TooLarge}, which the
 * error handlers answer with 413 too. Without this a {@code text/plain} request to {@code /api/extract} was read
 * whole, however large.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class BodyLimit extends OncePerRequestFilter {

    /** The most a request body other than a multipart upload may have. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** A request body over {@link #MAX_BYTES}, found while reading it. */
    public static final class TooLarge extends IOException {
        TooLarge() {
            super(message());
        }
    }

    static String message() {
        return "The request body is larger than " + MAX_BYTES / (1024 * 1024) + " MB, the most this site reads.";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > MAX_BYTES) {
            refuse(request, response);
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Limited(request), response);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setHeader("Connection", "close");
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
                    + message() + "\",\"instance\":\"" + request.getRequestURI().replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\"}");
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(message());
        }
    }

    /** A request whose body is read through a counter. */
    static final class Limited extends HttpServletRequestWrapper {

        private ServletInputStream in;

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                in = new Counting(super.getInputStream());
            }
            return in;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private long count;

        Counting(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws TooLarge {
            count += n;
            if (count > MAX_BYTES) {
                throw new TooLarge();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
