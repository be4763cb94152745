<?php

/** @generate-class-entries */

namespace Study\Coroutine {
    /**
     * A non-blocking socket whose waits suspend only the calling coroutine (or block only the main script). TCP
     * and UDP over IPv4 and IPv6, Unix stream and datagram sockets. Failures return false and set errCode (an
     * errno value; ETIMEDOUT on timeout, ECANCELED when canceled) and errMsg; misuse throws.
     * @not-serializable
     */
    class Socket
    {
        /**
         * @var int
         * @cvalue AF_INET
         */
        public const AF_INET = UNKNOWN;
        /**
         * @var int
         * @cvalue AF_INET6
         */
        public const AF_INET6 = UNKNOWN;
        /**
         * @var int
         * @cvalue AF_UNIX
         */
        public const AF_UNIX = UNKNOWN;
        /**
         * @var int
         * @cvalue SOCK_STREAM
         */
        public const SOCK_STREAM = UNKNOWN;
        /**
         * @var int
         * @cvalue SOCK_DGRAM
         */
        public const SOCK_DGRAM = UNKNOWN;
        /**
         * @var int
         * @cvalue IPPROTO_IP
         */
        public const IPPROTO_IP = UNKNOWN;

        /** The file descriptor, -1 once closed. */
        public readonly int $fd;
        /** errno of the last failed call, 0 after a call that succeeded. */
        public int $errCode = 0;
        public string $errMsg = "";

        public function __construct(int $domain = Socket::AF_INET, int $type = Socket::SOCK_STREAM, int $protocol = 0) {}

        /** An IP address (v4 or v6, as the socket's domain) and port, or a path for AF_UNIX. */
        public function bind(string $address, int $port = 0): bool {}

        public function listen(int $backlog = 512): bool {}

        /** A connected socket, or false (errCode ETIMEDOUT on timeout). */
        public function accept(float $timeout = -1): Socket|false {}

        /**
         * $host is an address, a host name (resolved without blocking), or a path for AF_UNIX; one with a NUL byte is
         * refused (errCode EINVAL). $timeout limits the whole call, lookup included; 0 only starts the connection
         * (false with errCode EINPROGRESS while it is under way), and fails with ETIMEDOUT for a name, whose lookup
         * would have to wait.
         */
        public function connect(string $host, int $port = 0, float $timeout = -1): bool {}

        /** At most $length bytes as they arrive; '' when the peer closed; false on error or timeout. */
        public function recv(int $length = 65536, float $timeout = -1): string|false {}

        /** Exactly $length bytes, or fewer if the peer closed first; false on error or timeout. */
        public function recvAll(int $length = 65536, float $timeout = -1): string|false {}

        /** Sends what the kernel takes now (waiting for room if none); the number of bytes sent, or false. */
        public function send(string $data, float $timeout = -1): int|false {}

        /** Sends all of $data; the number of bytes sent (all of them), or false (errCode says why). */
        public function sendAll(string $data, float $timeout = -1): int|false {}

        /**
         * A datagram of at most $length bytes; $address and $port are set to its sender's.
         * @param string $address
         * @param int $port
         */
        public function recvfrom(int $length = 65536, &$address = null, &$port = null, float $timeout = -1): string|false {}

        public function sendto(string $address, int $port, string $data): int|false {}

        /** SHUT_RD (0), SHUT_WR (1) or SHUT_RDWR (2). */
        public function shutdown(int $how = 2): bool {}

        /** Closes the socket; coroutines waiting on it wake with errCode EBADF. False if closed already. */
        public function close(): bool {}

        public function setOption(int $level, int $name, int $value): bool {}

        public function getOption(int $level, int $name): int|false {}

        /** @return array{address: string, port: int}|false */
        public function getsockname(): array|false {}

        /** @return array{address: string, port: int}|false */
        public function getpeername(): array|false {}

        /**
         * Starts TLS on this connected socket and runs the handshake (within $timeout, or the socket's timeout). A
         * socket made by accept() (or given to a Server's handler) is the server side, any other the client side.
         * $options are PHP's `ssl` stream context options: verify_peer (client default true; a server asks for a
         * client certificate only when true), verify_peer_name (default true), peer_name (default: the host given to
         * connect()), allow_self_signed, cafile, capath (default: the system's store), local_cert, local_pk,
         * passphrase, ciphers, crypto_method (STREAM_CRYPTO_METHOD_* constants: the lowest to the highest TLS version
         * in it), alpn_protocols ("h2,http/1.1"), SNI_enabled (default true), verify_depth, capture_peer_cert (then
         * getPeerCertificate() gives the certificate). Unknown names are ignored; a value of the wrong type throws a
         * TypeError, a refused one a ValueError. False on failure: errCode EPROTO (71) with OpenSSL's reason in
         * errMsg, ECONNRESET (104) when the peer closed during the handshake, ETIMEDOUT, ECANCELED, EBADF as for any
         * call; EINVAL when a certificate, key or CA file cannot be loaded (errMsg says why), EALREADY when TLS is on
         * already. From then on recv(), recvAll(), send(), sendAll(), shutdown() and close() go through TLS.
         */
        public function enableCrypto(array $options = [], float $timeout = -1): bool {}

        /** The peer's certificate (PEM) kept by enableCrypto() with capture_peer_cert, false otherwise. */
        public function getPeerCertificate(): string|false {}

        /**
         * The TLS connection once enableCrypto() succeeded: protocol ("TLSv1.3"), cipher_name, alpn_protocol (null
         * when none was agreed on) and session_reused; false for a plain socket.
         * @return array{protocol: string, cipher_name: string, alpn_protocol: ?string, session_reused: bool}|false
         */
        public function getCryptoInfo(): array|false {}

        /** The timeout of every later call that is not given one; negative for none. */
        public function setTimeout(float $seconds): bool {}
    }
}

namespace Study\Coroutine\Socket {
    /** A socket or server that cannot be created: errCode and the message say why. */
    final class Exception extends \RuntimeException
    {
    }
}
