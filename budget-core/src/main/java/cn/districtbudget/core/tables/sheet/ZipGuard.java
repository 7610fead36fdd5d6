package cn.districtbudget.core.tables.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Inflates an .xlsx/.docx (a zip) once, streaming, counting bytes without keeping them: refuses an entry larger than
 * {@link #MAX_ENTRY} (a worksheet of about a million rows), a total over {@link #MAX_TOTAL}, or a compression
 * ratio over {@link #MAX_RATIO} (a zip bomb). Returns null when the file is acceptable, else the reason (Chinese).
 */
final class ZipGuard {

    static final long MAX_ENTRY = 40L * 1024 * 1024;
    static final long MAX_TOTAL = 120L * 1024 * 1024;
    static final long MAX_RATIO = 200;

    private ZipGuard() {
    }

    static String check(byte[] bytes) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes), "UTF-8", true, true)) {
            ZipArchiveEntry entry;
            int entries = 0;
            while ((entry = zip.getNextZipEntry()) != null) {
                if (++entries > 10_000) {
                    return "压缩包内文件超过10000个";
                }
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > MAX_ENTRY) {
                        return "其中“" + entry.getName() + "”解压后超过" + MAX_ENTRY / (1024 * 1024) + " MB（表格行数过多）";
                    }
                    if (total > MAX_TOTAL) {
                        return "解压后超过" + MAX_TOTAL / (1024 * 1024) + " MB";
                    }
                    if (total > 1024 * 1024 && total > (long) bytes.length * MAX_RATIO) {
                        return "压缩比超过" + MAX_RATIO + "倍（疑似压缩炸弹）";
                    }
                }
            }
            if (entries == 0) {
                return "不是有效的压缩文件";
            }
        } catch (IOException | RuntimeException e) {
            return "不是有效的压缩文件（" + e.getClass().getSimpleName() + "）";
        }
        return null;
    }
}
