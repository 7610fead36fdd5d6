package cn.districtbudget.data.performance;

/**
 * Someone else changed the result since it was read (optimistic locking): nothing was saved. The message (Chinese)
 * names who changed it, when and to what.
 */
public class ResultConflictException extends RuntimeException {

    public ResultConflictException(String message) {
        super(message);
    }
}
