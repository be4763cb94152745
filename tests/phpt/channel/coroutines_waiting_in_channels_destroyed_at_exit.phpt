--TEST--
exit() in the main script while coroutines wait in push() (full and unbuffered channels), pop() (with and without timeout), select() and WaitGroup::wait(): each is destroyed in id order, its finally blocks and defers run and its locals are released, none of them returns from its wait; the values the pushers held and the values queued in the channels are released once, nothing leaks
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;
use Study\Coroutine\WaitGroup;

class Tracked {
    public function __construct(public string $name) {}
    public function __destruct() { echo "  {$this->name} released\n"; }
}
$make = function (string $name, callable $wait) {
    return function () use ($name, $wait) {
        $local = new Tracked("local of $name");
        Sco::defer(function () use ($name) { echo "  $name: defer\n"; });
        try {
            $wait();
            echo "$name: not reached\n";
        } catch (Throwable $e) {
            echo "$name: must not catch ", get_class($e), "\n";
        } finally {
            echo "$name: finally\n";
        }
    };
};
$full = new Channel(1);
$full->push(new Tracked('queued value'));
$unbuffered = new Channel(0);
$empty = new Channel(1);
$wg = new WaitGroup(1);
Sgo($make('pusher', function () use ($full) { $full->push(new Tracked('value of pusher')); }));
Sgo($make('unbuffered pusher', function () use ($unbuffered) { $unbuffered->push(new Tracked('value of unbuffered pusher')); }));
Sgo($make('popper', fn() => $empty->pop()));
Sgo($make('timed popper', fn() => $empty->pop(10)));
Sgo($make('selector', fn() => Channel::select([$empty], [[$full, new Tracked('value of selector')]])));
Sgo($make('waiter', fn() => $wg->wait()));
register_shutdown_function(function () use ($full, $empty) {
    echo "shutdown function: queued {$full->length()}, waiting poppers ", $empty->stats()['consumer_num'], "\n";
});
echo "main: exit\n";
exit(0);
?>
--EXPECT--
main: exit
  value of pusher released
pusher: finally
  local of pusher released
  pusher: defer
  value of unbuffered pusher released
unbuffered pusher: finally
  local of unbuffered pusher released
  unbuffered pusher: defer
popper: finally
  local of popper released
  popper: defer
timed popper: finally
  local of timed popper released
  timed popper: defer
  value of selector released
selector: finally
  local of selector released
  selector: defer
waiter: finally
  local of waiter released
  waiter: defer
shutdown function: queued 1, waiting poppers 0
  queued value released
