package cn.districtbudget.data.importing;

import java.util.List;

/** Per-file outcomes of a batch import, in input order, with counts by status. */
public record BatchOutcome(List<ImportOutcome> outcomes) {

    public BatchOutcome {
        outcomes = List.copyOf(outcomes);
    }

    public long count(ImportStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
