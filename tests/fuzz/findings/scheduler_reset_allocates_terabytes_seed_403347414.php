<?php
// study PHP-level fuzzer, seed 403347414
use Study\Coroutine as Co;
use Study\Coroutine\{Channel, WaitGroup, Socket, Server, System};
use Study\{Timer, Runtime};
ini_set('default_socket_timeout', '1');
$ch = []; $wg = []; $cids = []; $sock = []; $tm = []; $obj = [];
try { $ch[0]?->stats(); $ch[0]?->length(); $ch[0]?->isFull(); $ch[0]?->isEmpty(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::set(["max_coroutines" => 1 << 62]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { unset($wg[2]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::resume($cids[array_rand($cids ?: [0])] ?? 65535); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids = array_reverse($cids);
try { $t0 = null; $tm[] = $t0 = Timer::tick(0.0001, function () use (&$t0, &$ch, &$wg, &$cids, &$sock, &$tm, &$obj) { static $runs = 0; if (++$runs >= 3 && $t0 !== null) { Timer::clear($t0); }
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $sock[2]?->getOption(null, -1); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { unset($ch[0]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
try { $srv = new Server("::1", 0); $srv->setHandler(function ($c) { try { $c->send("x", 0.01); } catch (\Throwable $e) {} }); Sgo(function () use ($srv) { try { Co::sleep(0.02); } finally { $srv->shutdown(); } }); Sgo(fn() => $srv->start()); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
try { $srv = new Server("127.0.0.1", 1 << 31); $srv->setHandler(function ($c) { try { $c->send("x", 0.01); } catch (\Throwable $e) {} }); Sgo(function () use ($srv) { try { Co::sleep(0.02); } finally { $srv->shutdown(); } }); Sgo(fn() => $srv->start()); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { var_dump($ch[0]?->pop(0.0001)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $sock[0]?->setTimeout(-0.0); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::defer(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $sock[0]?->getpeername(); $sock[0]?->getsockname(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::sleep(-0.0); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
try { $sock[1]?->getpeername(); $sock[1]?->getsockname(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $t1 = null; $tm[] = $t1 = Timer::tick(1e-300, function () use (&$t1, &$ch, &$wg, &$cids, &$sock, &$tm, &$obj) { static $runs = 0; if (++$runs >= 3 && $t1 !== null) { Timer::clear($t1); }
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { Co::yield(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
try {
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $ch[1] = new Channel(2); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Runtime::disableCoroutine(); Runtime::getHookFlags(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
try { Co::defer(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $r = [STDIN]; $w = null; $x = null; @stream_select($r, $w, $x, 0, 1000); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { $ch[1] = new Channel(2); }
$obj[2] = new class(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { Co::defer(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { unset($ch[1]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { gethostbyname("127.0.0.1"); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::yield(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}) {
    public function __construct(private $fn) {}
    public function __destruct() { try { ($this->fn)(); } catch (\Throwable $e) { echo 'dtor ', get_class($e), "\n"; } }
};
unset($obj[2]);
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { Co::defer(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$fib = new \Fiber(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) { \Fiber::suspend(1); Co::join(new \stdClass, 0.01); }); $fib->start(); if (!$fib->isTerminated()) { $fib->resume(); }});
try { Runtime::enableCoroutine(PHP_INT_MIN); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { var_dump($sock[2]?->sendto(false, PHP_INT_MAX, 1e308)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Runtime::enableCoroutine(0); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $sock[0]?->close(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
try {
try { Sgo(null, -1); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { usleep(-1); } catch (\Throwable $e) { echo get_class($e), "\n"; }
} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { unset($wg[1]); }
try {
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { var_dump(System::gethostbyname("localhost", Socket::AF_INET, 0.5)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::resume($cids[array_rand($cids ?: [0])] ?? -65536); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
try { Co::getPcid(1 << 31); Co::getCid(); Co::list(); Co::stats(); Co::exists(65536); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::resume($cids[array_rand($cids ?: [0])] ?? $wg[0] ?? null); } catch (\Throwable $e) { echo get_class($e), "\n"; }
} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { $fib = new \Fiber(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) { \Fiber::suspend(1); unset($sock[1]); }); $fib->start(); if (!$fib->isTerminated()) { $fib->resume(); } }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Runtime::enableCoroutine(1); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $sock[1] = new Socket(-1, -1, 2); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { var_dump(Channel::select([$ch[0] ?? null, $ch[1] ?? 1], [[$ch[2] ?? null, NAN]], -0.0)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $t3 = null; $tm[] = $t3 = Timer::tick(0.0001, function () use (&$t3, &$ch, &$wg, &$cids, &$sock, &$tm, &$obj) { static $runs = 0; if (++$runs >= 3 && $t3 !== null) { Timer::clear($t3); }
try { Runtime::enableCoroutine(0.001); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try {
try { unset($wg[0]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $sock[0]?->getOption(100, -2); } catch (\Throwable $e) { echo get_class($e), "\n"; }
} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { unset($wg[0]); }
try { $r = [STDIN]; $w = null; $x = null; @stream_select($r, $w, $x, 0, 1000); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
try { $tm[] = Timer::after(-1, function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $wg[2]?->add(-1); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$cids = array_reverse($cids);
});
Co::resume($cids[array_rand($cids ?: [0])] ?? 1);try { Co::set(["max_coroutines" => -2]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { var_dump($sock[2]?->send(INF, -0.0)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { unset($sock[2]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $sock[0] = new Socket(Socket::AF_INET6, -1, 1 << 31); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $ch[0]?->stats(); $ch[0]?->length(); $ch[0]?->isFull(); $ch[0]?->isEmpty(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $ch[0]?->push(-0.5, 1e-300); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $sock[2]?->connect("::1", 65535, 0); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $t5 = null; $tm[] = $t5 = Timer::tick(1e-300, function () use (&$t5, &$ch, &$wg, &$cids, &$sock, &$tm, &$obj) { static $runs = 0; if (++$runs >= 3 && $t5 !== null) { Timer::clear($t5); }
try { Timer::list(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
gc_collect_cycles();
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try {
try { $sock[2]?->connect("127.0.0.1", ($sock[2]?->getsockname() ?: ["port" => 1])["port"] ?? 1, 0.0001); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Timer::list(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { $sock[2]?->setTimeout(0.01); }
try { Sgo(str_repeat("x", 70000), $wg[0] ?? null); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try {
try { $sock[0]?->getOption(PHP_INT_MIN, 3); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $wg[2] = new WaitGroup(PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $ch[1]?->close(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { $sock[0]?->close(); }
try { $sock[0]?->connect("127.0.0.1", ($sock[2]?->getsockname() ?: ["port" => 1])["port"] ?? 1, -0.0); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
echo "end of script\n";
