<?php

/** @generate-class-entries */

namespace Study\Coroutine {
    /**
     * The tutorial's server: a listening socket whose start() runs the handler in a new coroutine for every
     * connection, with the connection's Socket.
     * @not-serializable
     */
    class Server
    {
        public readonly string $host;
        public readonly int $port;
        public int $errCode = 0;
        public string $errMsg = "";

        /**
         * Binds and listens at once (port 0 picks a free port, readable in $port); throws when it cannot.
         * With $ssl every connection is TLS: PHP's `ssl` stream context options, as Socket::enableCrypto() takes them
         * (local_cert is required; local_pk, passphrase, ciphers, crypto_method, alpn_protocols; verify_peer with
         * cafile or capath asks for and verifies client certificates), and handshake_timeout (seconds, default 60;
         * negative: no limit). The context is built once, here (a file that cannot be loaded throws
         * Study\Coroutine\Socket\Exception). Each connection's handshake runs in its own coroutine, which then
         * runs the handler; a connection whose handshake fails or times out is closed and never handed to it.
         */
        public function __construct(string $host, int $port, bool $reuse_port = false, ?array $ssl = null) {}

        public function set_handler(callable $fn): void {}

        /** @implementation-alias Study\Coroutine\Server::set_handler */
        public function setHandler(callable $fn): void {}

        /** Accepts until shutdown(): true then; false when accepting fails for good (errCode says why). */
        public function start(): bool {}

        /** Stops accepting at once (also a start() waiting in accept) and closes the listening socket. */
        public function shutdown(): bool {}
    }
}
