package cn.districtbudget.data.performance;

/** What an import does with a file that has bad rows. */
public enum ImportMode {
    /** Default: store every good row, report each bad row with its line number. */
    BEST_EFFORT,
    /** Store nothing when any row is bad; report them all. */
    ALL_OR_NOTHING
}
