package cn.districtbudget.data.files;

import cn.districtbudget.core.tables.pdf.PdfTableReader;
import cn.districtbudget.core.tables.sheet.SheetTableReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a disclosure file.
 * <ul>
 *   <li>{@code .txt}: UTF-8 (with or without BOM), UTF-16 with BOM, or else GB18030 (which covers GBK and GB2312),
 *       each decoded strictly; bytes that are none of these, or NUL bytes (a binary file), are refused.</li>
 *   <li>{@code .docx}: through Apache POI, the body in document order: a paragraph per line; a table row per line,
 *       each cell preceded by a tab (so {@code \tA\tB\tC}), the paragraphs of a cell joined with {@code \n}.</li>
 *   <li>{@code .pdf}: the text layer through PDFBox ({@link PdfText}), with the limits of the table reader
 *       ({@link PdfTableReader#MAX_BYTES}, {@link PdfTableReader#MAX_PAGES} pages, {@link PdfTableReader#MAX_MEMORY});
 *       a scan without text, an encrypted or broken PDF is refused.</li>
 *   <li>{@code .xlsx}, {@code .xls}: no running text; {@link #read} returns the bytes for the table reader
 *       ({@code cn.districtbudget.core.tables.TableReader}) and a null text; {@link #readText} refuses them.</li>
 *   <li>anything else, an empty file, or a file over {@link #MAX_BYTES} ({@link #maxBytes} for PDF and
 *       spreadsheets): {@link UnreadableDocumentException}; so is a .docx over the limits of
 *       {@link OfficePackageLimits} (expanded size, parts, paragraphs, table cells) or with a DOCTYPE, checked before
 *       POI builds its model.</li>
 * </ul>
 */
public final class DocumentFiles {

    /** Largest file read: 10 MB (a disclosure is some 30 kB as text, a few hundred kB as .docx). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    private DocumentFiles() {
    }

    /** A file as read: its name, its bytes (for the table reader) and its running text (null for a spreadsheet). */
    public record DocumentContent(String fileName, byte[] bytes, String text) {

        /** True for .pdf, .xlsx, .xls and .docx: files that may hold standard tables. */
        public boolean mayHoldTables() {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return lower.endsWith(".pdf") || isSpreadsheet(fileName) || lower.endsWith(".docx");
        }
    }

    /** True for .xlsx and .xls. */
    public static boolean isSpreadsheet(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
        return lower.endsWith(".xlsx") || lower.endsWith(".xls");
    }

    /** The largest file read of this name's type: PDF and spreadsheets as the table reader allows, else {@link #MAX_BYTES}. */
    public static long maxBytes(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).trim();
        if (lower.endsWith(".pdf")) {
            return PdfTableReader.MAX_BYTES;
        }
        if (isSpreadsheet(lower)) {
            return SheetTableReader.MAX_BYTES;
        }
        return MAX_BYTES;
    }

    /** The bytes and text of a file (text null for .xlsx/.xls). */
    public static DocumentContent read(Path path) throws UnreadableDocumentException {
        String name = String.valueOf(path.getFileName());
        return read(name, readBytes(path, maxBytes(name)));
    }

    /** The text of the bytes (null for .xlsx/.xls, whose figures the table reader reads). */
    public static DocumentContent read(String fileName, byte[] bytes) throws UnreadableDocumentException {
        String name = fileName == null ? "（无名称）" : fileName;
        if (isSpreadsheet(name)) {
            checkSize(name, bytes, true);
            return new DocumentContent(name, bytes, null);
        }
        return new DocumentContent(name, bytes, text(name, bytes, true));
    }

    /** The bytes of a regular file of at most {@code max} bytes (checked before reading). */
    private static byte[] readBytes(Path path, long max) throws UnreadableDocumentException {
        String name = String.valueOf(path.getFileName());
        if (!Files.isRegularFile(path)) {
            throw new UnreadableDocumentException(name, "文件不存在或不是普通文件（" + path + "）",
                    "no such regular file (" + path + ")");
        }
        try {
            long size = Files.size(path);
            if (size > max) {
                throw tooLarge(name, size, max);
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, "读取文件时出错：" + e.getMessage(),
                    "I/O error: " + e.getMessage(), e);
        }
    }

    private static void checkSize(String name, byte[] bytes, boolean withPdf) throws UnreadableDocumentException {
        if (bytes == null || bytes.length == 0) {
            throw new UnreadableDocumentException(name, "文件为空", "the file is empty");
        }
        long max = withPdf ? maxBytes(name) : MAX_BYTES;
        if (bytes.length > max) {
            throw tooLarge(name, bytes.length, max);
        }
    }

    /** The text of a .txt or .docx file of at most {@link #MAX_BYTES}. */
    public static String readText(Path path) throws UnreadableDocumentException {
        return readText(String.valueOf(path.getFileName()), readBytes(path, MAX_BYTES));
    }

    /** The text of a .txt or .docx file (PDF and spreadsheets: {@link #read(String, byte[])}). */
    public static String readText(String fileName, byte[] bytes) throws UnreadableDocumentException {
        return text(fileName, bytes, false);
    }

    private static String text(String fileName, byte[] bytes, boolean withPdf) throws UnreadableDocumentException {
        String name = fileName == null ? "（无名称）" : fileName;
        checkSize(name, bytes, withPdf);
        String lower = name.toLowerCase(Locale.ROOT);
        String text;
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            text = plainText(name, bytes);
        } else if (lower.endsWith(".docx")) {
            text = docx(name, bytes);
        } else if (lower.endsWith(".pdf") && withPdf) {
            text = PdfText.extract(name, bytes);
        } else if (lower.endsWith(".doc") || lower.endsWith(".wps")) {
            throw new UnreadableDocumentException(name, "不支持旧版 Word（.doc/.wps）格式，请另存为 .docx 或 .txt",
                    "old Word (.doc/.wps) files are not supported; save as .docx or .txt");
        } else {
            throw new UnreadableDocumentException(name, "不支持的文件类型，只能读取 .txt 和 .docx" + (withPdf ? "、.pdf、.xlsx、.xls" : ""),
                    "unsupported file type; only .txt and .docx" + (withPdf ? ", .pdf, .xlsx, .xls" : "") + " are read");
        }
        if (text.isBlank()) {
            throw new UnreadableDocumentException(name, "文件中没有文字", "the file contains no text");
        }
        return text;
    }

    private static UnreadableDocumentException tooLarge(String name, long size, long max) {
        long limit = max / 1024 / 1024;
        return new UnreadableDocumentException(name,
                "文件过大（" + size / 1024 + " KB），上限为 " + limit + " MB",
                "file too large (" + size / 1024 + " KB), the limit is " + limit + " MB");
    }

    private static String plainText(String name, byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            Decoded utf16 = decode(bytes, 0, StandardCharsets.UTF_16);
            if (utf16.text() == null) {
                throw unknownEncoding(name, utf16.badByte(), "UTF-16");
            }
            return refuseControlCharacters(name, utf16.text());
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new UnreadableDocumentException(name, "第 " + (nul + 1) + " 字节是 NUL，这是二进制文件，不是文本",
                    "byte " + (nul + 1) + " is NUL: a binary file, not text");
        }
        boolean bom = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        Decoded utf8 = decode(bytes, bom ? 3 : 0, StandardCharsets.UTF_8);
        if (utf8.text() != null) {
            return refuseControlCharacters(name, utf8.text());
        }
        if (bom) {
            throw unknownEncoding(name, utf8.badByte(), "UTF-8（有 UTF-8 标记）");
        }
        Decoded gb = decode(bytes, 0, GB18030);
        if (gb.text() == null) {
            throw unknownEncoding(name, Math.max(utf8.badByte(), gb.badByte()), "GB18030/GBK");
        }
        return refuseControlCharacters(name, gb.text());
    }

    private static UnreadableDocumentException unknownEncoding(String name, int badByte, String tried) {
        return new UnreadableDocumentException(name,
                "编码无法识别：第 " + (badByte + 1) + " 字节起既不是 UTF-8 也不是 " + tried,
                "unknown encoding: from byte " + (badByte + 1) + " neither UTF-8 nor " + tried);
    }

    /** The decoded text, or null with the 0-based offset of the first byte that does not decode. */
    private record Decoded(String text, int badByte) {
    }

    private static Decoded decode(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) ((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return new Decoded(null, in.position());
        }
        out.flip();
        return new Decoded(out.toString(), -1);
    }

    /** Text full of control characters (other than tab, line ends, form feed) is a binary file decoded by luck. */
    private static String refuseControlCharacters(String name, String text) throws UnreadableDocumentException {
        int controls = 0;
        int firstLine = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f') {
                if (controls++ == 0) {
                    firstLine = line;
                }
            }
        }
        if (controls > 0 && controls * 100L > text.length()) {
            throw new UnreadableDocumentException(name, "第 " + firstLine + " 行起有大量控制字符，不是文本文件",
                    "many control characters from line " + firstLine + ": not a text file");
        }
        return text;
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static String docx(String name, byte[] bytes) throws UnreadableDocumentException {
        OfficePackageLimits.checkDocx(name, bytes); // before POI builds anything
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            appendBody(document.getBodyElements(), lines);
            return String.join("\n", lines) + "\n";
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(name, "不是有效的 .docx 文件（" + e.getClass().getSimpleName() + "）",
                    "not a valid .docx file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    private static void appendBody(List<IBodyElement> elements, List<String> lines) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                lines.add(paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    StringBuilder line = new StringBuilder();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        line.append('\t').append(cellText(cell));
                    }
                    lines.add(line.toString());
                }
            } else if (element instanceof XWPFSDT control) {
                lines.add(control.getContent().getText());
            }
        }
    }

    private static String cellText(XWPFTableCell cell) {
        List<String> paragraphs = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            paragraphs.add(paragraph.getText().replace('\t', ' '));
        }
        return String.join("\n", paragraphs).strip();
    }
}
