package cn.districtbudget.data.account;

/** A user change that is not allowed; the message is Chinese, for the person who asked for it. */
public class AccountRejected extends IllegalArgumentException {

    public AccountRejected(String message) {
        super(message);
    }
}
