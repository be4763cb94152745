--TEST--
Study\Coroutine::join(): entries that are not ints throw TypeError naming the type given (before waiting for anything); a coroutine that lists itself gets Study\Coroutine\Error; a NAN timeout is a ValueError
--EXTENSIONS--
study
--FILE--
<?php
$c = Sgo(function () { Sco::sleep(0.01); echo "coroutine ends\n"; });
foreach ([['1'], [$c, 'x'], [1.0], [null], [[$c]], [new stdClass], [true]] as $cids) {
    try {
        Sco::join($cids);
        echo "no error\n";
    } catch (TypeError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try {
    Sco::join([$c], NAN);
} catch (ValueError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "coroutine still alive: ", var_export(Sco::exists($c), true), "\n";
Sgo(function () use ($c) {
    $self = Sco::getCid();
    foreach ([[$self], [$c, $self]] as $cids) {
        try {
            Sco::join($cids);
        } catch (Study\Coroutine\Error $e) {
            echo get_class($e), ": ", $e->getMessage(), "\n";
        }
    }
    echo "coroutine $self goes on\n";
});
?>
--EXPECTF--
TypeError: Study\Coroutine::join(): Argument #1 ($cids) must contain only coroutine ids (int), string given
TypeError: Study\Coroutine::join(): Argument #1 ($cids) must contain only coroutine ids (int), string given
TypeError: Study\Coroutine::join(): Argument #1 ($cids) must contain only coroutine ids (int), float given
TypeError: Study\Coroutine::join(): Argument #1 ($cids) must contain only coroutine ids (int), null given
TypeError: Study\Coroutine::join(): Argument #1 ($cids) must contain only coroutine ids (int), array given
TypeError: Study\Coroutine::join(): Argument #1 ($cids) must contain only coroutine ids (int), stdClass given
TypeError: Study\Coroutine::join(): Argument #1 ($cids) must contain only coroutine ids (int), bool given
ValueError: Study\Coroutine::join(): Argument #2 ($timeout) must be a number of seconds, not NaN
coroutine still alive: true
Study\Coroutine\Error: Study\Coroutine::join(): coroutine 2 cannot wait for itself to end; join it from another coroutine
Study\Coroutine\Error: Study\Coroutine::join(): coroutine 2 cannot wait for itself to end; join it from another coroutine
coroutine 2 goes on
coroutine ends
