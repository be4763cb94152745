--TEST--
Study\Coroutine\Channel: a channel destroyed with values still queued releases them (their destructors run at once, nothing leaks): when its last reference goes, when the coroutine that owned it ends, and at the end of the script
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

$released = [];
class Tracked {
    public function __construct(public string $name) {}
    public function __destruct() {
        global $released;
        $released[] = $this->name;
        echo "{$this->name} released\n";
    }
}

$chan = new Channel(4);
$chan->push(new Tracked('first'));
$chan->push(new Tracked('second'));
$chan->push(['nested' => new Tracked('in an array'), 'text' => str_repeat('t', 100)]);
$chan->push(str_repeat('s', 1000));
echo "unset the channel\n";
ob_start();
unset($chan);
ob_end_clean();
sort($released);
echo "after unset: ", implode(', ', $released), "\n";

echo "-- a channel local to a coroutine\n";
Sgo(function () {
    $local = new Channel(2);
    $local->push(new Tracked('in a local channel'));
    $local->push([1, 2, 3]);
    Sco::sleep(0);
    echo "coroutine: returns\n";
});
Sco::join(Sco::list());

echo "-- a channel left at the end of the script\n";
$kept = new Channel(3);
$kept->push(new Tracked('kept to the end'));
$kept->push(range(1, 100));
echo "main: end\n";
?>
--EXPECT--
unset the channel
after unset: first, in an array, second
-- a channel local to a coroutine
coroutine: returns
in a local channel released
-- a channel left at the end of the script
main: end
kept to the end released
