--TEST--
Regression: STARTTLS on a hooked tcp:// stream with peer verification (verify_peer and verify_peer_name on, the
certificate's CA given): the stream handed to OpenSSL had lost the address it was opened with, so the peer name was
unknown and the verification failed; it verifies 127.0.0.1 as on PHP's own stream now
--EXTENSIONS--
study
openssl
--FILE--
<?php
// A self-signed certificate for 127.0.0.1 (an EC key: quick to make, also under valgrind).
$dir = sys_get_temp_dir() . '/study-hook-tls-' . getmypid() . '-' . bin2hex(random_bytes(4));
mkdir($dir);
$key = openssl_pkey_new(['private_key_type' => OPENSSL_KEYTYPE_EC, 'curve_name' => 'prime256v1']);
$cert = openssl_csr_sign(openssl_csr_new(['commonName' => '127.0.0.1'], $key), null, $key, 1);
openssl_x509_export($cert, $pem);
openssl_pkey_export($key, $keyPem);
file_put_contents("$dir/cert.pem", $pem . $keyPem);
file_put_contents("$dir/ca.pem", $pem);
$cafile = "$dir/ca.pem";

// The server: another PHP process, serving two STARTTLS connections one after the other.
file_put_contents("$dir/server.php", <<<'PHP'
<?php
$context = stream_context_create(['ssl' => ['local_cert' => $argv[1], 'verify_peer' => false]]);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $context);
echo stream_socket_get_name($server, false), "\n";
for ($i = 0; $i < 2; $i++) {
    $conn = stream_socket_accept($server, 30);
    if (fgets($conn) === "STARTTLS\n") {
        fwrite($conn, "GO AHEAD\n");
        if (stream_socket_enable_crypto($conn, true, STREAM_CRYPTO_METHOD_TLS_SERVER)) {
            fwrite($conn, strtoupper(fgets($conn)));
        }
    }
    fclose($conn);
}
PHP);
$child = proc_open([PHP_BINARY, '-n', "$dir/server.php", "$dir/cert.pem"], [1 => ['pipe', 'w']], $pipes);
$address = trim(fgets($pipes[1]));

function starttls(string $where, string $address): void
{
    $client = stream_socket_client("tcp://$address", $errno, $errstr, 30, STREAM_CLIENT_CONNECT,
        stream_context_create(['ssl' => ['verify_peer' => true, 'cafile' => $GLOBALS['cafile']]]));
    stream_set_timeout($client, 30);
    fwrite($client, "STARTTLS\n");
    echo "$where: server says ", fgets($client);
    echo "$where: stream_socket_enable_crypto() returns ";
    var_dump(stream_socket_enable_crypto($client, true, STREAM_CRYPTO_METHOD_TLS_CLIENT));
    fwrite($client, "hello over tls\n");
    echo "$where: over TLS: ", fgets($client);
    echo "$where: crypto meta: ", isset(stream_get_meta_data($client)['crypto']['protocol']) ? "present" : "MISSING", "\n";
    fclose($client);
}
starttls("hooks disabled", $address);
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_TCP);
Sco::join([Sgo('starttls', "coroutine", $address)]);
Study\Runtime::disableCoroutine();
fclose($pipes[1]);
proc_close($child);
unlink("$dir/server.php");
unlink("$dir/cert.pem");
unlink("$dir/ca.pem");
rmdir($dir);
?>
--EXPECT--
hooks disabled: server says GO AHEAD
hooks disabled: stream_socket_enable_crypto() returns bool(true)
hooks disabled: over TLS: HELLO OVER TLS
hooks disabled: crypto meta: present
coroutine: server says GO AHEAD
coroutine: stream_socket_enable_crypto() returns bool(true)
coroutine: over TLS: HELLO OVER TLS
coroutine: crypto meta: present
