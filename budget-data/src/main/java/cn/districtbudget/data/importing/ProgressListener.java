package cn.districtbudget.data.importing;

/** Observes a batch import; called after each file, on the importing thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (done, total, latest) -> { };

    /** {@code done} of {@code total} files are finished; {@code latest} is the file just finished. */
    void fileDone(int done, int total, ImportOutcome latest);
}
