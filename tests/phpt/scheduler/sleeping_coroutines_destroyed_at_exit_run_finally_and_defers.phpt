--TEST--
exit() in the main script while coroutines sleep or join (with and without timeout), one of them started by a timer: each is destroyed in id order, its finally blocks and defers run (LIFO) and its locals are released, and none of them gets back to the code after its wait
--EXTENSIONS--
study
--FILE--
<?php
class Resource {
    public function __construct(public string $name) {}
    public function __destruct() { echo "  {$this->name}: resource released\n"; }
}
$make = function (string $name, callable $wait) {
    return function () use ($name, $wait) {
        $resource = new Resource($name);
        Sco::defer(function () use ($name) { echo "  $name: defer 1\n"; });
        Sco::defer(function () use ($name) { echo "  $name: defer 2\n"; });
        try {
            $wait();
            echo "$name: not reached\n";
        } catch (Throwable $e) {
            echo "$name: must not catch ", get_class($e), "\n";
        } finally {
            echo "$name: finally\n";
        }
        echo "$name: after the try, not reached\n";
    };
};
// Every wait lasts far beyond the exit at 0.01 s, however slow the run.
$sleeper = Sgo($make('sleeper', fn() => Sco::sleep(10)));
Sgo($make('joiner', fn() => Sco::join([$sleeper])));
Sgo($make('timed joiner', fn() => Sco::join([$sleeper], 5)));
Study\Timer::after(0.001, $make('timer callback', fn() => Sco::sleep(10)));
register_shutdown_function(function () { echo "shutdown function\n"; });
// Runs the loop for a moment: the timer callback starts and sleeps.
Sco::sleep(0.01);
echo "main: exit\n";
exit(0);
?>
--EXPECT--
main: exit
sleeper: finally
  sleeper: resource released
  sleeper: defer 2
  sleeper: defer 1
joiner: finally
  joiner: resource released
  joiner: defer 2
  joiner: defer 1
timed joiner: finally
  timed joiner: resource released
  timed joiner: defer 2
  timed joiner: defer 1
timer callback: finally
  timer callback: resource released
  timer callback: defer 2
  timer callback: defer 1
shutdown function
