package cn.districtbudget.data.importing;

/** A text to import with the file name it came from. */
public record NamedText(String fileName, String text) {
}
