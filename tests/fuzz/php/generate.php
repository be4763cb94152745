<?php
// SPDX-License-Identifier: MIT
// Generates one random PHP script over the whole study API from a seed (mt_rand, so a seed always gives the same
// script): channels, WaitGroups, select, coroutines (create, yield, resume, cancel, join, defer), timers, sockets, the
// server, DNS, runtime hooks, destructors that wait, exceptions, exit() and fatal errors, nested in coroutines,
// timer callbacks and destructors, with arguments that are often garbage (wrong types, NAN, INF, huge or negative
// numbers, strings with NUL bytes).
//
// Waits the API documents as unbounded while something stays alive (a socket wait without timeout, a long sleep)
// are kept bounded, so that a run that does not end is a hang of study, not of the script: timeouts come from a pool
// of small, zero, negative and non-finite values, repeating timers clear themselves after three runs, and the server
// is shut down by a coroutine.

namespace StudyFuzz;

final class Generator
{
    private int $depth = 0;
    private int $serial = 0;

    private const ANY = [
        '0', '1', '-1', '2', 'PHP_INT_MAX', 'PHP_INT_MIN', 'NAN', 'INF', '-INF', '0.0', '-0.0', '1e308', '0.001',
        '-0.5', '"abc"', '"a\\0b"', '""', '"\\0"', 'str_repeat("x", 70000)', '[]', '[1, 2]', 'null', 'true', 'false',
        'new \\stdClass', 'fn() => 1', '$ch[0] ?? null', '$wg[0] ?? null', '$cids', '"127.0.0.1"', '"::1"',
        '"localhost"', '"0"', '"-1"', '"1e3"', '1 << 40', '0x7fffffff', '-0x80000000', '$sock[0] ?? null',
    ];
    // Timeouts: small, zero, negative, non-finite, beyond a year (no limit, as -1).
    private const TIMEOUT = ['-1', '0', '0.001', '0.002', '0.01', 'NAN', 'INF', '-INF', '-0.0', '1e-300', '-1e308', '0.0001',
        '1e308', '(float) PHP_INT_MAX'];
    private const GARBAGE = ['"abc"', '"a\\0b"', '""', '"-1"', '[]', 'null', 'true', 'false', 'new \\stdClass',
        'fn() => 1', '$ch[0] ?? null', '"0.001"'];
    // Durations (sleep, timers): a finite one is slept in full, so only short ones, and the invalid ones.
    private const DELAY = ['0', '0.001', '0.002', '-1', 'NAN', 'INF', '-INF', '-0.0', '1e-300', '0.0001', '-1e308'];
    // Timeouts for waits that keep the loop alive (sockets): never unbounded on purpose.
    private const SHORT = ['0', '0.001', '0.005', '-0.0', '1e-300', '0.0001'];
    private const INT = ['0', '1', '2', '3', '-1', '-2', '100', 'PHP_INT_MAX', 'PHP_INT_MIN', '1 << 31', '65536',
        '65535', '1 << 62', '-65536'];

    public function __construct(private int $seed)
    {
        mt_srand($seed);
    }

    public function script(): string
    {
        $body = $this->block(mt_rand(8, 30));
        $hooks = mt_rand(0, 3) === 0 ? 'Study\Runtime::enableCoroutine(' . $this->int() . ");\n" : '';
        return "<?php\n// study PHP-level fuzzer, seed {$this->seed}\n"
            . "use Study\\Coroutine as Co;\nuse Study\\Coroutine\\{Channel, WaitGroup, Socket, Server, System};\n"
            . "use Study\\{Timer, Runtime};\n"
            . "ini_set('default_socket_timeout', '1');\n"
            . "\$ch = []; \$wg = []; \$cids = []; \$sock = []; \$tm = []; \$obj = [];\n"
            . $hooks . $body . "echo \"end of script\\n\";\n";
    }

    private function pick(array $pool): string
    {
        return $pool[mt_rand(0, count($pool) - 1)];
    }

    private function chance(int $in): bool
    {
        return mt_rand(1, $in) === 1;
    }

    private function any(): string
    {
        return $this->pick(self::ANY);
    }

