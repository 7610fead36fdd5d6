package cn.districtbudget.data.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Minimal .docx packages written entry by entry without POI (so a test can make one that POI could not hold):
 * {@code paragraphs} short paragraphs and a table of {@code cells} cells, optionally a DOCTYPE in [Content_Types].xml.
 */
final class HandMadeOffice {

    private HandMadeOffice() {
    }

    static void docx(Path file, int paragraphs, int cells, boolean doctype) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            docx(out, paragraphs, cells, doctype);
        }
    }

    static byte[] docx(int paragraphs, int cells, boolean doctype) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        docx(out, paragraphs, cells, doctype);
        return out.toByteArray();
    }

    private static void docx(OutputStream target, int paragraphs, int cells, boolean doctype) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(target)) {
            zip.setLevel(9);
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
            if (doctype) {
                w.write("<!DOCTYPE Types [<!ENTITY a \"aaaaaaaaaa\">]>\n");
            }
            w.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>");
            w.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            w.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            w.write("<w:p><w:r><w:t>山海关区科学技术协会2019年部门预算公开说明</w:t></w:r></w:p>");
            for (int i = 1; i < paragraphs; i++) {
                w.write("<w:p><w:r><w:t>第");
                w.write(Integer.toString(i));
                w.write("段</w:t></w:r></w:p>");
            }
            if (cells > 0) {
                w.write("<w:tbl>");
                int perRow = 10;
                for (int c = 0; c < cells; c++) {
                    if (c % perRow == 0) {
                        w.write(c == 0 ? "<w:tr>" : "</w:tr><w:tr>");
                    }
                    w.write("<w:tc><w:p><w:r><w:t>");
                    w.write(Integer.toString(c));
                    w.write("</w:t></w:r></w:p></w:tc>");
                }
                w.write("</w:tr></w:tbl>");
            }
            w.write("</w:body></w:document>");
            w.flush();
            zip.closeEntry();
        }
    }
}
