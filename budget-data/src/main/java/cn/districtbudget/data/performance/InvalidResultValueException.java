package cn.districtbudget.data.performance;

/** A value that is no acceptable actual result for the indicator; the message (Chinese) says why. */
public class InvalidResultValueException extends RuntimeException {

    public InvalidResultValueException(String message) {
        super(message);
    }
}
