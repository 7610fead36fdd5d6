package cn.districtbudget.ui.importing;

import cn.districtbudget.data.files.DocumentFiles;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one upload limit, for the page, the server and the command line: the largest file the file reader reads
 * ({@link DocumentFiles#MAX_BYTES}, 10 MB; the command line refuses larger files through the same reader). The
 * upload component refuses larger files before sending them, the servlet's multipart limits (declared here, in
 * place of Spring's 1 MB default) refuse them if a client sends them anyway, and the page states the limit.
 * A file name may have at most {@link #MAX_FILE_NAME_CHARS} characters; Tomcat's part-header limit
 * ({@code server.tomcat.max-part-header-size=8KB} in application.properties, 512 bytes by default) is set well above
 * that, so a longer name reaches the page and gets its own refusal.
 */
@Configuration(proxyBeanMethods = false)
public class UploadLimits {

    public static final int MAX_FILE_BYTES = DocumentFiles.MAX_BYTES;
    public static final int MAX_FILE_NAME_CHARS = 255;
    public static final int MAX_FILES = 500;
    /** Room for the multipart framing around one file. */
    static final int REQUEST_OVERHEAD_BYTES = 64 * 1024;

    /** "10 MB", as the page and messages state it. */
    public static String maxFileText() {
        return MAX_FILE_BYTES / 1024 / 1024 + " MB";
    }

    @Bean
    MultipartConfigElement multipartConfigElement() {
        return new MultipartConfigElement(null, MAX_FILE_BYTES, MAX_FILE_BYTES + REQUEST_OVERHEAD_BYTES, 0);
    }
}
