package cn.districtbudget.core.disclosure;

/** 评价标准 grades, best first. */
public enum Grade {
    EXCELLENT("优", 4),
    GOOD("良", 3),
    FAIR("中", 2),
    POOR("差", 1);

    private final String label;
    private final int score;

    Grade(String label, int score) {
        this.label = label;
        this.score = score;
    }

    public String label() {
        return label;
    }

    /** Score for averaging: 优 4, 良 3, 中 2, 差 1. */
    public int score() {
        return score;
    }
}
