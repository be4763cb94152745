--TEST--
HOOK_CURL: Study\Coroutine::list(true) of a coroutine waiting in curl_exec() for a server that never answers names
curl_exec as the function it waits in, with a wait of the transfer's kinds
--EXTENSIONS--
study
curl
--SKIPIF--
<?php require __DIR__ . '/skipif.inc'; ?>
--FILE--
<?php
Study\Runtime::enableCoroutine(Study\Runtime::HOOK_CURL);
$server = new Study\Coroutine\Socket();
$server->bind('127.0.0.1');
$server->listen();
$port = $server->getsockname()['port'];
$cid = Sgo(function () use ($port) {
    $ch = curl_init("http://127.0.0.1:$port/");
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    $result = curl_exec($ch);
    echo "curl_exec: ", var_export($result, true), "\n";
});
$info = Sco::list(true)[$cid];
echo $info['state'], " in ", $info['function'], "\n";
echo "a transfer's wait: ", var_export(in_array($info['wait'], ['poll', 'socket read', 'socket write', 'socket select', 'socket connect'], true), true), "\n";
$server->close();
Sco::join([$cid]);
?>
--EXPECT--
waiting in curl_exec
a transfer's wait: true
curl_exec: false
