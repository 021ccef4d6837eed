package eu.leadercoop.reports.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Lays out an HTML document as a PDF with openhtmltopdf. Every glyph comes from DejaVu Sans, shipped in
 * {@code reports/fonts} and embedded (as subsets) in each PDF, so Estonian and Polish letters print and
 * extract as text on any machine. Links are kept only when they lead to a web page, an e-mail address or a
 * phone number: a {@code javascript:} or {@code file:} link that a source smuggled into a record becomes
 * plain text.
 */
@Component
public class HtmlToPdf {

    /** The family name print.css asks for. */
    static final String FONT_FAMILY = "DejaVu Sans";

    private static final Pattern SAFE_LINK = Pattern.compile("^(https?:|mailto:|tel:|#).*", Pattern.CASE_INSENSITIVE);

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private final byte[] regular = font("DejaVuSans.ttf");
    private final byte[] bold = font("DejaVuSans-Bold.ttf");

    /** Writes {@code html} as a PDF to {@code out}; {@code baseUri} resolves relative references. */
    public void write(String html, String baseUri, OutputStream out) throws IOException {
        Document document = Jsoup.parse(html, baseUri);
        dropUnsafeLinks(document);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withProducer("LeaderCoop");
        builder.withW3cDocument(new W3CDom().fromJsoup(document), baseUri);
        builder.toStream(out);
        builder.run();
    }

    private static void dropUnsafeLinks(Document document) {
        for (Element link : document.select("a[href]")) {
            if (!SAFE_LINK.matcher(link.attr("href").strip().toLowerCase(Locale.ROOT)).matches()) {
                link.removeAttr("href");
            }
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = HtmlToPdf.class.getResourceAsStream("/reports/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the report font reports/fonts/" + file + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
