package eu.leadercoop.importer.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Hostile uploads built at test time, so that no large or dangerous file is kept in the repository: a Word
 * document whose {@code word/document.xml} unpacks to gigabytes from a couple of megabytes, one with
 * thousands of entries, and XML parts with an entity-expansion DTD ("billion laughs").
 */
public final class Bombs {

    private static final byte[] CONTENT_TYPES = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "</Types>").getBytes(StandardCharsets.UTF_8);
    private static final byte[] RELS = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "</Relationships>").getBytes(StandardCharsets.UTF_8);
    private static final String DOCUMENT_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
    private static final String DOCUMENT_TAIL = "</w:t></w:r></w:p></w:body></w:document>";

    private Bombs() {
    }

    /**
     * A valid .docx whose {@code word/document.xml} is one paragraph of {@code mebibytes} MiB of letters (2048:
     * 2 GiB), with honest sizes and CRC in its headers. The deflate stream is one compressed mebibyte repeated
     * (each ends with a full flush, so the copies are independent), which makes it in well under a second.
     */
    public static byte[] docx(int mebibytes) {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        byte[] head = DOCUMENT_HEAD.getBytes(StandardCharsets.UTF_8);
        byte[] tail = DOCUMENT_TAIL.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(9, true);
        byte[] headZ = deflate(deflater, head, Deflater.FULL_FLUSH);
        byte[] chunkZ = deflate(deflater, chunk, Deflater.FULL_FLUSH);
        deflater.setInput(tail);
        deflater.finish();
        byte[] tailZ = drain(deflater, Deflater.NO_FLUSH);
        deflater.end();
        CRC32 crc = new CRC32();
        crc.update(head);
        for (int i = 0; i < mebibytes; i++) {
            crc.update(chunk);
        }
        crc.update(tail);
        long size = head.length + (long) mebibytes * chunk.length + tail.length;
        ByteArrayOutputStream body = new ByteArrayOutputStream(headZ.length + mebibytes * chunkZ.length + tailZ.length);
        body.writeBytes(headZ);
        for (int i = 0; i < mebibytes; i++) {
            body.writeBytes(chunkZ);
        }
        body.writeBytes(tailZ);
        return RawZip.of(List.of(
                RawZip.stored("[Content_Types].xml", CONTENT_TYPES),
                RawZip.stored("_rels/.rels", RELS),
                new RawZip.Entry("word/document.xml", 8, crc.getValue(), body.toByteArray(), size)));
    }

    /**
     * A one-page PDF whose content stream inflates (FlateDecode) to {@code mebibytes} MiB of harmless operators
     * ({@code q Q}), with one line of text before them; made the same way as {@link #docx(int)}.
     */
    public static byte[] pdf(int mebibytes) {
        byte[] chunk = "q Q\n".repeat((1 << 20) / 4).getBytes(StandardCharsets.US_ASCII);
        byte[] head = "BT /F1 12 Tf 72 712 Td (Periood: jaanuar 2024) Tj ET\n".getBytes(StandardCharsets.US_ASCII);
        Deflater deflater = new Deflater(9, true);
        byte[] headZ = deflate(deflater, head, Deflater.FULL_FLUSH);
        byte[] chunkZ = deflate(deflater, chunk, Deflater.FULL_FLUSH);
        deflater.finish();
        byte[] tailZ = drain(deflater, Deflater.NO_FLUSH);
        deflater.end();
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        adler.update(head);
        for (int i = 0; i < mebibytes; i++) {
            adler.update(chunk);
        }
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.write(0x78);
        stream.write(0xDA);
        stream.writeBytes(headZ);
        for (int i = 0; i < mebibytes; i++) {
            stream.writeBytes(chunkZ);
        }
        stream.writeBytes(tailZ);
        long a = adler.getValue();
        stream.write((int) (a >>> 24));
        stream.write((int) (a >>> 16));
        stream.write((int) (a >>> 8));
        stream.write((int) a);
        byte[] data = stream.toByteArray();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        pdf.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                null,
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.size());
            pdf.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.US_ASCII));
            if (objects[i] == null) {
                pdf.writeBytes(("<< /Length " + data.length + " /Filter /FlateDecode >>\nstream\n").getBytes(StandardCharsets.US_ASCII));
                pdf.writeBytes(data);
                pdf.writeBytes("\nendstream".getBytes(StandardCharsets.US_ASCII));
            } else {
                pdf.writeBytes(objects[i].getBytes(StandardCharsets.US_ASCII));
            }
            pdf.writeBytes("\nendobj\n".getBytes(StandardCharsets.US_ASCII));
        }
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        pdf.writeBytes(table.toString().getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    /** A small valid .docx with {@code extra} more (empty) entries. */
    public static byte[] docxWithEntries(int extra) {
        List<RawZip.Entry> entries = new ArrayList<>();
        entries.add(RawZip.stored("[Content_Types].xml", CONTENT_TYPES));
        entries.add(RawZip.stored("_rels/.rels", RELS));
        entries.add(RawZip.stored("word/document.xml",
                (DOCUMENT_HEAD + "Periood: jaanuar 2024" + DOCUMENT_TAIL).getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < extra; i++) {
            entries.add(RawZip.stored("word/media/x" + i + ".bin", new byte[0]));
        }
        return RawZip.of(entries);
    }

    /** A minimal OpenDocument text with one paragraph. */
    public static byte[] odt(String text) {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text><text:p>" + text + "</text:p></office:text></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        return RawZip.of(List.of(
                RawZip.stored("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII)),
                RawZip.stored("META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8)),
                RawZip.stored("content.xml", content.getBytes(StandardCharsets.UTF_8))));
    }

    /** The classic billion laughs: ten levels of ten references, 10^9 "lol"s if expanded. */
    public static String laughsDtd(String root) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">");
        }
        return dtd.append("]>").toString();
    }

    /** {@code zip} with the entity-expansion DTD put into the XML part {@code part}, the text replaced by the entity. */
    public static byte[] withLaughs(byte[] zip, String part, String root) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream z = new ZipOutputStream(out);
             ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals(part)) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int afterDecl = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
                    int text = xml.indexOf("jaanuar 2024");
                    xml = xml.substring(0, afterDecl) + laughsDtd(root) + xml.substring(afterDecl, text) + "&lol9;"
                            + xml.substring(text + "jaanuar 2024".length());
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                if (e.getMethod() == ZipEntry.STORED) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    copy.setCrc(crc.getValue());
                }
                z.putNextEntry(copy);
                z.write(bytes);
                z.closeEntry();
            }
            z.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] deflate(Deflater deflater, byte[] input, int flush) {
        deflater.setInput(input);
        return drain(deflater, flush);
    }

    private static byte[] drain(Deflater deflater, int flush) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        if (flush == Deflater.FULL_FLUSH) {
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, Deflater.FULL_FLUSH);
                out.write(buf, 0, n);
            } while (n == buf.length);
        } else {
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
        }
        return out.toByteArray();
    }

    /** A zip written byte by byte, so that an entry's data can be any deflate stream. */
    static final class RawZip {

        record Entry(String name, int method, long crc, byte[] data, long size) {
        }

        static Entry stored(String name, byte[] data) {
            CRC32 crc = new CRC32();
            crc.update(data);
            return new Entry(name, 0, crc.getValue(), data, data.length);
        }

        static byte[] of(List<Entry> entries) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream central = new ByteArrayOutputStream();
            for (Entry e : entries) {
                byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
                int offset = out.size();
                ByteBuffer local = le(30 + name.length);
                local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) e.method())
                        .putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc()).putInt(e.data().length)
                        .putInt((int) e.size()).putShort((short) name.length).putShort((short) 0).put(name);
                out.writeBytes(local.array());
                out.writeBytes(e.data());
                ByteBuffer dir = le(46 + name.length);
                dir.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800)
                        .putShort((short) e.method()).putShort((short) 0).putShort((short) 0x21).putInt((int) e.crc())
                        .putInt(e.data().length).putInt((int) e.size()).putShort((short) name.length).putShort((short) 0)
                        .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset).put(name);
                central.writeBytes(dir.array());
            }
            int dirOffset = out.size();
            out.writeBytes(central.toByteArray());
            ByteBuffer end = le(22);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries.size())
                    .putShort((short) entries.size()).putInt(central.size()).putInt(dirOffset).putShort((short) 0);
            out.writeBytes(end.array());
            return out.toByteArray();
        }

        private static ByteBuffer le(int size) {
            return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
