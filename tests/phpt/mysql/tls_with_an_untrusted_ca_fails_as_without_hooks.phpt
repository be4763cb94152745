--TEST--
Study\Runtime hooks, PDO_MySQL over TLS against a CA that did not sign the server's certificate (the system's CA bundle): the connection fails in a coroutine with the same PDOException and warnings as without the hooks, and the next connection with the right CA works
--EXTENSIONS--
study
mysqlnd
pdo
pdo_mysql
mysqli
openssl
--SKIPIF--
<?php require __DIR__ . '/skipif.inc';
if (!is_file('/etc/ssl/certs/ca-certificates.crt')) {
    die('skip no system CA bundle at /etc/ssl/certs/ca-certificates.crt');
}
?>
--FILE--
<?php
require __DIR__ . '/mysql.inc';

/** What connecting with the system's CA bundle gives: the exception and the warnings, as one text. */
function connect_with_the_wrong_ca(): string
{
    $warnings = [];
    set_error_handler(function (int $type, string $message) use (&$warnings) {
        $warnings[] = $message;
        return true;
    });
    try {
        mysql_pdo_tls('/etc/ssl/certs/ca-certificates.crt');
        $result = 'connected';
    } catch (PDOException $e) {
        $result = mysql_describe($e);
    } finally {
        restore_error_handler();
    }
    return $result . "\n" . implode("\n", $warnings);
}

$without = connect_with_the_wrong_ca();
Study\Runtime::enableCoroutine();
$with = mysql_in_coroutine('connect_with_the_wrong_ca');
echo $without === $with ? "the same failure as without the hooks\n" : "DIFFERENT\nwithout:\n$without\nwith:\n$with\n";
echo str_contains($with, 'certificate verify failed') ? "it names the certificate check\n" : "$with\n";
echo mysql_in_coroutine(fn() => mysql_cipher(mysql_pdo_tls())) !== '' ? "the right CA connects with TLS\n" : "no TLS\n";
?>
--EXPECT--
the same failure as without the hooks
PDOException (code 2002): SQLSTATE[HY000] [2002] Cannot connect to MySQL using SSL errorInfo=["HY000",2002,"Cannot connect to MySQL using SSL"]

the right CA connects with TLS
