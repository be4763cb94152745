--TEST--
Study\Coroutine::getBackTrace() ends with the place that created the coroutine (file, line, "{coroutine N, created by
coroutine P}", coroutine, created_by; a timer's callback: created by timer T with the Timer::after() call), for the
running coroutine and a suspended one, nested creation included; a limit that the frames fill leaves it out; the
main script has none; exceptions created in a coroutine end their trace with it, exceptions created elsewhere keep
their own
--EXTENSIONS--
study
--FILE--
<?php
function frames(array $trace): string {
    return implode(' <- ', array_map(fn($f) => ($f['class'] ?? '') . ($f['type'] ?? '') . $f['function'] .
        (isset($f['line']) ? ':' . $f['line'] : ''), $trace));
}
function origin(array $trace): string {
    $f = end($trace);
    return json_encode([basename($f['file'] ?? '-'), $f['line'] ?? null, $f['function'], $f['coroutine'],
        $f['created_by'], $f['timer'] ?? null]);
}
$outer = Sgo(function () {
    $inner = Sgo(function () {
        echo "inner, own: ", frames(Sco::getBackTrace()), "\n";
        Sco::yield();
    });
    echo "inner, seen from outer: ", frames(Sco::getBackTrace($inner)), "\n";
    echo "inner's origin: ", origin(Sco::getBackTrace($inner)), "\n";
    Sco::yield();
    Sco::resume($inner);
});
echo "outer, from main: ", frames(Sco::getBackTrace($outer)), "\n";
echo "outer's origin: ", origin(Sco::getBackTrace($outer)), "\n";
echo "limit 1: ", frames(Sco::getBackTrace($outer, 0, 1)), "\n";
echo "limit 3: ", frames(Sco::getBackTrace($outer, 0, 3)), "\n";
echo "main: ", json_encode(Sco::getBackTrace()), "\n";
Sco::resume($outer);
Study\Timer::after(0.001, function () {
    echo "timer's coroutine: ", origin(Sco::getBackTrace()), "\n";
});
$made = null;
Sgo(function () use (&$made) {
    $made = new RuntimeException('made in coroutine 3');
});
Sgo(function () use (&$made) {
    $own = new LogicException('made in coroutine 4');
    echo "own exception: ", frames($own->getTrace()), "\n";
    echo "coroutine 3's exception: ", frames($made->getTrace()), "\n";
    echo $own->getTraceAsString(), "\n";
});
echo "main's exception: ", json_encode((new Exception('main'))->getTrace()), "\n";
?>
--EXPECTF--
inner, own: {closure%S} <- {coroutine 2, created by coroutine 1}:12
inner, seen from outer: Study\Coroutine::yield:14 <- {closure%S} <- {coroutine 2, created by coroutine 1}:12
inner's origin: ["backtrace_ends_with_where_the_coroutine_was_created.php",12,"{coroutine 2, created by coroutine 1}",2,1,null]
outer, from main: Study\Coroutine::yield:18 <- {closure%S} <- {coroutine 1, created by the main script}:11
outer's origin: ["backtrace_ends_with_where_the_coroutine_was_created.php",11,"{coroutine 1, created by the main script}",1,-1,null]
limit 1: Study\Coroutine::yield:18
limit 3: Study\Coroutine::yield:18 <- {closure%S} <- {coroutine 1, created by the main script}:11
main: []
own exception: {closure%S} <- {coroutine 4, created by the main script}:34
coroutine 3's exception: {closure%S} <- {coroutine 3, created by the main script}:31
#0 [internal function]: {closure%S}()
#1 %sbacktrace_ends_with_where_the_coroutine_was_created.php(34): {coroutine 4, created by the main script}()
#2 {main}
main's exception: []
timer's coroutine: ["backtrace_ends_with_where_the_coroutine_was_created.php",27,"{coroutine 5, created by timer 1}",5,-1,1]
