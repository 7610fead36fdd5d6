package cn.districtbudget.data.files;

import cn.districtbudget.core.tables.pdf.PdfTableReader;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF (PDFBox, lines in reading order, pages separated by a form feed), with the table reader's
 * limits: at most {@link PdfTableReader#MAX_BYTES}, {@link PdfTableReader#MAX_PAGES} pages and
 * {@link PdfTableReader#MAX_MEMORY} of stream cache. A scan (less than a few characters per page), an encrypted or a
 * broken file is refused with a message naming it.
 */
final class PdfText {

    private PdfText() {
    }

    static String extract(String name, byte[] bytes) throws UnreadableDocumentException {
        if (bytes.length > PdfTableReader.MAX_BYTES) {
            throw new UnreadableDocumentException(name, "PDF 过大（" + bytes.length / 1024 / 1024 + " MB），上限为 "
                    + PdfTableReader.MAX_BYTES / 1024 / 1024 + " MB", "PDF too large");
        }
        int pages;
        String text;
        try (PDDocument document = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(PdfTableReader.MAX_MEMORY).streamCache)) {
            pages = document.getNumberOfPages();
            if (pages > PdfTableReader.MAX_PAGES) {
                throw new UnreadableDocumentException(name, "PDF 共 " + pages + " 页，超过上限 "
                        + PdfTableReader.MAX_PAGES + " 页", pages + " pages, the limit is " + PdfTableReader.MAX_PAGES);
            }
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableDocumentException(name, "PDF 已加密且禁止提取文字",
                        "encrypted PDF, text extraction not permitted");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setPageEnd("\f\n");
            text = stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(name, "PDF 已加密（需要密码）", "encrypted PDF (password needed)", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(name, "不是可读的 PDF（文件损坏或格式不对）",
                    "not a readable PDF: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new UnreadableDocumentException(name, "PDF 超出读取内存上限", "PDF exceeds the memory limit");
        }
        long letters = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        if (letters < 2L * Math.max(1, pages) + 5) {
            throw new UnreadableDocumentException(name, "PDF 没有文字层（扫描件，共 " + pages + " 页），无法读取文字",
                    "no text layer (a scan of " + pages + " pages)");
        }
        return text.replace("\r\n", "\n");
    }
}
