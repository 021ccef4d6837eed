package eu.leadercoop.importer.text;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The time limit of reading one document ({@link ReadLimits#timeLimit()}), checked where the work happens: in
 * the loops of our own readers, at every read of the parser's input and at every piece of text or element it
 * reports. A parser stuck in a loop that neither reads nor reports is not stopped by this, but every parser we
 * use does one or the other all the time.
 */
final class Deadline {

    private Deadline() {
    }

    static boolean passed(long deadline) {
        return System.nanoTime() - deadline > 0;
    }

    static void check(long deadline, String what) throws UnreadableDocumentException {
        if (passed(deadline)) {
            throw new UnreadableDocumentException(message(what));
        }
    }

    static String message(String what) {
        return "Reading the " + what + " took too long, so it was stopped; a project page is read in a second or two.";
    }

    /** Thrown through the parser when time is up; recognised by {@link #isTimeUp(Throwable)}. */
    static final class TimeUp extends SAXException {
        TimeUp() {
            super("time limit reached");
        }
    }

    static final class TimeUpIO extends IOException {
        TimeUpIO() {
            super("time limit reached");
        }
    }

    static boolean isTimeUp(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeUp || t instanceof TimeUpIO) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static ContentHandler handler(ContentHandler handler, long deadline) {
        return new ContentHandlerDecorator(handler) {
            @Override
            public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts)
                    throws SAXException {
                check();
                super.startElement(uri, localName, name, atts);
            }

            @Override
            public void characters(char[] ch, int start, int length) throws SAXException {
                check();
                super.characters(ch, start, length);
            }

            @Override
            public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
                check();
                super.ignorableWhitespace(ch, start, length);
            }

            private void check() throws SAXException {
                if (passed(deadline)) {
                    throw new TimeUp();
                }
            }
        };
    }

    static InputStream input(InputStream in, long deadline) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                check();
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                check();
                return super.read(b, off, len);
            }

            private void check() throws IOException {
                if (passed(deadline)) {
                    throw new TimeUpIO();
                }
            }
        };
    }
}
