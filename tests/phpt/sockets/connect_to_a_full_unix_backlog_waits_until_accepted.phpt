--TEST--
With HOOK_SOCKETS, socket_connect() of a blocking Unix stream socket to a listener whose backlog is full waits (as
PHP's blocking connect() does) until the listener accepts, instead of failing with EAGAIN; a ticker coroutine ticks
meanwhile. PHP's own call, in a child process, waits too
--EXTENSIONS--
study
sockets
pcntl
--FILE--
<?php
use Study\Runtime;

/* A listener with backlog 0 and its queue filled by clients nobody accepts: the next connect() finds it full. */
function full_listener(string $path, array &$clients): Socket {
    @unlink($path);
    $listener = socket_create(AF_UNIX, SOCK_STREAM, 0);
    socket_bind($listener, $path);
    socket_listen($listener, 0);
    for ($i = 0; $i < 8; $i++) {
        $client = socket_create(AF_UNIX, SOCK_STREAM, 0);
        socket_set_nonblock($client);
        if (!@socket_connect($client, $path)) {
            break; /* EAGAIN: the queue is full */
        }
        $clients[] = $client;
    }
    return $listener;
}

$path = sys_get_temp_dir() . '/study_full_backlog_' . getmypid() . '.sock';
Runtime::enableCoroutine(Runtime::HOOK_SOCKETS);
$clients = [];
$listener = full_listener($path, $clients);
$log = [];
$ticks = 0;
$connector = Sgo(function () use ($path, &$log, &$ticks) {
    $socket = socket_create(AF_UNIX, SOCK_STREAM, 0);
    $log[] = 'connect starts';
    $ok = @socket_connect($socket, $path);
    $log[] = 'connect: ' . var_export($ok, true) . ($ok ? '' : ' ' . socket_last_error($socket));
    $log[] = 'ticked while it waited: ' . ($ticks > 0 ? 'yes' : 'no');
});
$acceptor = Sgo(function () use ($listener, $clients, &$log, &$ticks) {
    for ($i = 0; $i < 5; $i++) {
        $ticks++;
        Sco::sleep(0.02);
    }
    $log[] = 'accepting';
    foreach ($clients as $ignored) {
        socket_close(socket_accept($listener));
    }
});
Sco::join([$connector, $acceptor]);
if (str_starts_with($log[1], 'connect: true')) {
    socket_close(socket_accept($listener)); /* the connector's connection */
}
echo implode("\n", $log), "\n";
socket_close($listener);
Runtime::disableCoroutine();

/* PHP's own blocking connect() in a child process; the parent accepts once the child has started it */
$clients = [];
$listener = full_listener($path, $clients);
$pid = pcntl_fork();
if ($pid === 0) {
    $socket = socket_create(AF_UNIX, SOCK_STREAM, 0);
    exit(@socket_connect($socket, $path) ? 0 : 1);
}
usleep(100000); /* not a margin: the child's connect() gives the same result whether it started yet or not */
foreach ($clients as $ignored) {
    socket_close(socket_accept($listener));
}
socket_set_option($listener, SOL_SOCKET, SO_RCVTIMEO, ['sec' => 10, 'usec' => 0]); /* a failed child's bound */
$accepted = socket_accept($listener);
if ($accepted) {
    socket_close($accepted);
}
pcntl_waitpid($pid, $status);
echo "PHP's connect in a child: ", pcntl_wexitstatus($status) === 0 ? "true" : "false", "\n";
socket_close($listener);
@unlink($path);
?>
--EXPECT--
connect starts
accepting
connect: true
ticked while it waited: yes
PHP's connect in a child: true
