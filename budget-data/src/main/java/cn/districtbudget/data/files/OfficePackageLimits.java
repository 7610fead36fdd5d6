package cn.districtbudget.data.files;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks an Office Open XML package (.docx, .xlsx) BEFORE Apache POI builds anything from it, streaming: the zip is
 * read entry by entry (as POI reads an uploaded stream) and every XML part with a StAX reader that keeps nothing, so
 * the check itself needs a few kB of heap whatever the file holds. Refused, with a message naming the file and the
 * part: more than {@link #MAX_ENTRIES} parts; a part expanding to more than {@link #MAX_PART_BYTES} or all parts to
 * more than {@link #MAX_EXPANDED_BYTES}; a document type declaration (DOCTYPE) in any XML part; in a .docx more than
 * {@link #MAX_PARAGRAPHS} paragraphs outside tables, {@link #MAX_ALL_PARAGRAPHS} in all or
 * {@link #MAX_TABLE_CELLS} table cells; in an .xlsx more than
 * {@link #MAX_SHEET_CELLS} cells or shared strings. A disclosure has a few thousand paragraphs and cells; a file at
 * the limits is read by POI within a 256 MB heap (DocumentLimitsForkedJvmTest).
 */
public final class OfficePackageLimits {

    /** Most parts (zip entries) in a package. */
    public static final int MAX_ENTRIES = 1_000;
    /** Largest expanded part (document.xml, a sheet): 16 MB. */
    public static final long MAX_PART_BYTES = 16L * 1024 * 1024;
    /** Largest expanded package, all parts together: 64 MB. */
    public static final long MAX_EXPANDED_BYTES = 64L * 1024 * 1024;
    /** Most paragraphs ({@code w:p} outside table cells, in the body, headers and notes together) in a .docx. */
    public static final int MAX_PARAGRAPHS = 20_000;
    /** Most paragraphs of all, table cells' paragraphs included (a cell of a million paragraphs is refused too). */
    public static final int MAX_ALL_PARAGRAPHS = 100_000;
    /** Most table cells ({@code w:tc}) in a .docx. */
    public static final int MAX_TABLE_CELLS = 50_000;
    /** Most cells ({@code c}) of all sheets, and most shared strings ({@code si}), in an .xlsx. */
    public static final int MAX_SHEET_CELLS = 200_000;

    private static final XMLInputFactory XML = secureFactory();

    private enum Kind {
        DOCX(".docx"), XLSX(".xlsx");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private OfficePackageLimits() {
    }

    /** Throws when the .docx named {@code name} is over a limit or has a DOCTYPE; else returns. */
    public static void checkDocx(String name, byte[] bytes) throws UnreadableDocumentException {
        check(name, bytes, Kind.DOCX);
    }

    /** Throws when the .xlsx named {@code name} is over a limit or has a DOCTYPE; else returns. */
    public static void checkXlsx(String name, byte[] bytes) throws UnreadableDocumentException {
        check(name, bytes, Kind.XLSX);
    }

    private static void check(String name, byte[] bytes, Kind kind) throws UnreadableDocumentException {
        Counts counts = new Counts();
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw refused(name, "包含的部件超过 " + MAX_ENTRIES + " 个",
                            "more than " + MAX_ENTRIES + " parts in the package");
                }
                String part = entry.getName();
                Bounded in = new Bounded(zip, name, part, counts);
                String lower = part.toLowerCase(java.util.Locale.ROOT);
                if (!entry.isDirectory() && (lower.endsWith(".xml") || lower.endsWith(".rels"))) {
                    scanXml(name, part, in, kind, counts);
                }
                in.drain();
            }
        } catch (UncheckedRefusal e) {
            throw e.refusal;
        } catch (IOException e) {
            throw refused(name, "不是有效的 " + kind.label + " 文件（压缩包无法读取：" + e.getClass().getSimpleName() + "）",
                    "not a valid " + kind.label + " file (zip: " + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        if (entries == 0) {
            throw refused(name, "不是有效的 " + kind.label + " 文件（不是压缩包或压缩包为空）",
                    "not a valid " + kind.label + " file (no zip entries)");
        }
    }

    private static void scanXml(String name, String part, InputStream in, Kind kind, Counts counts)
            throws UnreadableDocumentException {
        XMLStreamReader reader = null;
        try {
            reader = XML.createXMLStreamReader(in);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw refused(name, "部件 " + part + " 含有文档类型声明（DOCTYPE），正常的 Office 文件没有，已拒绝",
                            "part " + part + " has a document type declaration (DOCTYPE), which Office files never"
                                    + " have; refused");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    count(name, part, kind, reader, counts);
                } else if (event == XMLStreamConstants.END_ELEMENT && kind == Kind.DOCX
                        && reader.getLocalName().equals("tc")) {
                    counts.cellDepth--;
                }
            }
        } catch (XMLStreamException e) {
            for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : nested(t)) {
                if (t instanceof UncheckedRefusal refusal) {
                    throw refusal.refusal;
                }
            }
            throw refused(name, "部件 " + part + " 不是有效的 XML", "part " + part + " is not valid XML: "
                    + firstLine(e.getMessage()));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }

    private static void count(String name, String part, Kind kind, XMLStreamReader reader, Counts counts)
            throws UnreadableDocumentException {
        String namespace = reader.getNamespaceURI();
        String local = reader.getLocalName();
        if (namespace == null) {
            return;
        }
        if (kind == Kind.DOCX && namespace.contains("wordprocessingml")) {
            if (local.equals("tc")) {
                counts.cellDepth++;
            }
            if (local.equals("p") && ++counts.allParagraphs > MAX_ALL_PARAGRAPHS) {
                throw refused(name, "段落（含表格内）超过 " + MAX_ALL_PARAGRAPHS + " 个（在部件 " + part + " 中），已拒绝以免耗尽内存",
                        "more than " + MAX_ALL_PARAGRAPHS + " paragraphs including table cells (in " + part
                                + "); refused");
            }
            if (local.equals("p") && counts.cellDepth == 0 && ++counts.paragraphs > MAX_PARAGRAPHS) {
                throw refused(name, "段落超过 " + MAX_PARAGRAPHS + " 个（在部件 " + part + " 中），不像公开说明，已拒绝以免耗尽内存",
                        "more than " + MAX_PARAGRAPHS + " paragraphs (in " + part + "); refused");
            }
            if (local.equals("tc") && ++counts.cells > MAX_TABLE_CELLS) {
                throw refused(name, "表格单元格超过 " + MAX_TABLE_CELLS + " 个（在部件 " + part + " 中），已拒绝以免耗尽内存",
                        "more than " + MAX_TABLE_CELLS + " table cells (in " + part + "); refused");
            }
        } else if (kind == Kind.XLSX && namespace.contains("spreadsheetml")) {
            if (local.equals("c") && ++counts.cells > MAX_SHEET_CELLS) {
                throw refused(name, "单元格超过 " + MAX_SHEET_CELLS + " 个（在部件 " + part + " 中），已拒绝以免耗尽内存",
                        "more than " + MAX_SHEET_CELLS + " cells (in " + part + "); refused");
            }
            if (local.equals("si") && ++counts.strings > MAX_SHEET_CELLS) {
                throw refused(name, "共享字符串超过 " + MAX_SHEET_CELLS + " 个（在部件 " + part + " 中），已拒绝以免耗尽内存",
                        "more than " + MAX_SHEET_CELLS + " shared strings (in " + part + "); refused");
            }
        }
    }

    private static Throwable nested(Throwable t) {
        return t instanceof XMLStreamException x && x.getNestedException() != t ? x.getNestedException() : null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    private static UnreadableDocumentException refused(String name, String chinese, String english) {
        return new UnreadableDocumentException(name, chinese, english);
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    private static final class Counts {
        long expanded;
        int paragraphs;
        int cellDepth;
        int allParagraphs;
        int cells;
        int strings;
    }

    /** A refusal thrown from inside a stream read (the XML reader wraps or passes it through). */
    private static final class UncheckedRefusal extends IOException {
        final UnreadableDocumentException refusal;

        UncheckedRefusal(UnreadableDocumentException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    /** One entry's expanded bytes, counted against the part and package limits as they are inflated. */
    private static final class Bounded extends FilterInputStream {
        private final String name;
        private final String part;
        private final Counts counts;
        private long partBytes;

        Bounded(InputStream zip, String name, String part, Counts counts) {
            super(zip);
            this.name = name;
            this.part = part;
            this.counts = counts;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public void close() {
            // the zip stays open for the next entry
        }

        void drain() throws IOException {
            byte[] buffer = new byte[8192];
            while (read(buffer, 0, buffer.length) >= 0) {
                // counting only
            }
        }

        private void add(int n) throws UncheckedRefusal {
            partBytes += n;
            counts.expanded += n;
            if (partBytes > MAX_PART_BYTES) {
                throw new UncheckedRefusal(refused(name, "部件 " + part + " 解压后超过 " + MAX_PART_BYTES / 1024 / 1024
                        + " MB，已拒绝以免耗尽内存", "part " + part + " expands to more than "
                        + MAX_PART_BYTES / 1024 / 1024 + " MB; refused"));
            }
            if (counts.expanded > MAX_EXPANDED_BYTES) {
                throw new UncheckedRefusal(refused(name, "解压后超过 " + MAX_EXPANDED_BYTES / 1024 / 1024
                        + " MB，已拒绝以免耗尽内存", "expands to more than " + MAX_EXPANDED_BYTES / 1024 / 1024
                        + " MB; refused"));
            }
        }
    }
}
