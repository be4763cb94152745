<?php
// study PHP-level fuzzer, seed 403526443
use Study\Coroutine as Co;
use Study\Coroutine\{Channel, WaitGroup, Socket, Server, System};
use Study\{Timer, Runtime};
ini_set('default_socket_timeout', '1');
$ch = []; $wg = []; $cids = []; $sock = []; $tm = []; $obj = [];
Study\Runtime::enableCoroutine(1);
try { $sock[0]?->getpeername(); $sock[0]?->getsockname(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$obj[0] = new class(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { System::getaddrinfo("127.0.0.1", PHP_INT_MIN, 1 << 62, $cids, null, 0.005); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$obj[1] = new class(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
sleep(0);}) {
    public function __construct(private $fn) {}
    public function __destruct() { try { ($this->fn)(); } catch (\Throwable $e) { echo 'dtor ', get_class($e), "\n"; } }
};
});
try { Co::defer(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $ch[2]?->close(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}) {
    public function __construct(private $fn) {}
    public function __destruct() { try { ($this->fn)(); } catch (\Throwable $e) { echo 'dtor ', get_class($e), "\n"; } }
};
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { var_dump($sock[1]?->recvfrom("0", $a, $p, 0.0001)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::getBackTrace(2, 1, fn() => 1); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
try { Co::defer(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$obj[2] = new class(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
unset($sock[2]);}) {
    public function __construct(private $fn) {}
    public function __destruct() { try { ($this->fn)(); } catch (\Throwable $e) { echo 'dtor ', get_class($e), "\n"; } }
};
unset($obj[2]);
try { Co::getPcid("abc"); Co::getCid(); Co::list(); Co::stats(); Co::exists(65535); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $sock[2]?->getpeername(); $sock[2]?->getsockname(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::sleep(-1e308); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
try { Co::defer(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { sleep(0); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
throw new \Exception("fuzz");
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$f = @stream_socket_client("tcp://127.0.0.1:" . ((($sock[2]?->getsockname() ?: [])["port"] ?? 1)), $en, $es, 0.005); if ($f) { @fwrite($f, 1 << 40); @fread($f, 10); fclose($f); }});
});
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { gethostbyname("127.0.0.1"); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
$cids = array_reverse($cids);
try {
try { $t3 = null; $tm[] = $t3 = Timer::tick(-0.0, function () use (&$t3, &$ch, &$wg, &$cids, &$sock, &$tm, &$obj) { static $runs = 0; if (++$runs >= 3 && $t3 !== null) { Timer::clear($t3); }
try { $t4 = null; $tm[] = $t4 = Timer::tick(0.001, function () use (&$t4, &$ch, &$wg, &$cids, &$sock, &$tm, &$obj) { static $runs = 0; if (++$runs >= 3 && $t4 !== null) { Timer::clear($t4); }
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
sleep(0);});
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $sock[2]?->getpeername(); $sock[2]?->getsockname(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { usleep(-1); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $sock[1]?->listen([1, 2]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
$obj[5] = new class(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try {
var_dump($ch[1]?->pop(0.01));} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { Sgo(0x7fffffff, "a\0b"); }
try { $srv = new Server("::1", "::1"); $srv->setHandler(function ($c) { try { $c->send("x", 0.01); } catch (\Throwable $e) {} }); Sgo(function () use ($srv) { try { Co::sleep(0.02); } finally { $srv->shutdown(); } }); Sgo(fn() => $srv->start()); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}) {
    public function __construct(private $fn) {}
    public function __destruct() { try { ($this->fn)(); } catch (\Throwable $e) { echo 'dtor ', get_class($e), "\n"; } }
};
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { ob_start(); echo "buffered"; ob_end_clean(); }
try { $sock[0]?->getOption(-1, 65535); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids = array_reverse($cids);
try { var_dump($sock[1]?->sendto(-0.0, PHP_INT_MIN, [])); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try {
try { unset($wg[2]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $f = @stream_socket_client("tcp://127.0.0.1:" . ((($sock[1]?->getsockname() ?: [])["port"] ?? 1)), $en, $es, 0.001); if ($f) { @fwrite($f, false); @fread($f, 10); fclose($f); } } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids = array_reverse($cids);
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { unset($ch[0]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $tm[] = Timer::after(-1e308, function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$r = [STDIN]; $w = null; $x = null; @stream_select($r, $w, $x, 0, 0);}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try {
$wg[0]?->done();} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { $ch[1] = new Channel(0.001); }
});
});
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { Co::set(["stack_size" => 4096]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::sleep(-1); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { var_dump($wg[0]?->wait(0.002)); }
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $srv = new Server(2, 1 << 31); $srv->setHandler(function ($c) { try { $c->send("x", 0.01); } catch (\Throwable $e) {} }); Sgo(function () use ($srv) { try { Co::sleep(0.02); } finally { $srv->shutdown(); } }); Sgo(fn() => $srv->start()); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { sleep(0); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $r = [STDIN]; $w = null; $x = null; @stream_select($r, $w, $x, 0, 0); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
try { unset($wg[0]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
});
try { $r = [STDIN]; $w = null; $x = null; @stream_select($r, $w, $x, 0, 1000); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $sock[2] = new Socket(Socket::AF_INET, 1, 1 << 62); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { usleep(-1); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { var_dump(Channel::select([$ch[0] ?? null, $ch[1] ?? []], [1], "a\0b")); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try {
try { Runtime::enableCoroutine(0); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { var_dump($sock[2]?->recv(1 << 62, 0.005)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { Co::resume($cids[array_rand($cids ?: [0])] ?? PHP_INT_MIN); }
try { var_dump(Channel::select([$ch[0] ?? null, $ch[1] ?? "::1"], ["localhost"], -1)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
try { Co::getPcid(0); Co::getCid(); Co::list(); Co::stats(); Co::exists("localhost"); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $fib = new \Fiber(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) { \Fiber::suspend(1); $sock[2]?->close(); }); $fib->start(); if (!$fib->isTerminated()) { $fib->resume(); } } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::set(["max_coroutines" => 65536]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Sgo(INF, 2); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $t7 = null; $tm[] = $t7 = Timer::tick(-0.0, function () use (&$t7, &$ch, &$wg, &$cids, &$sock, &$tm, &$obj) { static $runs = 0; if (++$runs >= 3 && $t7 !== null) { Timer::clear($t7); }
try { $wg[0]?->add(-2); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$ch[2] = new Channel(1);$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$ch[0] = new Channel(1);});
});
try { $t8 = null; $tm[] = $t8 = Timer::tick(0.001, function () use (&$t8, &$ch, &$wg, &$cids, &$sock, &$tm, &$obj) { static $runs = 0; if (++$runs >= 3 && $t8 !== null) { Timer::clear($t8); }
try { var_dump($ch[1]?->pop("0.001")); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $sock[0]?->setTimeout(""); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
try { var_dump($sock[0]?->recv(0, -0.0)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $t9 = null; $tm[] = $t9 = Timer::tick(0.0001, function () use (&$t9, &$ch, &$wg, &$cids, &$sock, &$tm, &$obj) { static $runs = 0; if (++$runs >= 3 && $t9 !== null) { Timer::clear($t9); }
try { Co::defer(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try {
$sock[0]?->close();} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { var_dump($sock[2]?->accept(0.005)); }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$obj[10] = new class(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
sleep(0);}) {
    public function __construct(private $fn) {}
    public function __destruct() { try { ($this->fn)(); } catch (\Throwable $e) { echo 'dtor ', get_class($e), "\n"; } }
};
unset($obj[10]);
});
try { Co::defer(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$srv = new Server("::1", PHP_INT_MAX); $srv->setHandler(function ($c) { try { $c->send("x", 0.01); } catch (\Throwable $e) {} }); Sgo(function () use ($srv) { try { Co::sleep(0.02); } finally { $srv->shutdown(); } }); Sgo(fn() => $srv->start());});
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Timer::list(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try {
try { $r = [STDIN]; $w = null; $x = null; @stream_select($r, $w, $x, 0, 1000); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try {
try { $sock[0]?->bind("/tmp/study-fuzz-1307811787.sock", 0); } catch (\Throwable $e) { echo get_class($e), "\n"; }
} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { var_dump($ch[1]?->pop(0.01)); }
try { var_dump($sock[2]?->accept(0)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $sock[2]?->setOption(3, PHP_INT_MIN, 65536); } catch (\Throwable $e) { echo get_class($e), "\n"; }
} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { System::getaddrinfo("localhost", 100, 65535, 3, $wg[0] ?? null, 0.5); }
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { Co::join($cids, -1); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$obj[11] = new class(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try {
$obj[12] = new class(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $srv = new Server("127.0.0.1", -2); $srv->setHandler(function ($c) { try { $c->send("x", 0.01); } catch (\Throwable $e) {} }); Sgo(function () use ($srv) { try { Co::sleep(0.02); } finally { $srv->shutdown(); } }); Sgo(fn() => $srv->start()); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}) {
    public function __construct(private $fn) {}
    public function __destruct() { try { ($this->fn)(); } catch (\Throwable $e) { echo 'dtor ', get_class($e), "\n"; } }
};
unset($obj[12]);
} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { $wg[2]?->add(-INF); }
try { unset($ch[0]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $sock[2]?->setTimeout(0.01); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}) {
    public function __construct(private $fn) {}
    public function __destruct() { try { ($this->fn)(); } catch (\Throwable $e) { echo 'dtor ', get_class($e), "\n"; } }
};
try { unset($wg[2]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$cids[] = Sgo(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { Co::defer(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { var_dump(Channel::select([$ch[0] ?? null, $ch[1] ?? -INF], [true], -0.0)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::defer(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
Co::getBackTrace(1 << 62, 100, 65535);}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
try { var_dump($sock[1]?->send(-INF, 0.001)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$obj[13] = new class(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
gc_collect_cycles();
try { unset($sock[0]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}) {
    public function __construct(private $fn) {}
    public function __destruct() { try { ($this->fn)(); } catch (\Throwable $e) { echo 'dtor ', get_class($e), "\n"; } }
};
unset($obj[13]);
try { Co::defer(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { var_dump($sock[1]?->recvAll(1 << 31, 0.001)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try {
Timer::list();} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { $obj = []; }
});
try { $sock[2]?->shutdown(-1); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
});
$obj[14] = new class(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $ch[2]?->push(0, -1); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::defer(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { Sgo(-0.5, 2); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { var_dump(Channel::select([$ch[0] ?? null, $ch[1] ?? 0x7fffffff], [-0.5], false)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::set(["max_coroutines" => PHP_INT_MIN]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
$obj[15] = new class(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $ch[2]?->close(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}) {
    public function __construct(private $fn) {}
    public function __destruct() { try { ($this->fn)(); } catch (\Throwable $e) { echo 'dtor ', get_class($e), "\n"; } }
};
unset($obj[15]);
try { var_dump(Channel::select([$ch[0] ?? null, $ch[1] ?? fn() => 1], [0x7fffffff], 0.001)); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::yield(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}) {
    public function __construct(private $fn) {}
    public function __destruct() { try { ($this->fn)(); } catch (\Throwable $e) { echo 'dtor ', get_class($e), "\n"; } }
};
unset($obj[14]);
$obj[16] = new class(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { Runtime::disableCoroutine(); Runtime::getHookFlags(); } catch (\Throwable $e) { echo get_class($e), "\n"; }
}) {
    public function __construct(private $fn) {}
    public function __destruct() { try { ($this->fn)(); } catch (\Throwable $e) { echo 'dtor ', get_class($e), "\n"; } }
};
try { usleep(1000); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { unset($sock[2]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { Co::defer(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
try { $wg[0] = new WaitGroup(PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try {
try { unset($wg[1]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try {
gc_collect_cycles();
$cids[] = Co::create(function () use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj) {
Sgo(null, 1 << 40);});
} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { var_dump($sock[0]?->send(1 << 40, 0.001)); }
} catch (\Throwable $e) { echo get_class($e), "\n"; } finally { var_dump($ch[1]?->pop(-0.0)); }
try { unset($sock[2]); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $sock[2]?->connect("abc", [1, 2], 0.005); } catch (\Throwable $e) { echo get_class($e), "\n"; }
exit(0);
gc_collect_cycles();
}); } catch (\Throwable $e) { echo get_class($e), "\n"; }
try { $sock[0]?->getOption(-1, -65536); } catch (\Throwable $e) { echo get_class($e), "\n"; }
echo "end of script\n";
