package cn.districtbudget.ui.importing;

import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * The import page's upload handler: the in-memory handler behind a guard for what the servlet refuses before any
 * file reaches the page (a file over the limit sent anyway, a file name too long for Tomcat's part-header limit, a
 * broken request). Vaadin would otherwise pretend the request held no file and the upload would vanish without a
 * row; here such a request answers 413 and {@code refused} is told why (it records the row and the audit entry).
 */
final class GuardedUploadHandler implements UploadHandler {

    private final UploadHandler delegate;
    private final Consumer<String> refused;

    GuardedUploadHandler(UploadHandler delegate, Consumer<String> refused) {
        this.delegate = delegate;
        this.refused = refused;
    }

    @Override
    public void handleRequest(VaadinRequest request, VaadinResponse response, VaadinSession session, Element owner)
            throws IOException {
        String why = refusal(request);
        if (why != null) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            session.access(() -> refused.accept(why));
            return;
        }
        UploadHandler.super.handleRequest(request, response, session, owner);
    }

    /** Why the servlet refuses this request's file, or null if it takes it. */
    static String refusal(VaadinRequest request) {
        long length = request.getContentLengthLong();
        if (length > (long) UploadLimits.MAX_FILE_BYTES + UploadLimits.REQUEST_OVERHEAD_BYTES) {
            return tooLarge();
        }
        if (request instanceof VaadinServletRequest servlet && servlet.getContentType() != null
                && servlet.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            try {
                servlet.getHttpServletRequest().getParts();
            } catch (RuntimeException e) {
                // Tomcat's IllegalStateException, or Spring's MultipartException around it (the request comes
                // through Spring MVC's lazy multipart wrapper)
                return refusal(e);
            } catch (IOException | ServletException e) {
                return "服务器未能读取此文件（上传中断或请求无效）";
            }
        }
        return null;
    }

    /** Tomcat's reason (its exception wrapped in an IllegalStateException) in the user's words. */
    static String refusal(Throwable e) {
        boolean tooLarge = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Header section")) {
                return "文件名过长（不能超过 " + UploadLimits.MAX_FILE_NAME_CHARS + " 个字符），服务器无法读取此文件";
            }
            tooLarge |= t.getClass().getSimpleName().contains("SizeLimitExceeded");
        }
        return tooLarge ? tooLarge() : "服务器未能读取此文件（请求无效）";
    }

    private static String tooLarge() {
        return "文件超过 " + UploadLimits.maxFileText() + " 上限，服务器拒绝接收";
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        delegate.handleUploadRequest(event);
    }

    @Override
    public void responseHandled(boolean success, VaadinResponse response) {
        delegate.responseHandled(success, response);
    }

    @Override
    public long getRequestSizeMax() {
        return (long) UploadLimits.MAX_FILE_BYTES + UploadLimits.REQUEST_OVERHEAD_BYTES;
    }

    @Override
    public long getFileSizeMax() {
        return UploadLimits.MAX_FILE_BYTES;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
