package eu.leadercoop;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port; {@link #connect} points the
 * application's mail sender at it. Use as {@code @RegisterExtension static MailServer mail = new MailServer();}.
 */
public class MailServer extends GreenMailExtension {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    public MailServer() {
        super(ServerSetupTest.SMTP.dynamicPort());
    }

    public void connect(JavaMailSender sender) {
        ((JavaMailSenderImpl) sender).setPort(getSmtp().getPort());
    }

    /** The first link in a message's text. */
    public static String link(MimeMessage message) {
        Matcher m = LINK.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(message).replace("=\r\n", ""));
        if (!m.find()) {
            throw new AssertionError("no link in the message");
        }
        return m.group();
    }
}