    private function int(): string
    {
        return $this->chance(5) ? $this->any() : $this->pick(self::INT);
    }

    private function timeout(): string
    {
        // Garbage of other types, but no large number: that would be a long wait, or the finding above.
        return $this->chance(8) ? $this->pick(self::GARBAGE) : $this->pick(self::TIMEOUT);
    }

    private function delay(): string
    {
        return $this->pick(self::DELAY);
    }

    private function short(): string
    {
        return $this->pick(self::SHORT);
    }

    private function idx(): string
    {
        return (string) mt_rand(0, 2);
    }

    private function block(int $count): string
    {
        $out = '';
        for ($i = 0; $i < $count; $i++) {
            $out .= $this->statement();
        }
        return $out;
    }

    // A nested block, shallower the deeper we are.
    private function nested(): string
    {
        if ($this->depth >= 3) {
            return $this->call();
        }
        $this->depth++;
        $out = $this->block(mt_rand(1, 6 - 2 * ($this->depth - 1)));
        $this->depth--;
        return $out;
    }

    private function uses(): string
    {
        return 'use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj)';
    }

    private function statement(): string
    {
        $r = mt_rand(0, 99);
        if ($r < 55) {
            // Most calls are wrapped, so that a thrown error does not end the run early; some are not.
            $call = $this->call();
            return $this->chance(40) ? $call : "try { $call } catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; }\n";
        }
        if ($r < 70) {
            return '$cids[] = ' . ($this->chance(2) ? 'Sgo' : 'Co::create') . '(function () ' . $this->uses()
                . " {\n" . $this->nested() . "});\n";
        }
        if ($r < 75) {
            return 'try { Co::defer(function () ' . $this->uses() . " {\n" . $this->nested()
                . "}); } catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; }\n";
        }
        if ($r < 81) {
            return $this->timer();
        }
        if ($r < 86) {
            // A destructor that runs code (and tries to wait) when its object goes.
            $n = $this->serial++;
            return "\$obj[$n] = new class(function () " . $this->uses() . " {\n" . $this->nested() . "}) {\n"
                . "    public function __construct(private \$fn) {}\n"
                . "    public function __destruct() { try { (\$this->fn)(); } catch (\\Throwable \$e) { echo 'dtor ', get_class(\$e), \"\\n\"; } }\n"
                . "};\n" . ($this->chance(2) ? "unset(\$obj[$n]);\n" : '');
        }
        if ($r < 92) {
            return "try {\n" . $this->nested() . "} catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; } finally { "
                . $this->call() . " }\n";
        }
        if ($r < 96) {
            return "\$cids = array_reverse(\$cids);\n";
        }
        // A run ends at its first exit(), uncaught throw or fatal error: keep them rare, so that most runs go deep.
        if (!$this->chance(4)) {
            return "gc_collect_cycles();\n";
        }
        if ($r < 97) {
            return 'throw new \Exception("fuzz");' . "\n";
        }
        if ($r < 98) {
            return 'exit(' . $this->pick(['0', '255', '"bye"', '']) . ");\n";
        }
        return $this->pick([
            'trigger_error("fuzz fatal", E_USER_ERROR);',
            'undefined_function_of_the_fuzzer();',
            '(function (int $x) {})("not an int");',
            'gc_collect_cycles();',
        ]) . "\n";
    }

    private function timer(): string
    {
        $n = $this->serial++;
        if ($this->chance(2)) {
            return "try { \$tm[] = Timer::after(" . $this->delay() . ', function () ' . $this->uses() . " {\n"
                . $this->nested() . "}); } catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; }\n";
        }
        return "try { \$t$n = null; \$tm[] = \$t$n = Timer::tick(" . $this->short() . ', function () use (&$t' . $n
            . ', &$ch, &$wg, &$cids, &$sock, &$tm, &$obj) { static $runs = 0; if (++$runs >= 3 && $t' . $n
            . " !== null) { Timer::clear(\$t$n); }\n" . $this->nested()
            . "}); } catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; }\n";
    }

