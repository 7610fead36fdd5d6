package cn.districtbudget.data.importing;

/** A file that cannot be stored, with the reason in Chinese for the user. */
class ImportRejected extends RuntimeException {

    ImportRejected(String reason) {
        super(reason);
    }
}
