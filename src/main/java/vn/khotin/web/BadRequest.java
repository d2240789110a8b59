package vn.khotin.web;

/** A request with a bad parameter; answered with 400 and the (Vietnamese) message. */
final class BadRequest extends RuntimeException {
    BadRequest(String message) {
        super(message, null, false, false);
    }
}
