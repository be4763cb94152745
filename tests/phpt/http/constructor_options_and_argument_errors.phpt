--TEST--
Study\Http\Server: bad options throw ValueError naming the option; a port in use throws SocketException; Request and
Response cannot be made by hand; handle() needs a callable; start() twice and start() after shutdown() throw
--EXTENSIONS--
study
--FILE--
<?php
use Study\Http\{Server, Request, Response};

foreach ([
    ['max_header_size' => 0],
    ['max_body_size' => 'big'],
    ['idle_timeout' => NAN],
    ['max_requests' => -1],
    ['nope' => 1],
    [5],
] as $options) {
    try {
        new Server('127.0.0.1', 0, $options);
    } catch (ValueError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$server = new Server('127.0.0.1', 0, ['idle_timeout' => -1, 'reuse_port' => true, 'backlog' => 16]);
try {
    new Server('127.0.0.1', $server->port);
} catch (Study\Coroutine\Socket\Exception $e) {
    echo get_class($e), ": ", str_replace((string)$server->port, 'PORT', $e->getMessage()), "\n";
}
try {
    new Request();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $server->handle('/', 'no_such_function');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($server->shutdown());
try {
    $server->start();
} catch (Study\Coroutine\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECTF--
ValueError: Study\Http\Server::__construct(): Argument #3 ($options) option "max_header_size" must be an integer from 1 to %d
ValueError: Study\Http\Server::__construct(): Argument #3 ($options) option "max_body_size" must be an integer from 1 to %d
ValueError: Study\Http\Server::__construct(): Argument #3 ($options) option "idle_timeout" must be a number of seconds
ValueError: Study\Http\Server::__construct(): Argument #3 ($options) option "max_requests" must be an integer from 0 to 4294967295
ValueError: Study\Http\Server::__construct(): Argument #3 ($options) has an unknown option "nope"
ValueError: Study\Http\Server::__construct(): Argument #3 ($options) must have string keys (option names)
Study\Coroutine\Socket\Exception: cannot listen on 127.0.0.1:PORT: Address already in use
Error: Call to private Study\Http\Request::__construct() from global scope
TypeError: Study\Http\Server::handle(): Argument #2 ($handler) must be a valid callback, function "no_such_function" not found or invalid function name
bool(true)
Study\Coroutine\Error: Study\Http\Server::start(): the server is not listening (not constructed, or shut down already)
