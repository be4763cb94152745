--TEST--
Study\Coroutine::getBackTrace(): the current trace as debug_backtrace() gives it (and the frame of where the coroutine was created), the frames of a suspended coroutine starting at its yield() call, options and limit, false for unknown ids
--EXTENSIONS--
study
--FILE--
<?php
function frames(array|false $trace): string {
    if ($trace === false) {
        return 'false';
    }
    return implode(' <- ', array_map(fn($f) => ($f['class'] ?? '') . ($f['type'] ?? '') . $f['function'] .
        (isset($f['line']) ? ':' . $f['line'] : '') . (array_key_exists('args', $f) ? '(' . count($f['args']) . ' args)' : '') .
        (isset($f['object']) ? '[obj]' : ''), $trace));
}
class Service {
    public function handle(int $n) { return $this->deeper($n, 'x'); }
    private function deeper(int $n, string $s) {
        $own = Sco::getBackTrace();
        $debug = debug_backtrace();
        // debug_backtrace() and the frame of where the coroutine was created.
        echo "own == debug_backtrace(): ", var_export(array_slice($own, 0, -1) == $debug, true), "\n";
        echo "own id == debug_backtrace(): ", var_export(array_slice(Sco::getBackTrace(Sco::getCid()), 0, -1) == $debug, true), "\n";
        echo "current: ", frames($own), "\n";
        Sco::yield();
        return $n;
    }
}
echo "main: ", frames(Sco::getBackTrace()), "\n";
function in_main() { return Sco::getBackTrace(0); }
echo "main function: ", frames(in_main()), "\n";
function compare_in_main($a) { return Sco::getBackTrace() == debug_backtrace(); }
echo "main == debug_backtrace(): ", var_export(compare_in_main(1), true), "\n";

$cid = Sgo(function (int $n) {
    (new Service)->handle($n);
}, 7);
echo "suspended: ", frames(Sco::getBackTrace($cid)), "\n";
echo "ignore args: ", frames(Sco::getBackTrace($cid, DEBUG_BACKTRACE_IGNORE_ARGS)), "\n";
echo "limit 2: ", frames(Sco::getBackTrace($cid, DEBUG_BACKTRACE_PROVIDE_OBJECT, 2)), "\n";
$first = Sco::getBackTrace($cid)[0];
echo "first frame: {$first['class']}{$first['type']}{$first['function']} line {$first['line']} file ", basename($first['file']), "\n";
// Seen from another coroutine as well.
Sgo(function () use ($cid) {
    echo "from coroutine ", Sco::getCid(), ": ", frames(Sco::getBackTrace($cid, 0, 1)), "\n";
});
echo "unknown: ", frames(Sco::getBackTrace(999)), " ", frames(Sco::getBackTrace(-1)), "\n";
Sco::resume($cid);
echo "finished: ", frames(Sco::getBackTrace($cid)), "\n";
// A trace of a suspended coroutine does not disturb the running code.
echo "main again: ", frames(Sco::getBackTrace()), "\n";
// A coroutine waiting for the child it created: its trace starts at the creating call.
Sgo(function () {
    $parent = Sco::getCid();
    Sgo(function () use ($parent) {
        echo "parent waiting: ", frames(Sco::getBackTrace($parent, DEBUG_BACKTRACE_IGNORE_ARGS)), "\n";
    });
});
?>
--EXPECTF--
main: 
main function: in_main:25(0 args)
main == debug_backtrace(): true
own == debug_backtrace(): true
own id == debug_backtrace(): true
current: Service->deeper:11(2 args)[obj] <- Service->handle:30(1 args)[obj] <- {closure%r(:[^\n]+)?%r}(1 args) <- {coroutine 1, created by the main script}:29
suspended: Study\Coroutine::yield:19(0 args) <- Service->deeper:11(2 args)[obj] <- Service->handle:30(1 args)[obj] <- {closure%r(:[^\n]+)?%r}(1 args) <- {coroutine 1, created by the main script}:29
ignore args: Study\Coroutine::yield:19 <- Service->deeper:11 <- Service->handle:30 <- {closure%r(:[^\n]+)?%r} <- {coroutine 1, created by the main script}:29
limit 2: Study\Coroutine::yield:19(0 args) <- Service->deeper:11(2 args)[obj]
first frame: Study\Coroutine::yield line 19 file get_back_trace.php
from coroutine 2: Study\Coroutine::yield:19(0 args)
unknown: false false
finished: false
main again: 
parent waiting: %r(sgo|Sgo)%r:49 <- {closure%r(:[^\n]+)?%r} <- {coroutine 3, created by the main script}:47
