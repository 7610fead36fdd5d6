package cn.districtbudget.data.importing;

/** A file that cannot be stored, with the typed reason and its detail (rendered in Chinese at the edge). */
class ImportRejected extends RuntimeException {

    private final ImportFailure failure;
    private final String detail;

    ImportRejected(ImportFailure failure, String detail) {
        super(failure.render(detail));
        this.failure = failure;
        this.detail = detail;
    }

    ImportRejected(ImportFailure failure) {
        this(failure, null);
    }

    ImportFailure failure() {
        return failure;
    }

    String detail() {
        return detail;
    }

    ImportOutcome outcome(String fileName) {
        return ImportOutcome.failed(fileName, failure, detail);
    }
}
