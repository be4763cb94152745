--TEST--
Study\Http\Server reads multipart/form-data bodies (curl -F): fields into $post as PHP registers $_POST (brackets make
arrays), files into $files in $_FILES' shape with their data in temporary files, which are removed when the Request
is freed unless the handler moved them
--EXTENSIONS--
study
--SKIPIF--
<?php if (!is_executable('/usr/bin/curl')) die('skip curl is not installed'); ?>
--FILE--
<?php
require __DIR__ . '/raw_client.inc';
use Study\Http\{Server, Request, Response};

$dir = sys_get_temp_dir() . '/study-multipart-' . getmypid();
mkdir($dir);
$doc = "$dir/doc.txt";
file_put_contents($doc, str_repeat("line\r\n--not a boundary\r\n", 5000));
file_put_contents("$dir/b.bin", random_bytes(3000));
$server = new Server('127.0.0.1', 0);
$temporary = [];
$kept = "$dir/kept";
$server->handle('/', function (Request $req, Response $res) use (&$temporary, $kept) {
    $files = $req->files;
    $out = ['post' => $req->post];
    $temporary[] = $files['doc']['tmp_name'];
    $files['doc']['tmp_name'] = md5_file($files['doc']['tmp_name']);
    foreach ($files['many']['tmp_name'] as $i => $path) {
        $temporary[] = $path;
        $files['many']['tmp_name'][$i] = md5_file($path);
    }
    $out['files'] = $files;
    rename($req->files['doc']['tmp_name'], $kept);
    $res->header('Content-Type', 'application/json');
    $res->end(json_encode($out, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES));
});
Sgo(fn() => $server->start());

[$status, $out, $err] = run_child(['curl', '-sS', '-F', 'title=hello world', '-F', 'list[]=x', '-F', 'list[]=y',
    '-F', "doc=@$doc;type=text/plain", '-F', "many[]=@$doc", '-F', "many[]=@$dir/b.bin;type=application/octet-stream",
    "http://127.0.0.1:{$server->port}/"]);
echo $err;
echo str_replace([md5_file($doc), md5_file("$dir/b.bin")], ['MD5(doc)', 'MD5(b.bin)'], $out), "\n";
echo "temporary files: ", count($temporary), ", left after the request: ",
    count(array_filter($temporary, 'file_exists')), "\n";
echo "moved one kept: ", md5_file($kept) === md5_file($doc) ? 'yes' : 'no', "\n";
$server->shutdown();
array_map('unlink', glob("$dir/*"));
rmdir($dir);
?>
--EXPECT--
{
    "post": {
        "title": "hello world",
        "list": [
            "x",
            "y"
        ]
    },
    "files": {
        "doc": {
            "name": "doc.txt",
            "full_path": "doc.txt",
            "type": "text/plain",
            "tmp_name": "MD5(doc)",
            "error": 0,
            "size": 120000
        },
        "many": {
            "name": [
                "doc.txt",
                "b.bin"
            ],
            "full_path": [
                "doc.txt",
                "b.bin"
            ],
            "type": [
                "text/plain",
                "application/octet-stream"
            ],
            "tmp_name": [
                "MD5(doc)",
                "MD5(b.bin)"
            ],
            "error": [
                0,
                0
            ],
            "size": [
                120000,
                3000
            ]
        }
    }
}
temporary files: 3, left after the request: 0
moved one kept: yes
