--TEST--
Study\Runtime hooks, PDO_MySQL over TLS (PDO::MYSQL_ATTR_SSL_CA, the server's certificate verified): 50 coroutines each connect with TLS and run SELECT SLEEP(0.2), <i>; every connection is encrypted, every query is sent before the first result comes back, and each coroutine gets its own row
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
    50,
    function () use (&$ciphers) {
        $pdo = mysql_pdo_tls();
        $ciphers[] = mysql_cipher($pdo);
        return $pdo;
    },
    fn(PDO $pdo, string $sql) => $pdo->query($sql)->fetch(PDO::FETCH_NUM),
);
echo count(array_filter($ciphers, fn($cipher) => $cipher !== '')), " of 50 connections use TLS\n";
?>
--EXPECT--
bool(true)
50 queries sent, 50 results
every query was sent before the first result came back
each coroutine got its own row
50 of 50 connections use TLS
