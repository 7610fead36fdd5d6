package cn.districtbudget.ui.importing;

import com.vaadin.flow.component.upload.UploadI18N;

/** The upload component's texts in Chinese. */
final class ChineseUpload {

    private ChineseUpload() {
    }

    static UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("把文件拖到这里").setMany("把文件拖到这里"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("选择文件…").setMany("选择文件…"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles("文件太多。").setFileIsTooBig("文件太大（每个不超过 " + UploadLimits.maxFileText() + "）。")
                .setIncorrectFileType("只支持 .txt 和 .docx 文件。"));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("正在连接…").setStalled("已停顿")
                        .setProcessing("正在处理…").setHeld("排队中"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("剩余时间：").setUnknown("剩余时间未知"))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable("服务器不可用").setUnexpectedServerError("服务器出错")
                        .setForbidden("服务器拒绝了此文件")));
        i18n.setUnits(new UploadI18N.Units(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
