package cn.districtbudget.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.districtbudget.data.files.DocumentFiles;
import jakarta.servlet.MultipartConfigElement;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.junit.jupiter.api.Test;

/** What the servlet refuses, in the user's words; the one limit the servlet is given. */
class GuardedUploadHandlerTest {

    @Test
    void tomcatsRefusalsSayWhy() {
        // as Tomcat reports them from getParts(): its fileupload exception inside an IllegalStateException
        assertThat(GuardedUploadHandler.refusal(new IllegalStateException(
                new FileSizeLimitExceededException("The field file exceeds its maximum permitted size", 11_000_000, 10_485_760))))
                .isEqualTo("文件超过 10 MB 上限，服务器拒绝接收");
        assertThat(GuardedUploadHandler.refusal(new IllegalStateException(new SizeLimitExceededException(
                "Header section has more than 8192 bytes (maybe it is not properly terminated)", 8193, 8192))))
                .contains("文件名过长", "255");
        assertThat(GuardedUploadHandler.refusal(new org.springframework.web.multipart.MultipartException(
                "Failed to parse multipart servlet request", new IllegalStateException(new SizeLimitExceededException(
                "Header section has more than 8192 bytes (maybe it is not properly terminated)", 8193, 8192)))))
                .contains("文件名过长");
        assertThat(GuardedUploadHandler.refusal(new IllegalStateException("stream ended unexpectedly")))
                .contains("服务器未能读取此文件");
    }

    @Test
    void theServletsLimitIsTheFileReadersLimit() {
        MultipartConfigElement multipart = new UploadLimits().multipartConfigElement();
        assertThat(UploadLimits.MAX_FILE_BYTES).isEqualTo(DocumentFiles.MAX_BYTES);
        assertThat(multipart.getMaxFileSize()).isEqualTo(DocumentFiles.MAX_BYTES);
        assertThat(multipart.getMaxRequestSize()).isEqualTo(DocumentFiles.MAX_BYTES + UploadLimits.REQUEST_OVERHEAD_BYTES);
        assertThat(UploadLimits.maxFileText()).isEqualTo("10 MB");
    }
}
