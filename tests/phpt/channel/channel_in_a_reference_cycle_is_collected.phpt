--TEST--
Study\Coroutine\Channel: the values a channel holds are visible to the cycle collector, so a channel that holds itself, or an object that holds the channel, is freed by gc_collect_cycles() once nothing else refers to it
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

class Worker {
    public ?Channel $inbox = null;
    public function __construct(public string $name) {}
    public function __destruct() { echo "{$this->name} released\n"; }
}

$chan = new Channel(1);
$chan->push($chan);
unset($chan);
var_dump(gc_collect_cycles() > 0);

$worker = new Worker('worker');
$worker->inbox = new Channel(2);
$worker->inbox->push($worker);
unset($worker);
echo "before gc\n";
var_dump(gc_collect_cycles() > 0);
echo "after gc\n";
?>
--EXPECT--
bool(true)
before gc
worker released
bool(true)
after gc