    private function call(): string
    {
        $i = $this->idx();
        $calls = [
            // Channels
            fn() => "\$ch[$i] = new Channel(" . $this->int() . ');',
            fn() => "\$ch[$i]?->push(" . $this->any() . ', ' . $this->timeout() . ');',
            fn() => "var_dump(\$ch[$i]?->pop(" . $this->timeout() . '));',
            fn() => "\$ch[$i]?->close();",
            fn() => "\$ch[$i]?->stats(); \$ch[$i]?->length(); \$ch[$i]?->isFull(); \$ch[$i]?->isEmpty();",
            fn() => 'var_dump(Channel::select([$ch[0] ?? null, $ch[1] ?? ' . $this->any() . '], ['
                . ($this->chance(2) ? '[$ch[2] ?? null, ' . $this->any() . ']' : $this->any()) . '], '
                . $this->timeout() . '));',
            // WaitGroup
            fn() => "\$wg[$i] = new WaitGroup(" . $this->int() . ');',
            fn() => "\$wg[$i]?->add(" . $this->int() . ');',
            fn() => "\$wg[$i]?->done();",
            fn() => "var_dump(\$wg[$i]?->wait(" . $this->timeout() . '));',
            // Coroutines
            fn() => 'Co::yield();',
            fn() => 'Co::resume($cids[array_rand($cids ?: [0])] ?? ' . $this->int() . ');',
            fn() => 'Co::cancel($cids[array_rand($cids ?: [0])] ?? ' . $this->int() . ');',
            fn() => 'Co::join(' . ($this->chance(3) ? $this->any() : '$cids') . ', ' . $this->timeout() . ');',
            fn() => 'Co::sleep(' . $this->delay() . ');',
            fn() => 'Co::getBackTrace(' . $this->int() . ', ' . $this->int() . ', ' . $this->int() . ');',
            fn() => 'Co::getPcid(' . $this->int() . '); Co::getCid(); Co::list(); Co::stats(); Co::exists('
                . $this->int() . ');',
            fn() => 'Co::set(["max_coroutines" => ' . $this->int() . ']);',
            fn() => 'Co::set(["stack_size" => ' . $this->pick(['0', '-1', '4096', '65536', '1 << 20', 'PHP_INT_MAX', '"x"'])
                . ']);',
            fn() => 'Sgo(' . $this->any() . ', ' . $this->any() . ');',
            // Timers
            fn() => 'Timer::clear(' . ($this->chance(2) ? '$tm[array_rand($tm ?: [0])] ?? 0' : $this->int()) . ');',
            fn() => 'Timer::list();',
            // Sockets
            fn() => "\$sock[$i] = new Socket(" . $this->pick(['Socket::AF_INET', 'Socket::AF_INET6', 'Socket::AF_UNIX', $this->int()])
                . ', ' . $this->pick(['Socket::SOCK_STREAM', 'Socket::SOCK_DGRAM', $this->int()]) . ', '
                . $this->pick(['0', $this->int()]) . ');',
            fn() => "\$sock[$i]?->bind(" . $this->pick(['"127.0.0.1"', '"::1"', '"/tmp/study-fuzz-' . mt_rand() . '.sock"', $this->any()])
                . ', ' . $this->pick(['0', $this->int()]) . ");",
            fn() => "\$sock[$i]?->listen(" . $this->int() . ');',
            fn() => "var_dump(\$sock[$i]?->accept(" . $this->short() . '));',
            fn() => "\$sock[$i]?->connect(\"127.0.0.1\", (\$sock[" . $this->idx() . ']?->getsockname() ?: ["port" => 1])["port"] ?? 1, '
                . $this->short() . ');',
            fn() => "\$sock[$i]?->connect(" . $this->any() . ', ' . $this->int() . ', ' . $this->short() . ');',
            fn() => "var_dump(\$sock[$i]?->send(" . $this->any() . ', ' . $this->short() . '));',
            fn() => "var_dump(\$sock[$i]?->sendAll(" . $this->any() . ', ' . $this->short() . '));',
            fn() => "var_dump(\$sock[$i]?->recv(" . $this->int() . ', ' . $this->short() . '));',
            fn() => "var_dump(\$sock[$i]?->recvAll(" . $this->pick(['1', '10', $this->int()]) . ', ' . $this->short() . '));',
            fn() => "var_dump(\$sock[$i]?->recvfrom(" . $this->int() . ', $a, $p, ' . $this->short() . '));',
            fn() => "var_dump(\$sock[$i]?->sendto(" . $this->any() . ', ' . $this->int() . ', ' . $this->any() . '));',
            fn() => "\$sock[$i]?->shutdown(" . $this->int() . ');',
            fn() => "\$sock[$i]?->close();",
            fn() => "\$sock[$i]?->setOption(" . $this->int() . ', ' . $this->int() . ', ' . $this->int() . ');',
            fn() => "\$sock[$i]?->getOption(" . $this->int() . ', ' . $this->int() . ');',
            fn() => "\$sock[$i]?->getpeername(); \$sock[$i]?->getsockname();",
            fn() => "\$sock[$i]?->setTimeout(" . $this->timeout() . ');',
            // The server, shut down by a coroutine so that it cannot keep the run alive (a timer could be cleared by a
            // Timer::clear() of a random id; a cancel of the sleep still shuts it down, in the finally block).
            fn() => '$srv = new Server(' . $this->pick(['"127.0.0.1"', '"::1"', $this->any()]) . ', '
                . $this->pick(['0', $this->int()]) . '); $srv->setHandler(function ($c) { try { $c->send("x", 0.01); } catch (\Throwable $e) {} });'
                . ' Sgo(function () use ($srv) { try { Co::sleep(0.02); } finally { $srv->shutdown(); } }); Sgo(fn() => $srv->start());',
            // DNS
            fn() => 'var_dump(System::gethostbyname(' . $this->pick(['"localhost"', '"127.0.0.1"', '"::1"', $this->any()])
                . ', ' . $this->pick(['Socket::AF_INET', 'Socket::AF_INET6', $this->int()]) . ', '
                . $this->pick(['0.5', $this->short(), $this->timeout()]) . '));',
            fn() => 'System::getaddrinfo(' . $this->pick(['"localhost"', '"127.0.0.1"', $this->any()]) . ', '
                . $this->int() . ', ' . $this->int() . ', ' . $this->int() . ', '
                . $this->pick(['null', '"80"', '"http"', $this->any()]) . ', ' . $this->pick(['0.5', $this->short()]) . ');',
            // Runtime hooks and hooked functions
            fn() => 'Runtime::enableCoroutine(' . $this->int() . ');',
            fn() => 'Runtime::disableCoroutine(); Runtime::getHookFlags();',
            fn() => 'usleep(' . $this->pick(['0', '1000', '-1']) . ');',
            fn() => 'sleep(0);',
            fn() => '$f = @stream_socket_client("tcp://127.0.0.1:" . ((($sock[' . $this->idx()
                . ']?->getsockname() ?: [])["port"] ?? 1)), $en, $es, ' . $this->short() . '); if ($f) { @fwrite($f, '
                . $this->any() . '); @fread($f, 10); fclose($f); }',
            fn() => '$r = [STDIN]; $w = null; $x = null; @stream_select($r, $w, $x, 0, ' . $this->pick(['0', '1000']) . ');',
            fn() => 'gethostbyname(' . $this->pick(['"localhost"', '"127.0.0.1"', $this->any()]) . ');',
            // Engine things in between
            fn() => 'unset($ch[' . $i . ']);',
            fn() => 'unset($wg[' . $i . ']);',
            fn() => 'unset($sock[' . $i . ']);',
            fn() => '$obj = [];',
            fn() => '$fib = new \Fiber(function () ' . $this->uses() . ' { \Fiber::suspend(1); ' . $this->call()
                . ' }); $fib->start(); if (!$fib->isTerminated()) { $fib->resume(); }',
            fn() => 'ob_start(); echo "buffered"; ' . ($this->chance(2) ? 'Co::sleep(0.001); ' : '') . 'ob_end_clean();',
        ];
        return $calls[mt_rand(0, count($calls) - 1)]();
    }
}
