--TEST--
Study\Http\Server takes a 100 MB upload from curl -F (max_body_size raised to 200 MB) with its memory bounded: the
multipart body is parsed as it arrives and the file written to its temporary file piece by piece, so the server's
peak RSS grows by far less than the upload (under 20 MB); the file arrives whole, and its temporary file is gone after
the request
--EXTENSIONS--
study
--SKIPIF--
<?php if (!is_executable('/usr/bin/curl')) die('skip curl is not installed'); ?>
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

// Peak and current resident memory of this process, in bytes (Linux).
function memory_of_process(): array {
    preg_match('/VmHWM:\s+(\d+) kB/', file_get_contents('/proc/self/status'), $peak);
    preg_match('/VmRSS:\s+(\d+) kB/', file_get_contents('/proc/self/status'), $now);
    return [(int)$peak[1] * 1024, (int)$now[1] * 1024];
}

$dir = sys_get_temp_dir() . '/study-upload-100mb-' . getmypid();
mkdir($dir);
$big = "$dir/big.bin";
// 100 MB of varied bytes (CR, LF and dashes included), written 1 MiB at a time.
$file = fopen($big, 'wb');
$block = random_bytes(1 << 20);
for ($i = 0; $i < 100; $i++) {
    fwrite($file, substr($block, $i) . substr($block, 0, $i));
}
fclose($file);
$size = filesize($big);
$sum = md5_file($big);
unset($block);

$server = new Server('127.0.0.1', 0, ['max_body_size' => 200 * 1024 * 1024, 'body_timeout' => 3600]);
$seen = null;
$server->handle('/', function (Request $req, Response $res) use (&$seen) {
    [$peak] = memory_of_process();
    $upload = $req->files['file'];
    $seen = ['peak' => $peak, 'size' => $upload['size'], 'error' => $upload['error'],
             'md5' => md5_file($upload['tmp_name']), 'tmp' => $upload['tmp_name'], 'title' => $req->post['title'],
             'raw' => strlen($req->rawContent())];
    $res->end("ok\n");
});
Sgo(fn() => $server->start());

// A small request first, so that what the server allocates once (buffers, the handler's first call) is in "before".
file_put_contents("$dir/small.bin", random_bytes(100000));
run_child(['curl', '-sS', '-H', 'X-Study-Fixture: not-traced-by-valgrind', '-F', 'title=warm',
    '-F', "file=@$dir/small.bin", "http://127.0.0.1:{$server->port}/", '-o', '/dev/null']);
[$before] = memory_of_process();

// The marker keeps valgrind (scripts/phpt.sh) out of curl.
[$status, $out, $err] = run_child(['curl', '-sS', '-H', 'X-Study-Fixture: not-traced-by-valgrind', '-F', 'title=big',
    '-F', "file=@$big;type=application/octet-stream", "http://127.0.0.1:{$server->port}/"]);
echo "curl: $status $out$err";
echo "size: ", $seen['size'] === $size ? 'all' : "{$seen['size']} of $size", ", error {$seen['error']}, md5 ",
    $seen['md5'] === $sum ? 'same' : 'differs', ", title {$seen['title']}, rawContent ", $seen['raw'], " bytes\n";
$growth = $seen['peak'] - $before;
printf("peak RSS before %.1f MB, during the upload %.1f MB, growth %.1f MB\n", $before / 1048576,
    $seen['peak'] / 1048576, $growth / 1048576);
echo "peak RSS growth under 20 MB: ", $growth < 20 * 1024 * 1024 ? 'yes' : 'no', "\n";
echo "temporary file left: ", file_exists($seen['tmp']) ? 'yes' : 'no', "\n";
$server->shutdown();
unlink($big);
unlink("$dir/small.bin");
rmdir($dir);
?>
--EXPECTF--
curl: 0 ok
size: all, error 0, md5 same, title big, rawContent 0 bytes
peak RSS before %f MB, during the upload %f MB, growth %f MB
peak RSS growth under 20 MB: yes
temporary file left: no
