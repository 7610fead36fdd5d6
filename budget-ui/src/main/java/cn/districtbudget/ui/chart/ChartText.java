package cn.districtbudget.ui.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Makes every text of a chart's options inert before it reaches the browser (the one place for it: {@link ApexChart}
 * calls it, so no mapper can forget). ApexCharts writes names, categories, series names, labels and tooltip titles
 * into the page with {@code innerHTML} (tooltips, legend) and as SVG text (axes, data labels, titles). A text taken
 * from a document, such as a department name {@code 山海关区<img src=x onerror=alert(1)>科协}, must show as text in
 * both. HTML entities would be right for {@code innerHTML} but show literally ({@code &lt;}) in SVG text, so the
 * five HTML-significant ASCII characters are replaced by their full-width forms (＜ ＞ ＆ ＂ ＇), which read the
 * same in Chinese text and mean nothing to an HTML parser anywhere ApexCharts puts them.
 * Style values (keys in {@link #STYLE_KEYS}, e.g. the font list with its quotes) are left as they are: they come
 * from this package, never from a document.
 */
final class ChartText {

    /** Keys whose values are styles set by this package, not texts: left unchanged. */
    static final Set<String> STYLE_KEYS = Set.of("fontFamily", "colors", "color", "foreColor", "type", "curve",
            "position", "horizontalAlign", "fontWeight", "fontSize", "height", "width");

    private static final Map<Character, Character> INERT = Map.of(
            '<', '＜', '>', '＞', '&', '＆', '"', '＂', '\'', '＇');

    private ChartText() {
    }

    /** A copy of {@code options} with every text inert. */
    static ObjectNode inert(ObjectNode options) {
        ObjectNode copy = options.deepCopy();
        clean(copy);
        return copy;
    }

    /** The text with the HTML-significant characters replaced by their full-width forms. */
    static String inert(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            Character replacement = INERT.get(text.charAt(i));
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(replacement.charValue());
            } else if (out != null) {
                out.append(text.charAt(i));
            }
        }
        return out == null ? text : out.toString();
    }

    private static void clean(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (STYLE_KEYS.contains(field.getKey())) {
                    continue;
                }
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(inert(field.getValue().textValue())));
                } else {
                    clean(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(inert(array.get(i).textValue())));
                } else {
                    clean(array.get(i));
                }
            }
        }
    }
}
