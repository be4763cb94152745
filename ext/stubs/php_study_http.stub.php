<?php

/** @generate-class-entries */

namespace Study\Http {
    /**
     * An HTTP/1.1 server on coroutines: one coroutine per connection, its requests handled one after the other
     * (pipelined ones too, answered in order). Options, with their defaults:
     * - "max_header_size" => 8192: bytes of the request line and header fields; more is answered 431 (414 when
     *   the request target alone is too long)
     * - "max_body_size" => 8388608: bytes of a request body; more is answered 413 (before reading it, when the
     *   length is declared)
     * - "upload_buffer_size" => 2097152: bytes of a request body kept in memory. A larger body is written to an
     *   anonymous temporary file (in upload_tmp_dir, else the system's temporary directory) as it arrives, and a
     *   multipart/form-data body of any size is parsed as it arrives, each file into its own temporary file: an
     *   upload costs the server a read buffer, not its size. Raise "max_body_size" for large uploads
     * - "header_timeout" => 30.0: seconds from a request's first byte to the end of its head; then 408
     * - "body_timeout" => 30.0: seconds a request body may take, from the end of its head (after 100 Continue) to
     *   its last byte, however the client spaces its bytes; then 408
     * - "idle_timeout" => 60.0: seconds a keep-alive connection may wait for its next request; then it is closed
     * - "write_timeout" => 30.0: seconds a response write may wait for the client to read
     * - "max_requests" => 10000: requests on one connection (0: no limit); the last one is answered with
     *   "Connection: close"
     * - "shutdown_timeout" => 10.0: how long start() lets running requests finish after shutdown()
     * - "ssl" => null: HTTPS when an array of PHP's `ssl` context options, as Study\Coroutine\Server's $ssl takes
     *   them ("local_cert", "local_pk", "passphrase", "ciphers", "crypto_method", "alpn_protocols", "verify_peer"
     *   and "cafile" to ask for client certificates, ..., and "handshake_timeout" => 60.0); each connection's
     *   handshake runs in its own coroutine, and a failed one closes the connection without calling a handler
     * - "reuse_port" => false: SO_REUSEPORT on the listening socket
     * - "backlog" => 512: the listen() backlog
     * - "max_connections" => 0: connections served at once (0: no limit but the process's descriptors); beyond it,
     *   new connections wait in the listen backlog until one ends. Out of descriptors (EMFILE), accepting also
     *   pauses until a connection ends (or a second passes)
     * - "compression" => true (as Swoole's http_compression): gzip of a response when the request's
     *   Accept-Encoding takes it and its Content-Type is text/*, JSON, JavaScript or XML (SVG included), unless the
     *   handler set a Content-Encoding; end() bodies and write() streams (each write is flushed, so the client can
     *   read it at once), not sendfile(). Such responses say "Vary: Accept-Encoding"
     * - "compression_level" => 1: zlib's level, 1 (fastest, Swoole's default) to 9
     * - "compression_min_length" => 20: an end() body shorter than this is sent as it is (Swoole's default)
     * Malformed requests and request smuggling attempts (RFC 9112) are answered 400 and the connection is closed.
     * @not-serializable
     */
    final class Server
    {
        public readonly string $host;
        /** The port listened on (the one the system picked for port 0). */
        public readonly int $port;

        /** Binds and listens at once; throws Study\Coroutine\SocketException when it cannot, ValueError for a bad
         *  option. */
        public function __construct(string $host, int $port, array $options = []) {}

        /** Routes the requests whose path starts with $prefix to $handler(Request $request, Response $response);
         *  the longest matching prefix wins. Requests no prefix matches are answered 404. */
        public function handle(string $prefix, callable $handler): void {}

        /** Accepts connections until shutdown(), then lets running requests finish (up to "shutdown_timeout") and
         *  returns. A handler that returns without end() gets its response ended; one that throws gets a 500 (when
         *  nothing was sent yet) and the exception is reported as a warning; the server goes on. */
        public function start(): void {}

        /** Stops accepting, closes idle keep-alive connections and lets running requests finish: start() returns
         *  once they have (or "shutdown_timeout" has passed). False when the server is not running. */
        public function shutdown(): bool {}
    }

    /**
     * A request, as a handler receives it.
     * @not-serializable
     */
    final class Request
    {
        public string $method = "";
        /** The request target as sent: path and query. */
        public string $uri = "";
        /** The path of the target, without the query (not decoded). */
        public string $path = "";
        /** The query's variables, parsed as PHP parses $_GET. */
        public array $get = [];
        /** The body's variables for application/x-www-form-urlencoded and the fields of multipart/form-data,
         *  registered as PHP registers $_POST. */
        public array $post = [];
        /** The files of a multipart/form-data body in $_FILES' shape (name, full_path, type, tmp_name, error, size),
         *  each in a temporary file (in upload_tmp_dir) written as the body arrives and removed when the Request is
         *  freed (or, when the client leaves mid-upload, at once): keep one by rename() or copy()
         *  (move_uploaded_file() knows only PHP's own uploads). */
        public array $files = [];
        /** Header fields by lower-case name; repeated fields joined with ", ". */
        public array $header = [];
        public array $cookie = [];
        /** remote_addr, remote_port, server_protocol, server_port, request_time, request_time_float,
         *  request_method, request_uri, path_info, query_string. */
        public array $server = [];

        private function __construct() {}

        /** The body, decoded from chunked transfer if it was. One larger than "upload_buffer_size" is read back from
         *  its temporary file at each call; a multipart/form-data body larger than that is not kept (its fields and
         *  files are in $post and $files) and this returns "", as php://input does for PHP's own multipart forms. */
        public function rawContent(): string {}
    }

    /**
     * The response to one request. Its methods return false once the response has ended (or the client is gone).
     * Any coroutine may write it while its handler runs, one write at a time: write(), end(), redirect() or
     * sendfile() while another coroutine's write is still sending throws Study\Coroutine\Error. A write still
     * sending when the handler returns finishes before the response is ended.
     * @not-serializable
     */
    final class Response
    {
        private function __construct() {}

        /** False once the status line has been sent (after write()). ValueError for a code outside 200 to 599 (a 1xx
         *  status is interim, never the final one; upgrades (101) are not supported) and for a reason phrase with a
         *  control character other than a tab (NUL, CR, LF, ...). */
        public function status(int $code, string $reason = ""): bool {}

        /** Adds a header field; false when sent already, or when the name is not a token or the value holds CR, LF
         *  or NUL. Content-Length and Transfer-Encoding are set by the server. */
        public function header(string $name, string $value): bool {}

        /** Adds a Set-Cookie field, as setcookie() would (and refuses what it refuses, such as an expiry after the
         *  year 9999). */
        public function cookie(string $name, string $value = "", array|int $expires_or_options = 0, string $path = "",
                               string $domain = "", bool $secure = false, bool $httponly = false): bool {}

        /** Sends a part of the body at once (chunked transfer coding; to HTTP/1.0 clients the body ends with the
         *  connection). */
        public function write(string $chunk): bool {}

        /** Sends the rest of the body and ends the response. */
        public function end(string $body = ""): bool {}

        public function redirect(string $url, int $code = 302): bool {}

        /** Sends $length bytes of the file from $offset (0: to its end) as the whole body, with the kernel's
         *  sendfile(), and ends the response. False, with a warning, when the file cannot be opened or is not a
         *  regular file; ValueError for a range outside the file. */
        public function sendfile(string $filename, int $offset = 0, int $length = 0): bool {}

        /** Whether the response can still be written to. */
        public function isWritable(): bool {}
    }
}
