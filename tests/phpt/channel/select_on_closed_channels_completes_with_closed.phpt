--TEST--
Study\Coroutine\Channel::select(): a closed channel is ready: a pop of a closed empty channel completes with value false and errCode CLOSED, a pop of a closed channel that still has values gets the next one with OK, a push to a closed channel completes with errCode CLOSED and sends nothing; a waiting select wakes with CLOSED when one of its channels is closed
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

function show(array|false $result): void {
    echo $result === false ? "false\n"
        : "op {$result['op']}, key " . var_export($result['key'], true) . ", value " . var_export($result['value'], true) . ", errCode {$result['errCode']}\n";
}

$open = new Channel(1);
$closed = new Channel(1);
$closed->close();
show(Channel::select(['open' => $open, 'closed' => $closed]));
show(Channel::select(['open' => $open], ['closed' => [$closed, 'lost'], 'open' => [$open, 'would fit']]));
var_dump($closed->length(), $open->length());

$draining = new Channel(2);
$draining->push('left');
$draining->close();
show(Channel::select([$open, $draining]));
show(Channel::select([$open, $draining]));

echo "-- closed while the select waits\n";
$a = new Channel(1);
$a->push('x');
$b = new Channel(0);
$c = new Channel(1);
Sgo(function () use ($b, $c) {
    show(Channel::select(['c' => $c, 'b' => $b]));
});
Sgo(function () use ($a) {
    show(Channel::select([], ['a' => [$a, 'y']]));
});
echo "main: closes\n";
var_dump($b->close(), $a->close());
Sco::join(Sco::list());
var_dump($a->pop(0), $a->pop(0), $c->isClosed());
?>
--EXPECT--
op pop, key 'closed', value false, errCode -2
op push, key 'closed', value NULL, errCode -2
int(0)
int(0)
op pop, key 1, value 'left', errCode 0
op pop, key 1, value false, errCode -2
-- closed while the select waits
main: closes
bool(true)
bool(true)
op pop, key 'b', value false, errCode -2
op push, key 'a', value NULL, errCode -2
string(1) "x"
bool(false)
bool(false)
