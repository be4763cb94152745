--TEST--
Study\Http\Server with a real browser: headless Chromium loads a page that submits a multipart form (a text field and
a file, set through DataTransfer) by navigation; the server answers with a page whose script reads a chunked response
with fetch() and a stream reader and writes it into the DOM; the DOM Chromium prints (--dump-dom) shows both
--EXTENSIONS--
study
--SKIPIF--
<?php if (!is_executable('/usr/bin/chromium')) die('skip chromium is not installed'); ?>
--INI--
; PCRE's JIT reads past the end of a subject in 16-byte steps, which valgrind reports
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

$server = new Server('127.0.0.1', 0);
$server->handle('/', function (Request $req, Response $res) {
    $res->header('Content-Type', 'text/html; charset=utf-8');
    $res->end(<<<'HTML'
<!DOCTYPE html>
<html><body>
<form id="form" method="post" action="/upload" enctype="multipart/form-data">
<input name="title" value="from chromium"><input type="file" name="doc">
</form>
<script>
const transfer = new DataTransfer();
transfer.items.add(new File(['line one\r\n--line two\r\n'], 'note.txt', {type: 'text/plain'}));
document.querySelector('input[type=file]').files = transfer.files;
document.getElementById('form').submit();
</script>
</body></html>
HTML);
});
$server->handle('/upload', function (Request $req, Response $res) {
    $doc = $req->files['doc'];
    $seen = htmlspecialchars(sprintf("%s %s; %s %s %d bytes: %s", $req->method, $req->post['title'], $doc['name'],
        $doc['type'], $doc['size'], json_encode(file_get_contents($doc['tmp_name']))));
    $res->header('Content-Type', 'text/html; charset=utf-8');
    $res->end(<<<HTML
<!DOCTYPE html>
<html><body>
<p id="upload">$seen</p>
<pre id="chunks">waiting</pre>
<script>
(async () => {
    const response = await fetch('/chunks');
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    for (;;) {
        const {done, value} = await reader.read();
        if (done) break;
        text += decoder.decode(value, {stream: true});
    }
    document.getElementById('chunks').textContent = 'fetched ' + response.status + ': ' + text;
})().catch(e => { document.getElementById('chunks').textContent = 'failed: ' + e; });
</script>
</body></html>
HTML);
});
$server->handle('/chunks', function (Request $req, Response $res) {
    $res->header('Content-Type', 'text/plain');
    foreach (['alpha ', 'beta ', 'gamma'] as $piece) {
        $res->write($piece);
    }
    $res->end();
});
Sgo(fn() => $server->start());

$profile = sys_get_temp_dir() . '/study-chromium-' . getmypid();
// The marker keeps valgrind (scripts/phpt.sh) out of the browser. Virtual time stops while a load is pending, so the
// budget does not run out on a loaded machine.
[$status, $out, $err] = run_child(['chromium', '--headless=new', '--no-sandbox', '--disable-gpu',
    '--disable-dev-shm-usage', '--no-first-run', "--user-data-dir=$profile", '--virtual-time-budget=60000',
    '--study-fixture=not-traced-by-valgrind', '--dump-dom', "http://127.0.0.1:{$server->port}/"]);
echo "chromium: $status\n";
foreach (['upload', 'chunks'] as $id) {
    preg_match("#<[a-z]+ id=\"$id\">(.*?)</#s", $out, $match);
    echo "$id: ", $match[1] ?? "(missing)\n$out\n$err", "\n";
}
$server->shutdown();
exec('rm -rf ' . escapeshellarg($profile));
?>
--EXPECT--
chromium: 0
upload: POST from chromium; note.txt text/plain 22 bytes: "line one\r\n--line two\r\n"
chunks: fetched 200: alpha beta gamma
