package cn.districtbudget.data.performance;

/** A results file that cannot be read at all (format, encoding, missing columns); message in Chinese. */
public class ResultFileException extends RuntimeException {

    public ResultFileException(String message) {
        super(message);
    }

    public ResultFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
