<?php
// SPDX-License-Identifier: MIT
// Generates one random PHP script over the whole study API from a seed (mt_rand, so a seed always gives the same
// script): channels, WaitGroups, select, coroutines (create, yield, resume, cancel, join, defer), timers, sockets, the
// server, DNS, runtime hooks, destructors that wait, exceptions, exit() and fatal errors, nested in coroutines,
// timer callbacks and destructors, with arguments that are often garbage (wrong types, NAN, INF, huge or negative
// numbers, strings with NUL bytes).
//
// Scenarios over the larger parts of the API are statements of their own, with the same garbage: an HTTP server
// with handlers that misuse the Response and raw clients that send well-formed, malformed, pipelined and partial
// requests; TLS servers and clients (garbage instead of a ClientHello, early closes, STARTTLS); child processes under
// HOOK_PROC with coroutines that cancel each other while they wait and destructors that close pipes; a process pool.
// Their objects stay reachable from the random calls that follow ($hs, $ts, $pp, $pipes). Children run
// uninstrumented (LD_PRELOAD is dropped) and under timeout(1), a pool's workers start at most four times in all and
// its master stops it from a SIGALRM handler, so every script still ends within seconds.
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
        $hooks = mt_rand(0, 3) === 0 ? $this->guarded('Study\Runtime::enableCoroutine(' . $this->int() . ');') : '';
        // A pool can start only while nothing of the runtime is alive: at the very start, now and then.
        $pool = $this->chance(6) ? $this->pool() : '';
        return "<?php\n// study PHP-level fuzzer, seed {$this->seed}\n"
            . "use Study\\Coroutine as Co;\nuse Study\\Coroutine\\{Channel, WaitGroup, Socket, Server, System};\n"
            . "use Study\\{Timer, Runtime};\nuse Study\\Http\\Server as HttpServer;\nuse Study\\Process\\Pool;\n"
            . "ini_set('default_socket_timeout', '1');\n"
            . "\$ch = []; \$wg = []; \$cids = []; \$sock = []; \$tm = []; \$obj = []; \$hs = []; \$ts = []; \$pp = []; \$pipes = [];\n"
            . self::PRELUDE . $pool . $hooks . $body . "echo \"end of script\\n\";\n";
    }

    // A statement whose throw is caught and named, so that the run goes on.
    private function guarded(string $statement): string
    {
        return "try { $statement } catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; }\n";
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

    // A pause the scenarios' helpers take before they act (cancel, close): always a valid one.
    private function pause(): string
    {
        return $this->pick(['0', '0.001', '0.002', '0.0001', '0.01', '0.05']);
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
        return 'use (&$ch, &$wg, &$cids, &$sock, &$tm, &$obj, &$hs, &$ts, &$pp, &$pipes)';
    }

    private function statement(): string
    {
        $r = mt_rand(0, 109);
        if ($r >= 100) {
            return $this->scenario();
        }
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
            // A throw from a finally block ends the run: one in four is left unguarded.
            return "try {\n" . $this->nested() . "} catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; } finally { "
                . ($this->chance(4) ? $this->call() : rtrim($this->guarded($this->call()))) . " }\n";
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
            . ', &$ch, &$wg, &$cids, &$sock, &$tm, &$obj, &$hs, &$ts, &$pp, &$pipes) { static $runs = 0; if (++$runs >= 3 && $t' . $n
            . " !== null) { Timer::clear(\$t$n); }\n" . $this->nested()
            . "}); } catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; }\n";
    }

    // Every script's prelude: children run without the sanitizer runtimes (they are not under test, and a shell with
    // them preloaded is slow to start), and a self-signed certificate made at the first use, removed at the end by
    // the process that made it (a pool's workers run the shutdown functions too).
    private const PRELUDE = <<<'PHP'
        putenv('LD_PRELOAD');
        function fuzz_cert(): string
        {
            static $path = null;
            if ($path === null) {
                $path = sys_get_temp_dir() . '/study-fuzz-cert-' . getmypid() . '.pem';
                $key = openssl_pkey_new(['private_key_type' => OPENSSL_KEYTYPE_EC, 'curve_name' => 'prime256v1']);
                $cert = openssl_csr_sign(openssl_csr_new(['commonName' => '127.0.0.1'], $key), null, $key, 1);
                openssl_x509_export($cert, $pem);
                openssl_pkey_export($key, $keyPem);
                file_put_contents($path, $pem . $keyPem);
                $pid = getmypid();
                register_shutdown_function(function () use ($path, $pid) { if (getmypid() === $pid) { @unlink($path); } });
            }
            return $path;
        }

        PHP;

    // Commands for the exec family and proc_open(): short-lived; under timeout(1) wherever one could wait for this
    // process (a cat for its input, more output than a pipe holds for a reader that may never come), as PHP would
    // wait for it too; and garbage (no such command, NUL bytes, an array where a string goes).
    private const COMMAND = ['"echo hi"', '"echo err >&2; echo out"', '"sleep 0.02; echo late"', '"timeout 0.5 cat"',
        '"timeout 0.5 head -c 100000 /dev/zero"', '"exit 3"', '\'kill -9 $$\'', '"timeout 0.5 cat >/dev/null"', '"true"',
        '"/nonexistent/study-fuzz"', '""', '"a\\0b"', '"printf \'a\\\\0b\\\\n\'"', '"timeout 0.5 sh -c \'yes | head -c 300000\'"'];
    private const ARGV = ['["timeout", "0.5", "cat"]', '["echo", "x", "y"]', '["/nonexistent/study-fuzz"]', '[]',
        '["sh", "-c", "exit 7"]', '["timeout", "0.5", "head", "-c", "70000", "/dev/zero"]', '["timeout", "0.5", "sh", "-c", "cat; echo done >&2"]'];
    private const SPEC = ['[0 => ["pipe", "r"], 1 => ["pipe", "w"], 2 => ["pipe", "w"]]',
        '[0 => ["pipe", "r"], 1 => ["pipe", "w"]]', '[1 => ["pipe", "w"], 2 => ["redirect", 1]]',
        '[0 => ["file", "/dev/null", "r"], 1 => ["pipe", "w"], 2 => ["file", "/dev/null", "w"]]', '[]',
        '[0 => ["pipe", "x"]]', '[1 => ["pipe", "w"], 3 => ["pipe", "w"]]', '[0 => ["pipe", "r"], 1 => ["pipe", "w"], 2 => ["redirect", 1]]'];
    // A TLS client's connect timeout, which also bounds its handshake: never 0, which PHP's OpenSSL streams take for
    // no limit (a handshake with a server in the same process that no longer accepts would wait forever, with or
    // without the hooks).
    private const CONNECT = ['0.3', '0.3', '0.1', '0.0001', '0.01'];
    private const LENGTH = ['1', '10', '100', '8192', '65536', '0', '-1'];

    private function command(): string
    {
        return $this->chance(10) ? $this->any() : $this->pick(self::COMMAND);
    }

    // A PHP double-quoted literal of any bytes.
    private static function literal(string $bytes): string
    {
        $out = '';
        for ($k = 0, $n = strlen($bytes); $k < $n; $k++) {
            $c = $bytes[$k];
            $o = ord($c);
            $out .= match (true) {
                $c === "\r" => '\r',
                $c === "\n" => '\n',
                $c === "\t" => '\t',
                $c === '"', $c === '\\', $c === '$' => '\\' . $c,
                $o < 32 || $o > 126 => sprintf('\x%02x', $o),
                default => $c,
            };
        }
        return '"' . $out . '"';
    }

    private function bytes(int $max): string
    {
        $out = '';
        for ($k = mt_rand(0, $max); $k > 0; $k--) {
            $out .= chr(mt_rand(0, 255));
        }
        return $out;
    }

    private function hooksOn(): string
    {
        if ($this->chance(4)) {
            return '';
        }
        return 'try { Runtime::enableCoroutine(' . $this->pick(['', '', 'Runtime::HOOK_ALL',
            'Runtime::HOOK_PROC | Runtime::HOOK_FILE | Runtime::HOOK_SLEEP', 'Runtime::HOOK_SSL | Runtime::HOOK_TLS | Runtime::HOOK_TCP',
            'Runtime::HOOK_TCP', $this->int()]) . "); } catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; }\n";
    }

    private function scenario(): string
    {
        $r = mt_rand(0, 9);
        if ($r < 4) {
            return $this->httpServer();
        }
        if ($r < 6) {
            return $this->tls();
        }
        if ($r < 9) {
            return $this->processes();
        }
        return $this->pool();
    }

    // One HTTP request as a PHP expression: well-formed or malformed (RFC 9112's refusals, smuggling attempts), with
    // bodies of declared length, chunked or multipart, or plain garbage.
    private function httpRequest(): string
    {
        if ($this->chance(8)) {
            return self::literal($this->bytes(60));
        }
        $eol = $this->chance(12) ? "\n" : ($this->chance(30) ? "\r" : "\r\n");
        $method = $this->pick(['GET', 'GET', 'GET', 'POST', 'POST', 'HEAD', 'PUT', 'OPTIONS', 'DELETE', 'G T', "GE\0T", '',
            'get', 'CONNECT', 'PRI']);
        $target = $this->pick(['/', '/', '/a', '/a/b?x=1&y[]=2&y[]=3', '/b?', '/%00', '/a b', '*', 'http://127.0.0.1/a',
            '', '/a?x=%zz&=&&z', "/\x80\xff", '/a#frag']);
        $version = $this->pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/1.1x', '', 'HTTP/1', 'http/1.1']);
        $boundary = $this->pick(['B', 'xyz', '', str_repeat('b', 80)]);
        $body = match (mt_rand(0, 7)) {
            0, 1, 2 => '',
            3 => 'a=1&b[]=2&b[]=3&c=%zz&d',
            4 => "--$boundary\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                . "hello\r\n--$boundary\r\nContent-Disposition: form-data; name=\"a[]\"\r\n\r\n1\r\n"
                . $this->pick(["--$boundary--\r\n", "--$boundary", '', "--$boundary\r\n\r\n", "--$boundary--"]),
            5 => $this->pick(["5\r\nhello\r\n0\r\n\r\n", "5\r\nhelloXX0\r\n\r\n", "zz\r\nhello\r\n0\r\n\r\n",
                "ffffffffffffffffff\r\nx\r\n0\r\n\r\n", "5;ext=\0\r\nhello\r\n0\r\n\r\n", "0\r\nX-T: y\r\n\r\n",
                "5\nhello\n0\n\n", "3\r\nabc\r\n", "1;a=b\r\nx\r\n0;c\r\nT: v\r\n\r\n", '0']),
            default => $this->bytes(40),
        };
        $headers = [];
        $hosts = $this->pick(['1', '1', '1', '1', '0', '2']);
        for ($k = 0; $k < (int) $hosts; $k++) {
            $headers[] = 'Host: 127.0.0.1';
        }
        for ($k = mt_rand(0, 4); $k > 0; $k--) {
            $headers[] = $this->pick([
                'Content-Length: ' . strlen($body), 'Content-Length: ' . strlen($body), 'Content-Length: ' . (strlen($body) + 5),
                'Content-Length: -1', 'Content-Length: abc', 'Content-Length: 99999999999999999999', 'Transfer-Encoding: chunked',
                'Transfer-Encoding: chunked', 'Transfer-Encoding: gzip', 'Transfer-Encoding: gzip, chunked',
                'Transfer-Encoding: chunked, gzip', 'Connection: close', 'Connection: keep-alive', 'Connection: Upgrade',
                'Expect: 100-continue', 'Expect: nothing', 'Accept-Encoding: gzip', 'Accept-Encoding: gzip;q=0, br',
                'Cookie: a=1; b=%20x; c; d[]=1', 'Content-Type: application/x-www-form-urlencoded',
                "Content-Type: multipart/form-data; boundary=$boundary", 'Content-Type: multipart/form-data',
                ' X-Lead: space', 'X-Sp : y', "X-Cr: a\rb", "X-Fold: a$eol b", "X-Nul: a\0b", "X\0: y", ': novalue',
                'NoColon', "X-Tab:\tv\t", "X-High: \xff\x80",
            ]);
        }
        $head = "$method $target $version$eol" . implode($eol, $headers) . ($headers ? $eol : '') . $eol;
        $expr = self::literal($head . $body);
        if ($this->chance(10)) {
            // Past max_header_size, or past max_body_size.
            $expr = self::literal("GET /big HTTP/1.1\r\nHost: x\r\nX-Big: ") . ' . str_repeat("b", ' . $this->pick(['9000', '70000'])
                . ') . ' . self::literal("\r\n\r\n");
        }
        return $expr;
    }

    // The bytes a raw client sends: one request, pipelined ones, or the start of one.
    private function httpBytes(): string
    {
        $expr = $this->httpRequest();
        for ($k = $this->chance(3) ? mt_rand(1, 3) : 0; $k > 0; $k--) {
            $expr .= ' . ' . $this->httpRequest();
        }
        return $this->chance(5) ? "substr($expr, 0, " . mt_rand(0, 60) . ')' : $expr;
    }

    private function responseOp(string $res): string
    {
        return match (mt_rand(0, 13)) {
            0 => "var_dump({$res}->status(" . $this->pick(['200', '404', '500', '599', '100', '101', '600', '0', $this->int()])
                . ($this->chance(2) ? ', ' . $this->pick(['"OK"', '""', '"a\\0b"', '"x\\r\\ny"', '"\\t"', $this->any()]) : '') . '));',
            1, 2 => "var_dump({$res}->header(" . $this->pick(['"X-A"', '"Content-Type"', '"Content-Length"', '"Transfer-Encoding"',
                '"Content-Encoding"', '"Connection"', '""', '"a b"', '"a\\0"', $this->any()]) . ', '
                . $this->pick(['"v"', '"text/plain"', '"application/json"', '"gzip"', '"close"', '"a\\r\\nb"', '"12"',
                'str_repeat("h", 70000)', $this->any()]) . '));',
            3 => "var_dump({$res}->cookie(" . $this->pick(['"a"', '""', '"a=b"', '"a;b"', $this->any()]) . ', '
                . $this->pick(['"v"', '""', '"a b;c"', $this->any()]) . ', '
                . $this->pick(['0', 'time() + 60', '253402300800', '["expires" => 1, "samesite" => "None", "secure" => true]',
                '["samesite" => "bogus"]', '["bogus" => 1]', $this->any()]) . ', ' . $this->pick(['"/"', '""', '"a;b"'])
                . ', ' . $this->pick(['""', '"example.com"', '"a\\0b"']) . ', ' . $this->pick(['true', 'false']) . ', '
                . $this->pick(['true', 'false']) . '));',
            4, 5 => "var_dump({$res}->write(" . $this->pick(['"chunk"', '""', 'str_repeat("w", 1 << 20)', $this->any()]) . '));',
            6, 7 => "var_dump({$res}->end(" . $this->pick(['', '"body"', '""', 'str_repeat("e", 100000)', $this->any()]) . '));',
            8 => "var_dump({$res}->redirect(" . $this->pick(['"/b"', '"http://x/\\r\\nX: y"', '""', $this->any()]) . ', '
                . $this->pick(['302', '301', '200', '100', '999', $this->int()]) . '));',
            9 => "var_dump({$res}->sendfile(" . $this->pick(['__FILE__', '"/dev/null"', '"/nonexistent"', '"/tmp"', '"/etc/hostname"',
                '"a\\0b"', $this->any()]) . ', ' . $this->pick(['0', '1', '10', '-1', '1 << 40', $this->int()]) . ', '
                . $this->pick(['0', '1', '5', '-1', '1 << 40', $this->int()]) . '));',
            10 => "var_dump({$res}->isWritable());",
            11 => 'Co::sleep(' . $this->delay() . ');',
            12 => '$obj["res"] = ' . $res . ';',
            default => 'Sgo(function () use (' . $res . ') { try { Co::sleep(' . $this->delay() . '); ' . $this->responseOp($res)
                . ' } catch (\Throwable $e) { echo "writer ", get_class($e), "\n"; } });',
        };
    }

    private function handler(): string
    {
        $out = '';
        for ($k = mt_rand(1, 5); $k > 0; $k--) {
            $op = $this->responseOp('$res');
            $out .= $this->chance(4) ? "$op\n" : "try { $op } catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; }\n";
        }
        if ($this->chance(3)) {
            $out = 'var_dump($req->method, $req->uri, $req->path, $req->get, $req->post, count($req->files), $req->header, '
                . "\$req->cookie, strlen(\$req->rawContent()), \$req->server['server_protocol'] ?? null);\n" . $out;
        }
        if ($this->chance(5) && $this->depth < 3) {
            $out .= $this->nested();
        }
        if ($this->chance(8)) {
            $out .= $this->pick(['throw new \Exception("handler");', 'exit(' . $this->pick(['0', '255', '"bye"', '']) . ');',
                'trigger_error("fuzz fatal in a handler", E_USER_ERROR);', 'undefined_function_of_the_fuzzer();',
                'return 1;']) . "\n";
        }
        return $out;
    }

    // A server on loopback, a coroutine that shuts it down (made first, so that no server runs without one), the
    // server's own coroutine, and raw clients.
    private function httpServer(): string
    {
        $i = $this->idx();
        $n = $this->serial++;
        $ssl = $this->chance(5);
        $options = [];
        foreach (['idle_timeout', 'header_timeout', 'body_timeout', 'write_timeout'] as $name) {
            $options[] = "\"$name\" => " . ($this->chance(12) ? $this->timeout() : $this->pick(['0.1', '0.2', '0.05']));
        }
        // Mostly values the server takes, so that most servers run; now and then one it refuses.
        for ($k = mt_rand(0, 4); $k > 0; $k--) {
            $options[] = $this->chance(4) ? $this->pick([
                '"max_header_size" => ' . $this->int(), '"max_body_size" => ' . $this->int(),
                '"upload_buffer_size" => ' . $this->int(), '"max_requests" => ' . $this->int(),
                '"compression" => ' . $this->any(), '"compression_level" => ' . $this->int(),
                '"compression_min_length" => ' . $this->int(), '"max_connections" => ' . $this->int(),
                '"backlog" => ' . $this->int(), '"reuse_port" => ' . $this->any(), '"bogus" => 1', '"ssl" => ' . $this->any(),
            ]) : $this->pick([
                '"max_header_size" => ' . $this->pick(['64', '200', '8192']),
                '"max_body_size" => ' . $this->pick(['10', '100000']),
                '"upload_buffer_size" => ' . $this->pick(['16', '1']),
                '"max_requests" => ' . $this->pick(['1', '2', '0']),
                '"compression" => ' . $this->pick(['true', 'false']),
                '"compression_level" => ' . $this->pick(['1', '9']),
                '"compression_min_length" => ' . $this->pick(['0', '20', '1000']),
                '"max_connections" => ' . $this->pick(['1', '0', '2']),
                '"backlog" => ' . $this->pick(['1', '16']),
                '"reuse_port" => ' . $this->pick(['true', 'false']),
            ]);
        }
        if ($ssl) {
            $options[] = '"ssl" => ["local_cert" => fuzz_cert(), "handshake_timeout" => ' . $this->pick(['0.2', '0.05', $this->timeout()])
                . $this->pick(['', '', ', "alpn_protocols" => "http/1.1"', ', "verify_peer" => true', ', "ciphers" => "NONE"',
                ', "local_pk" => "/nonexistent"']) . ']';
        }
        // The last word on how long start() may wait for running requests after shutdown().
        $options[] = '"shutdown_timeout" => ' . ($this->chance(10) ? $this->pick(['-1', 'NAN', '"x"', 'INF'])
            : $this->pick(['0.2', '0.05', '0', '0.5']));
        $host = $this->chance(8) ? $this->pick(['"::1"', '"localhost"', '"0.0.0.0"', $this->any()]) : '"127.0.0.1"';
        $port = $this->chance(4) ? $this->pick([(string) mt_rand(20000, 60000), $this->int()]) : '0';
        // The clients on PHP's streams need the hooks: without them, each blocks the whole process, server included.
        $out = $this->hooksOn() . "try {\n\$hs[$i] = \$h$n = new HttpServer($host, $port, [" . implode(', ', $options) . "]);\n";
        for ($k = mt_rand(1, 2); $k > 0; $k--) {
            $out .= "\$h{$n}->handle(" . $this->pick(['"/"', '"/"', '"/a"', '""', '"/b?"', $this->any()]) . ', function ($req, $res) '
                . $this->uses() . " {\n" . $this->handler() . "});\n";
        }
        $out .= "\$cids[] = Sgo(function () use (\$h$n) { try { Co::sleep(" . $this->pick(['0.02', '0.05', '0.1', '0.2', '0'])
            . "); } finally { var_dump(\$h{$n}->shutdown()); } });\n";
        $out .= "\$cids[] = Sgo(function () use (\$h$n) { try { var_dump(\$h{$n}->start()); } catch (\\Throwable \$e) { echo 'start ', get_class(\$e), \"\\n\"; } });\n";
        if ($this->chance(10)) {
            $out .= "Sgo(function () use (\$h$n) { try { var_dump(\$h{$n}->start()); } catch (\\Throwable \$e) { echo 'again ', get_class(\$e), \"\\n\"; } });\n";
        }
        for ($k = mt_rand(1, 4); $k > 0; $k--) {
            $out .= '$cids[] = Sgo(function () use ($h' . $n . ", &\$obj, &\$sock) { try {\n" . $this->httpClient("\$h{$n}->port", $ssl)
                . "} catch (\\Throwable \$e) { echo 'client ', get_class(\$e), \"\\n\"; } });\n";
        }
        if ($this->chance(3)) {
            $out .= $this->statement();
        }
        return $out . "} catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; }\n";
    }

    // A raw client's code, in a coroutine: every wait bounded (the server shuts down within 0.2 s anyway).
    private function httpClient(string $port, bool $ssl): string
    {
        $bytes = $this->httpBytes();
        $read = '$n = 0; $all = ""; ';
        if ($ssl || $this->chance(3)) {
            $scheme = $ssl && !$this->chance(6) ? $this->pick(['ssl', 'tls']) : 'tcp';
            $out = "\$f = @stream_socket_client(\"$scheme://127.0.0.1:\" . $port, \$en, \$es, 0.5, STREAM_CLIENT_CONNECT, "
                . "stream_context_create(['ssl' => ['verify_peer' => false, 'verify_peer_name' => false]]));\n"
                . "if (\$f) { stream_set_timeout(\$f, 0, 200000); @fwrite(\$f, $bytes); ";
            $out .= match (mt_rand(0, 3)) {
                0 => 'fclose($f); }',
                1 => '@stream_socket_shutdown($f, STREAM_SHUT_WR); ' . $read
                    . 'while ($n++ < 20 && ($d = @fread($f, 65536)) !== false && $d !== "") { $all .= $d; } echo strtok($all, "\r\n"), "\n"; fclose($f); }',
                2 => '$obj[] = $f; }',
                default => $read . 'while ($n++ < 20 && !feof($f) && ($d = @fread($f, 65536)) !== false && $d !== "") { $all .= $d; } '
                    . 'echo strtok($all, "\r\n"), "\n"; fclose($f); }',
            };
            return $out . "\n";
        }
        $out = "\$c = new Socket(); if (\$c->connect(\"127.0.0.1\", $port, 0.5)) {\n";
        $out .= match (mt_rand(0, 5)) {
            // In at most about 30 pieces, so that a large request does not take seconds.
            0 => "\$b = $bytes; foreach (str_split(\$b, max(" . mt_rand(1, 20) . ", intdiv(strlen(\$b), 30))) as \$piece) { \$c->sendAll(\$piece, 0.2); Co::sleep(0.001); }\n",
            1 => "Co::sleep(" . ($this->chance(4) ? $this->delay() : $this->pause()) . ");\n",
            default => "\$c->sendAll($bytes, 0.2);\n",
        };
        $out .= match (mt_rand(0, 4)) {
            0 => "\$c->close();\n",
            1 => "\$c->shutdown(1);\n" . $read . "while (\$n++ < 20 && (\$d = \$c->recv(65536, 0.3)) !== false && \$d !== \"\") { \$all .= \$d; }\n"
                . "echo strtok(\$all, \"\\r\\n\"), \"\\n\";\n",
            2 => "\$sock[] = \$c;\n",
            default => $read . "while (\$n++ < 20 && (\$d = \$c->recv(65536, 0.3)) !== false && \$d !== \"\") { \$all .= \$d; }\n"
                . "echo strtok(\$all, \"\\r\\n\"), \"\\n\";\n",
        };
        return $out . "}\n";
    }

    private function sslOptions(): string
    {
        $out = '"verify_peer" => false, "verify_peer_name" => false';
        // Half of the ends have PHP's defaults otherwise, so that handshakes complete too.
        for ($k = $this->chance(2) ? 0 : mt_rand(1, 2); $k > 0; $k--) {
            $out .= ', ' . $this->pick(['"crypto_method" => ' . $this->pick(['STREAM_CRYPTO_METHOD_TLSv1_2_CLIENT',
                'STREAM_CRYPTO_METHOD_TLSv1_3_CLIENT', 'STREAM_CRYPTO_METHOD_TLSv1_2_SERVER', $this->int()]),
                '"ciphers" => ' . $this->pick(['"NONE"', '"HIGH"', $this->any()]), '"alpn_protocols" => "h2,http/1.1"',
                '"capture_peer_cert" => true', '"verify_peer" => true', '"peer_fingerprint" => "00"',
                '"allow_self_signed" => true', '"SNI_enabled" => false', '"cafile" => ' . $this->pick(['fuzz_cert()', '"/nonexistent"'])]);
        }
        return $out;
    }

    // What either end does with a TLS (or not yet TLS) stream.
    private function streamOps(string $f, bool $server): string
    {
        $out = '';
        for ($k = mt_rand(1, 4); $k > 0; $k--) {
            $out .= match (mt_rand(0, 10)) {
                0, 1 => "var_dump(@fwrite($f, " . $this->pick(['"hello\\n"', self::literal($this->bytes(30)), 'str_repeat("t", 100000)', $this->any()]) . '));',
                2, 3 => "var_dump(@fread($f, " . ($this->chance(8) ? $this->pick(self::LENGTH) : $this->pick(['1', '100', '8192'])) . '));',
                4 => "var_dump(@fgets($f));",
                5 => "@stream_socket_shutdown($f, " . $this->pick(['STREAM_SHUT_WR', 'STREAM_SHUT_RDWR', $this->int()]) . ');',
                6 => "var_dump(@stream_socket_enable_crypto($f, " . $this->pick(['true', 'false']) . ', '
                    . $this->pick([$server ? 'STREAM_CRYPTO_METHOD_TLS_SERVER' : 'STREAM_CRYPTO_METHOD_TLS_CLIENT', 'null', $this->int()]) . '));',
                7 => "var_dump(stream_get_meta_data($f)['crypto'] ?? null, feof($f));",
                8 => 'Co::sleep(' . ($this->chance(4) ? $this->delay() : $this->pause()) . ');',
                9 => "\$obj[] = $f;",
                default => "fclose($f); break;",
            } . ' ';
        }
        return "do { $out} while (false);";
    }

    // A TLS listener (or a plain one) with a coroutine accepting from it, and clients: TLS ones, plain ones that send
    // garbage where the ClientHello goes, silent ones, ones that close early, a coroutine Socket with enableCrypto().
    private function tls(): string
    {
        $i = $this->idx();
        $n = $this->serial++;
        $scheme = $this->pick(['ssl', 'ssl', 'tls', 'tlsv1.2', 'tlsv1.3', 'tcp']);
        $out = $this->hooksOn() . "try {\n\$ts[$i] = \$t$n = @stream_socket_server(\"$scheme://127.0.0.1:0\", \$en, \$es, "
            . 'STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, stream_context_create(["ssl" => ["local_cert" => fuzz_cert(), '
            . $this->sslOptions() . "]]));\n\$a$n = \$t$n ? stream_socket_get_name(\$t$n, false) : \"127.0.0.1:1\";\n";
        $starttls = $scheme === 'tcp' && !$this->chance(3)
            ? 'stream_context_set_option($conn, "ssl", "local_cert", fuzz_cert()); var_dump(@stream_socket_enable_crypto($conn, true, STREAM_CRYPTO_METHOD_TLS_SERVER)); '
            : '';
        $out .= "\$cids[] = Sgo(function () use (\$t$n, &\$obj) { try { for (\$k = 0; \$k < " . mt_rand(1, 3) . " && is_resource(\$t$n); \$k++) { "
            . '$conn = @stream_socket_accept($t' . $n . ', ' . $this->pick(['0.3', '0.2', '0.5', '0.0001']) . '); if (!$conn) { continue; } '
            . 'stream_set_timeout($conn, 0, 200000); ' . $starttls . $this->streamOps('$conn', true)
            . " } } catch (\\Throwable \$e) { echo 'accept ', get_class(\$e), \"\\n\"; } });\n";
        for ($k = mt_rand(1, 3); $k > 0; $k--) {
            $client = $this->pick(['ssl', 'ssl', 'ssl', 'tls', 'tlsv1.2', 'tcp', 'garbage', 'silent', 'starttls', 'socket', 'https']);
            $ctx = 'stream_context_create(["ssl" => [' . $this->sslOptions() . ']])';
            $body = match ($client) {
                'garbage' => "\$c = @stream_socket_client(\"tcp://\$a$n\", \$en, \$es, 0.3); if (\$c) { @fwrite(\$c, "
                    . $this->pick([self::literal($this->bytes(40)), self::literal("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" . $this->bytes(20)),
                        '"GET / HTTP/1.0\r\n\r\n"']) . '); stream_set_timeout($c, 0, 200000); var_dump(@fread($c, 100)); fclose($c); }',
                'silent' => "\$c = @stream_socket_client(\"tcp://\$a$n\", \$en, \$es, 0.3); Co::sleep(" . $this->pick(['0.05', '0.3', $this->delay()])
                    . '); if ($c) { fclose($c); }',
                'starttls' => "\$c = @stream_socket_client(\"tcp://\$a$n\", \$en, \$es, 0.3, STREAM_CLIENT_CONNECT, $ctx); if (\$c) { "
                    . 'stream_set_timeout($c, 0, 200000); var_dump(@stream_socket_enable_crypto($c, true, STREAM_CRYPTO_METHOD_TLS_CLIENT)); '
                    . $this->streamOps('$c', false) . ' }',
                'socket' => "[\$host, \$port] = explode(':', \$a$n) + [1 => 1]; \$c = new Socket(); if (\$c->connect(\$host, (int) \$port, 0.3)) { "
                    . 'var_dump($c->enableCrypto(' . $this->pick(['["verify_peer" => false]', '[]', '["verify_peer" => false, "peer_name" => "x"]', $this->any()])
                    . ', ' . $this->pick(['0.3', $this->short()]) . ')); var_dump($c->sendAll("ping\n", 0.1), $c->recv(100, 0.1), $c->getCryptoInfo()); '
                    . ($this->chance(2) ? '$c->close(); ' : '$sock[] = $c; ') . '}',
                'https' => "var_dump(strlen((string) @file_get_contents(\"https://\$a$n/\", false, stream_context_create(['ssl' => ['verify_peer' => false, "
                    . "'verify_peer_name' => false], 'http' => ['timeout' => 0.3]]))));",
                default => "\$c = @stream_socket_client(\"$client://\$a$n\", \$en, \$es, " . $this->pick(self::CONNECT)
                    . ", STREAM_CLIENT_CONNECT, $ctx); if (\$c) { stream_set_timeout(\$c, 0, 200000); " . $this->streamOps('$c', false) . ' }',
            };
            $out .= "\$cids[] = Sgo(function () use (\$a$n, &\$obj, &\$sock) { try { $body } catch (\\Throwable \$e) { echo 'tls client ', get_class(\$e), \"\\n\"; } });\n";
        }
        if ($this->chance(3)) {
            $out .= $this->statement();
        }
        return $out . "} catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; }\n";
    }

    // A child with pipes, coroutines that wait on them (reads, writes, proc_close(), the exec family) and others that
    // cancel them, close the pipes under them, or drop the last reference to an object whose destructor closes one.
    private function processes(): string
    {
        $i = $this->idx();
        $out = $this->hooksOn() . "try {\n";
        if (!$this->chance(5)) {
            $out .= "\$pp[$i] = proc_open(" . ($this->chance(3) ? $this->pick(self::ARGV) : $this->command()) . ', '
                . ($this->chance(10) ? $this->any() : $this->pick(self::SPEC)) . ", \$pipes[$i]);\n";
        }
        for ($k = mt_rand(1, 5); $k > 0; $k--) {
            $n = $this->serial++;
            $p = mt_rand(0, 2);
            $wait = match (mt_rand(0, 8)) {
                0, 1 => "\$d = 0; \$m = 0; while (\$m++ < 100 && (\$x = fread(\$pipes[$i][$p], " . $this->pick(['8192', '1', '65536']) . ")) !== false && \$x !== '') { \$d += strlen(\$x); } var_dump(\$d);",
                2 => "var_dump(strlen((string) stream_get_contents(\$pipes[$i][$p])));",
                3 => "var_dump(fgets(\$pipes[$i][$p]));",
                4 => "var_dump(fwrite(\$pipes[$i][0], " . $this->pick(['"line\\n"', 'str_repeat("p", 200000)', $this->any()]) . ')); '
                    . ($this->chance(2) ? "fclose(\$pipes[$i][0]);" : ''),
                5 => "var_dump(proc_close(\$pp[$i]));",
                6 => 'var_dump(shell_exec(' . $this->command() . '));',
                7 => 'exec(' . $this->command() . ', $lines, $rc); var_dump(count($lines), $rc);',
                default => '$r = [$pipes[' . $i . '][1] ?? null]; $w = null; $x = null; var_dump(@stream_select($r, $w, $x, 0, '
                    . $this->pick(['100000', '0', '300000']) . '));',
            };
            $out .= "\$cids[] = \$w$n = Sgo(function () use (&\$pipes, &\$pp) { try { $wait } catch (\\Throwable \$e) { echo 'proc ', get_class(\$e), \"\\n\"; } });\n";
            $out .= match (mt_rand(0, 5)) {
                0, 1 => "\$cids[] = Sgo(function () use (\$w$n) { try { Co::sleep(" . $this->pause() . "); var_dump(Co::cancel(\$w$n)); } catch (\\Throwable \$e) { echo 'cancel ', get_class(\$e), \"\\n\"; } });\n",
                2 => "\$cids[] = Sgo(function () use (&\$pipes) { try { Co::sleep(" . $this->pause() . "); if (is_resource(\$pipes[$i][$p] ?? null)) { fclose(\$pipes[$i][$p]); } } catch (\\Throwable \$e) { echo 'close ', get_class(\$e), \"\\n\"; } });\n",
                3 => "\$obj[$n] = new class(\$pipes[$i][" . mt_rand(0, 2) . "] ?? null) { public function __construct(public \$p) {} "
                    . "public function __destruct() { if (is_resource(\$this->p)) { echo 'dtor closes ', get_resource_id(\$this->p), \"\\n\"; fclose(\$this->p); } } };\n"
                    . ($this->chance(2) ? "unset(\$obj[$n]);\n" : "\$cids[] = Sgo(function () use (&\$obj) { try { Co::sleep(" . $this->pause() . "); } finally { unset(\$obj[$n]); gc_collect_cycles(); } });\n"),
                default => '',
            };
        }
        if ($this->chance(2)) {
            $out .= "\$cids[] = Sgo(function () use (&\$pp) { try { Co::sleep(" . $this->pause() . "); var_dump(proc_close(\$pp[$i])); } catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; } });\n";
        }
        if ($this->chance(3)) {
            $out .= $this->statement();
        }
        return $out . "} catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; }\n";
    }

    // A pool of one or two workers running random code. Its workers start at most four times in all (a counter file:
    // the later ones return at once, ending with 0, which is not restarted), and the master stops the pool from a
    // SIGALRM handler after a second (or reloads it first), so that a worker that dies again and again or runs long
    // cannot keep the script alive.
    private function pool(): string
    {
        $n = $this->serial++;
        $options = $this->pick(['[]', '["stop_timeout" => 0.2]', '["stop_timeout" => 0, "restart_backoff_max" => 0]',
            '["restart_backoff_max" => 0.05, "stop_timeout" => 0.1]', '["stop_timeout" => ' . $this->timeout() . ']',
            '["bogus" => 1]', '["restart_backoff_max" => ' . $this->any() . ']']);
        $alarm = $this->chance(3)
            ? "static \$k = 0; if (++\$k === 1) { echo 'reload: '; var_dump(\$pool{$n}->reload()); pcntl_alarm(1); return; } "
            : '';
        $this->depth++;
        $body = $this->block(mt_rand(1, 6));
        $this->depth--;
        return "try {\n\$pool$n = new Pool(" . $this->pick(['1', '1', '2', '2', '0', '-1']) . ", $options);\n"
            . "\$pf$n = sys_get_temp_dir() . '/study-fuzz-pool-' . getmypid() . '-$n';\n"
            . "pcntl_signal(SIGALRM, function () use (\$pool$n) { {$alarm}echo 'stop: '; var_dump(\$pool{$n}->stop()); });\n"
            . "pcntl_alarm(1);\n"
            . "var_dump(\$pool{$n}->start(function (\$id) use (\$pool$n, \$pf$n, &\$ch, &\$wg, &\$cids, &\$sock, &\$tm, &\$obj, &\$hs, &\$ts, &\$pp, &\$pipes) {\n"
            . "if (strlen((string) @file_get_contents(\$pf$n)) >= 4) { return; }\n"
            . "file_put_contents(\$pf$n, 'x', FILE_APPEND);\n"
            . "echo 'worker ', \$id, ' ', Pool::workerId(), ' ', Pool::masterPid() > 0 ? 'under a master' : 'alone', \"\\n\";\n"
            . ($this->chance(4) ? "var_dump(\$pool{$n}->stop(), \$pool{$n}->reload());\n" : '')
            . $body . "}));\n"
            . "} catch (\\Throwable \$e) { echo get_class(\$e), \"\\n\"; } finally { pcntl_alarm(0); @unlink(\$pf$n ?? ''); }\n";
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
            // The HTTP server and responses kept from a handler, from anywhere
            fn() => "\$hs[$i]?->shutdown();",
            fn() => "\$hs[$i]?->handle(" . $this->any() . ', ' . $this->any() . ');',
            fn() => 'new HttpServer(' . $this->any() . ', ' . $this->int() . ', [' . $this->pick(['"idle_timeout" => ', '"max_header_size" => ',
                '"ssl" => ', '"compression_level" => ', '0 => ']) . $this->any() . ']);',
            fn() => 'if ($kept = $obj["res"] ?? null) { ' . $this->responseOp('$kept') . ' }',
            // TLS streams
            fn() => '$c = @stream_socket_client("' . $this->pick(['ssl', 'tls', 'tcp']) . '://" . (is_resource($ts[' . $i . '] ?? null) ? '
                . "stream_socket_get_name(\$ts[$i], false) : \"127.0.0.1:1\"), \$en, \$es, " . $this->pick(self::CONNECT)
                . ', STREAM_CLIENT_CONNECT, stream_context_create(["ssl" => [' . $this->sslOptions() . ']])); if ($c) { '
                . 'stream_set_timeout($c, 0, 100000); ' . $this->streamOps('$c', false) . ' }',
            fn() => "if (is_resource(\$ts[$i] ?? null)) { fclose(\$ts[$i]); }",
            fn() => "var_dump(\$sock[$i]?->enableCrypto(" . $this->pick(['[]', '["verify_peer" => false]', '["local_cert" => fuzz_cert()]', $this->any()])
                . ', ' . $this->short() . '));',
            fn() => "\$sock[$i]?->getPeerCertificate(); \$sock[$i]?->getCryptoInfo();",
            // Child processes and pipes
            fn() => 'var_dump(shell_exec(' . $this->command() . '));',
            fn() => 'exec(' . $this->command() . ', $lines, $rc); var_dump($rc);',
            fn() => 'system(' . $this->command() . ', $rc);',
            fn() => 'passthru(' . $this->command() . ');',
            fn() => '$pf = @popen(' . $this->command() . ', ' . $this->pick(['"r"', '"w"', '"rw"', $this->any()])
                . '); if ($pf) { @fwrite($pf, "x\n"); var_dump(@fread($pf, 100)); var_dump(pclose($pf)); }',
            fn() => "\$pp[$i] = proc_open(" . ($this->chance(3) ? $this->pick(self::ARGV) : $this->command()) . ', '
                . $this->pick(self::SPEC) . ", \$pipes[$i]);",
            fn() => "var_dump(@fread(\$pipes[$i][" . mt_rand(0, 2) . '] ?? null, ' . $this->pick(self::LENGTH) . '));',
            fn() => "var_dump(@fwrite(\$pipes[$i][0] ?? null, " . $this->any() . '));',
            fn() => "@fclose(\$pipes[$i][" . mt_rand(0, 2) . '] ?? null);',
            fn() => "var_dump(proc_close(\$pp[$i] ?? null));",
            fn() => "var_dump(proc_get_status(\$pp[$i] ?? null));",
            fn() => "var_dump(proc_terminate(\$pp[$i] ?? null, " . $this->pick(['15', '9', '0', $this->int()]) . '));',
            fn() => "stream_set_blocking(\$pipes[$i][1] ?? null, " . $this->pick(['false', 'true']) . ');',
            // The pool, outside one
            fn() => 'var_dump(Pool::workerId(), Pool::masterPid());',
            fn() => '(new Pool(' . $this->pick(['1', '0', '-1', $this->int()]) . ', ' . $this->pick(['[]', '["stop_timeout" => '
                . $this->any() . ']']) . '))->' . $this->pick(['stop()', 'reload()']) . ';',
        ];
        return $calls[mt_rand(0, count($calls) - 1)]();
    }
}
