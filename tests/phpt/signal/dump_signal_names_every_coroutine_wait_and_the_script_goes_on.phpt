--TEST--
study.dump_signal: while every coroutine waits in the loop (sleep, channel pop, socket read, join, yield, waitSignal), SIGQUIT writes to stderr the main script's and each coroutine's state, wait reason with its time, and backtrace with the file and line where it waits; the script then goes on and ends normally
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/signal.inc';

$code = <<<'CODE'
use Study\Coroutine\{Channel, Socket, System};
$chan = new Channel();
$server = new Socket();
$server->bind('127.0.0.1');
$server->listen();
$client = new Socket();
$client->connect('127.0.0.1', $server->getsockname()['port']);
$conn = $server->accept();
$sleeper = Sgo(function () {
    try {
        Sco::sleep(600);
    } catch (Study\Coroutine\CanceledException $e) {
        echo "sleeper: canceled\n";
    }
});
$popper = Sgo(function () use ($chan) {
    $value = $chan->pop();
    echo "popper: got $value\n";
});
Sgo(function () use ($conn) {
    $bytes = $conn->recv();
    echo "reader: got $bytes\n";
});
Sgo(function () use ($popper) {
    Sco::join([$popper]);
    echo "joiner: the popper ended\n";
});
$yielder = Sgo(function () {
    Sco::yield();
    echo "yielder: resumed\n";
});
Sgo(function () use ($chan, $client, $sleeper, $yielder) {
    Sco::sleep(0);  // the main script is in its join() when this goes on
    echo "ready\n";
    $signo = System::waitSignal(10);
    echo "releaser: signal $signo\n";
    $chan->push('a value');
    $client->send('some bytes');
    Sco::cancel($sleeper);
    Sco::resume($yielder);
});
Sco::join(Sco::list());
echo "done\n";
CODE;
[$out, $err, $end] = run_dump_child($code, ['study.dump_signal' => 'SIGQUIT'], [3, 'dump', 10]);
echo $out, "-- stderr\n", $err, "-- $end\n";
?>
--EXPECTF--
ready
releaser: signal 10
sleeper: canceled
yielder: resumed
popper: got a value
joiner: the popper ended
reader: got some bytes
done
-- stderr
study: SIGQUIT: dump of process %d, 6 coroutines

main script [waiting: join of coroutines 1, 2, 3, 4, 5, 6 in Study\Coroutine::join(), for %f s]:
#0 %s(43): Study\Coroutine::join()
#1 {main}

coroutine 1 [waiting: sleep in Study\Coroutine::sleep(), for %f s, %f s left]:
#0 %s(12): Study\Coroutine::sleep()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(10): {coroutine 1, created by the main script}()

coroutine 2 [waiting: channel pop on channel #%d in Study\Coroutine\Channel->pop(), for %f s]:
#0 %s(18): Study\Coroutine\Channel->pop()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(17): {coroutine 2, created by the main script}()

coroutine 3 [waiting: socket read on fd %d in Study\Coroutine\Socket->recv(), for %f s]:
#0 %s(22): Study\Coroutine\Socket->recv()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(21): {coroutine 3, created by the main script}()

coroutine 4 [waiting: join of coroutine 2 in Study\Coroutine::join(), for %f s]:
#0 %s(26): Study\Coroutine::join()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(25): {coroutine 4, created by the main script}()

coroutine 5 [yielded: yield in Study\Coroutine::yield()]:
#0 %s(30): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(29): {coroutine 5, created by the main script}()

coroutine 6 [waiting: signal 10 in Study\Coroutine\System::waitSignal(), for %f s]:
#0 %s(36): Study\Coroutine\System::waitSignal()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(33): {coroutine 6, created by the main script}()

study: end of dump
-- exit status 0
