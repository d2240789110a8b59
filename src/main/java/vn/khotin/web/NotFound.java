package vn.khotin.web;

/** A page or record that does not exist; answered with 404 and the message. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message, null, false, false);
    }
}
