package cn.districtbudget.data.files;

import java.nio.file.Path;

/**
 * Run in a forked JVM with a small heap: reads one file with {@link DocumentFiles} and prints the outcome.
 * Exit 0: read (prints READ and the number of lines); 10: refused (prints REFUSED and the message);
 * an OutOfMemoryError ends the JVM (-XX:+ExitOnOutOfMemoryError) with exit 3.
 */
public final class ReadDocumentMain {

    private ReadDocumentMain() {
    }

    public static void main(String[] args) {
        try {
            String text = DocumentFiles.readText(Path.of(args[0]));
            System.out.println("READ " + text.lines().count());
            System.exit(0);
        } catch (UnreadableDocumentException e) {
            System.out.println("REFUSED " + e.getMessage());
            System.exit(10);
        }
    }
}
