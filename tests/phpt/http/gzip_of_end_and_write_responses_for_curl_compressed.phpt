--TEST--
Study\Http\Server gzips responses for clients that send Accept-Encoding: gzip (curl --compressed) when the type is
compressible: an end() body gets Content-Encoding and the compressed length, a write() stream is compressed chunk by
chunk; sendfile(), other types, short bodies, clients that do not ask, and a server with "compression" off send as is
--EXTENSIONS--
study
zlib
--SKIPIF--
<?php if (!is_executable('/usr/bin/curl')) die('skip curl is not installed'); ?>
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

$text = str_repeat("All work and no play makes Jack a dull boy.\n", 500);
$file = tempnam(sys_get_temp_dir(), 'study-gzip');
file_put_contents($file, $text);
$handler = function (Request $req, Response $res) use ($text, $file) {
    switch ($req->path) {
        case '/end':
            $res->header('Content-Type', 'text/plain; charset=utf-8');
            $res->end($text);
            break;
        case '/json':
            $res->header('Content-Type', 'application/json');
            $res->write('[');
            for ($i = 0; $i < 1000; $i++) {
                $res->write(($i ? ',' : '') . '{"i":' . $i . '}');
            }
            $res->end(']');
            break;
        case '/png':
            $res->header('Content-Type', 'image/png');
            $res->end($text);
            break;
        case '/short':
            $res->header('Content-Type', 'text/plain');
            $res->end('short');
            break;
        case '/file':
            $res->header('Content-Type', 'text/plain');
            $res->sendfile($file);
            break;
    }
};
$servers = [new Server('127.0.0.1', 0), new Server('127.0.0.1', 0, ['compression' => false])];
foreach ($servers as $server) {
    $server->handle('/', $handler);
    Sgo(fn() => $server->start());
}

function fetch(int $port, string $path, bool $compressed): string {
    $command = ['curl', '-sS', '-D', '-', "http://127.0.0.1:$port$path"];
    if ($compressed) {
        $command[] = '--compressed';
    }
    [$status, $out, $err] = run_child($command);
    [$head, $body] = explode("\r\n\r\n", $out, 2);
    $field = function (string $name) use ($head): string {
        foreach (explode("\r\n", $head) as $line) {
            if (stripos($line, "$name: ") === 0) {
                return substr($line, strlen($name) + 2);
            }
        }
        return '-';
    };
    return sprintf("%-6s %-10s encoding=%s length=%s vary=%s body %d bytes, md5 %s%s", $path,
        $compressed ? 'compressed' : 'plain', $field('content-encoding'), $field('content-length'),
        stripos($head, "vary: accept-encoding") !== false ? 'yes' : 'no', strlen($body), substr(md5($body), 0, 8), $err);
}
foreach ($servers as $i => $server) {
    echo $i ? "compression off\n" : "compression on\n";
    foreach (['/end', '/json', '/png', '/short', '/file'] as $path) {
        echo fetch($server->port, $path, true), "\n";
    }
    echo fetch($server->port, '/end', false), "\n";
}
$json = '[' . implode(',', array_map(fn($i) => '{"i":' . $i . '}', range(0, 999))) . ']';
echo "text md5 ", substr(md5($text), 0, 8), ", json md5 ", substr(md5($json), 0, 8), ", short md5 ", substr(md5('short'), 0, 8), "\n";
foreach ($servers as $server) {
    $server->shutdown();
}
unlink($file);
?>
--EXPECTF--
compression on
/end   compressed encoding=gzip length=%d vary=yes body 22000 bytes, md5 4edad32e
/json  compressed encoding=gzip length=- vary=yes body 9891 bytes, md5 %s
/png   compressed encoding=- length=22000 vary=no body 22000 bytes, md5 4edad32e
/short compressed encoding=- length=5 vary=yes body 5 bytes, md5 %s
/file  compressed encoding=- length=22000 vary=no body 22000 bytes, md5 4edad32e
/end   plain      encoding=- length=22000 vary=yes body 22000 bytes, md5 4edad32e
compression off
/end   compressed encoding=- length=22000 vary=no body 22000 bytes, md5 4edad32e
/json  compressed encoding=- length=- vary=no body 9891 bytes, md5 %s
/png   compressed encoding=- length=22000 vary=no body 22000 bytes, md5 4edad32e
/short compressed encoding=- length=5 vary=no body 5 bytes, md5 %s
/file  compressed encoding=- length=22000 vary=no body 22000 bytes, md5 4edad32e
/end   plain      encoding=- length=22000 vary=no body 22000 bytes, md5 4edad32e
text md5 4edad32e, json md5 %s, short md5 %s
