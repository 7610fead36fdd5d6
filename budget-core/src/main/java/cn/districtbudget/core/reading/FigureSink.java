package cn.districtbudget.core.reading;

import cn.districtbudget.core.disclosure.Concept;
import cn.districtbudget.core.reading.Lexicon.Role;
import java.math.BigDecimal;

/** Where the parts of {@link ConceptReader} put a figure they read: its candidates, with the words it was read from. */
@FunctionalInterface
interface FigureSink {

    void add(Concept concept, boolean change, BigDecimal value, String unit, String explanation, int line, String words,
             Role role);
}
