package cn.districtbudget.core.check;

import cn.districtbudget.core.finding.Section;

/** The verdict of one comparison inside a rule. */
sealed interface Verdict permits Verdict.Pass, Verdict.Fail, Verdict.Missing {

    Pass PASS = new Pass();

    static Fail fail(String message) {
        return new Fail(message, null);
    }

    static Missing missing(String reason) {
        return new Missing(reason);
    }

    /** The figures agree. */
    record Pass() implements Verdict {
    }

    /** The figures disagree; {@code section} overrides the rule's primary section when not null. */
    record Fail(String message, Section section) implements Verdict {
    }

    /** An input is not stated. */
    record Missing(String reason) implements Verdict {
    }
}
