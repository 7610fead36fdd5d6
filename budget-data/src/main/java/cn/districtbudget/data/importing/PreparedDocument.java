package cn.districtbudget.data.importing;

/**
 * A document read and parsed (outside any transaction) and ready to store, or the reason it cannot be.
 *
 * @param text   the text stored as the original ({@link OriginalText}), null when it could not be read
 * @param sha256 the hash of the normalised text ({@link SourceReading#sha256}), null when failed
 * @param read   what the reader made of the text, null when failed
 */
record PreparedDocument(String fileName, String text, String sha256, ReadingPipeline.Read read,
                        ImportFailure failure, String detail) {

    static PreparedDocument failed(String fileName, ImportFailure failure, String detail) {
        return new PreparedDocument(fileName, null, null, null, failure, detail);
    }

    boolean failed() {
        return failure != null;
    }
}
