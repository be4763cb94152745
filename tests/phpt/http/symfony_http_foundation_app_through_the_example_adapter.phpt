--TEST--
Study\Http\Server runs a Symfony HttpFoundation application (Debian's) through the adapter of
examples/symfony_http_foundation.php: routing on the path, a cookie set and read back, a multipart form POST whose
UploadedFile is moved, a StreamedResponse sent in chunks, a BinaryFileResponse sent with sendfile(), and a 404; curl
is the client
--EXTENSIONS--
study
--SKIPIF--
<?php
if (!is_file('/usr/share/php/Symfony/Component/HttpFoundation/autoload.php')) die('skip php-symfony-http-foundation is not installed');
if (!is_executable('/usr/bin/curl')) die('skip curl is not installed');
?>
--INI--
; Symfony uses preg_*(); PCRE's JIT reads past the end of a subject in 16-byte steps, which valgrind reports
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
require __DIR__ . '/../../../examples/symfony_http_foundation.php';
use Study\Http\Server;

$dir = sys_get_temp_dir() . '/study-symfony-' . getmypid();
mkdir($dir);
$server = new Server('127.0.0.1', 0);
Sgo(fn() => symfony_serve($server, $dir));
$base = "http://127.0.0.1:{$server->port}";
// The marker keeps valgrind (scripts/phpt.sh) out of curl.
$curl = fn(string ...$args) => run_child(['curl', '-sS', '-H', 'X-Study-Fixture: not-traced-by-valgrind', ...$args]);
// The head's status line and the fields the test looks at, then the body.
$show = function (array $result, array $fields): string {
    [$status, $out, $err] = $result;
    [$head, $body] = explode("\r\n\r\n", $out, 2) + [1 => ''];
    $lines = explode("\r\n", $head);
    $kept = [$lines[0]];
    foreach (array_slice($lines, 1) as $line) {
        foreach ($fields as $field) {
            if (stripos($line, "$field:") === 0) {
                $kept[] = $line;
            }
        }
    }
    return "curl $status$err\n" . implode("\n", $kept) . "\n$body";
};

$jar = "$dir/jar";
echo $show($curl('-i', '-c', $jar, '-b', $jar, "$base/hello/Ann"), ['Content-Type', 'Set-Cookie']);
echo $show($curl('-i', '-c', $jar, '-b', $jar, "$base/hello/Ann"), ['Set-Cookie']);
file_put_contents("$dir/doc.txt", str_repeat("symfony\r\n", 20000));
echo str_replace(md5_file("$dir/doc.txt"), 'MD5(doc)', $show($curl('-i', '-F', 'name=Ann Lee',
    '-F', "doc=@$dir/doc.txt", "$base/form"), ['Content-Type']));
echo $show($curl('-i', "$base/stream"), ['Transfer-Encoding']);
[$status, $out] = $curl('-i', "$base/file");
[$head, $body] = explode("\r\n\r\n", $out, 2);
echo "file: ", $body === file_get_contents(__DIR__ . '/../../../examples/symfony_http_foundation.php') ? 'whole' : 'differs',
    ", ", stripos($head, 'Content-Disposition: attachment; filename=app.php') !== false ? 'attachment' : 'inline', "\n";
echo $show($curl('-i', "$base/nowhere"), []);
echo "left in the upload directory: ", implode(' ', array_diff(scandir($dir), ['.', '..', 'jar', 'doc.txt'])), "\n";
$server->shutdown();
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECTF--
curl 0
HTTP/1.1 200 OK
Content-Type: text/plain; charset=UTF-8
Set-Cookie: visits=1; path=/; httponly; samesite=lax
Hello Ann, visit 1
curl 0
HTTP/1.1 200 OK
Set-Cookie: visits=2; path=/; httponly; samesite=lax
Hello Ann, visit 2
curl 0
HTTP/1.1 201 Created
Content-Type: text/plain; charset=UTF-8
name: Ann Lee
doc: doc.txt, 180000 bytes, md5 MD5(doc)
curl 0
HTTP/1.1 200 OK
Transfer-Encoding: chunked
one
two
three
file: whole, attachment
curl 0
HTTP/1.1 404 Not Found
no route for /nowhere
left in the upload directory: 
