--TEST--
Study\Runtime hooks, mysqli over TLS (ssl_set() with the server's CA, MYSQLI_CLIENT_SSL_VERIFY_SERVER_CERT): 20 coroutines each connect with TLS and run SELECT SLEEP(0.2), <i>; every connection is encrypted, every query is sent before the first result comes back, and each coroutine gets its own row
--EXTENSIONS--
study
mysqlnd
pdo
pdo_mysql
mysqli
openssl
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
require __DIR__ . '/mysql.inc';

var_dump(Study\Runtime::enableCoroutine());
$ciphers = [];
mysql_check_concurrent_queries(
    20,
    function () use (&$ciphers) {
        $mysqli = mysql_mysqli_tls();
        $ciphers[] = mysql_cipher($mysqli);
        return $mysqli;
    },
    fn(mysqli $mysqli, string $sql) => $mysqli->query($sql)->fetch_row(),
);
echo count(array_filter($ciphers, fn($cipher) => $cipher !== '')), " of 20 connections use TLS\n";
?>
--EXPECT--
bool(true)
20 queries sent, 20 results
every query was sent before the first result came back
each coroutine got its own row
20 of 20 connections use TLS
