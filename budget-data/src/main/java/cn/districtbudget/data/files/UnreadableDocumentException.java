package cn.districtbudget.data.files;

/**
 * A file that cannot be read as a disclosure text. The message is in Chinese and English and names the file
 * and the place (byte offset, part of the document) where reading failed; it is meant to be shown as is.
 */
public class UnreadableDocumentException extends Exception {

    private final String fileName;

    public UnreadableDocumentException(String fileName, String chinese, String english) {
        super("无法读取文件“" + fileName + "”：" + chinese + "（cannot read " + fileName + ": " + english + "）");
        this.fileName = fileName;
    }

    public UnreadableDocumentException(String fileName, String chinese, String english, Throwable cause) {
        this(fileName, chinese, english);
        initCause(cause);
    }

    public String fileName() {
        return fileName;
    }
}
