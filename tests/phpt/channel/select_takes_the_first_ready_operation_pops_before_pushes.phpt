--TEST--
Study\Coroutine\Channel::select(): when several operations can complete at once, the first ready one in order wins, pops before pushes; it does exactly that one and returns ['op', 'key', 'channel', 'value', 'errCode'] with the key from its array (string and int keys kept); the other channels are left untouched
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;

function show(array|false $result, array $names): void {
    if ($result === false) {
        echo "false\n";
        return;
    }
    $keys = array_keys($result);
    sort($keys);
    echo implode(',', $keys), ": op {$result['op']}, key ", var_export($result['key'], true),
        ", channel ", $names[spl_object_id($result['channel'])] ?? 'unknown', ", value ", var_export($result['value'], true),
        ", errCode {$result['errCode']}\n";
}

$empty = new Channel(1);
$ready1 = new Channel(2);
$ready2 = new Channel(2);
$roomy = new Channel(2);
$full = new Channel(1);
$names = [];
foreach (compact('empty', 'ready1', 'ready2', 'roomy', 'full') as $name => $chan) {
    $names[spl_object_id($chan)] = $name;
}
$ready1->push('r1');
$ready2->push('r2');
$full->push('f');

echo "-- the first ready pop in order\n";
show(Channel::select(['e' => $empty, 'x' => $ready1, 'y' => $ready2], ['p' => [$roomy, 'pushed']]), $names);
echo "lengths: ready1 {$ready1->length()}, ready2 {$ready2->length()}, roomy {$roomy->length()}\n";
show(Channel::select([7 => $empty, 3 => $ready2, 5 => $ready1]), $names);
echo "lengths: ready1 {$ready1->length()}, ready2 {$ready2->length()}\n";

echo "-- no pop ready: the first ready push\n";
show(Channel::select([$empty], ['f' => [$full, 'no room'], 'r' => [$roomy, 'first'], 's' => [$roomy, 'second']]), $names);
echo "lengths: roomy {$roomy->length()}, full {$full->length()}\n";
var_dump($roomy->pop(0), $roomy->pop(0), $full->pop(0));

echo "-- only pushes, the same channel twice\n";
show(Channel::select([], [10 => [$roomy, 'a'], 20 => [$roomy, 'b']]), $names);
var_dump($roomy->length(), $roomy->pop(0));

echo "-- a value of any type, null and false included\n";
$ready1->push(null);
show(Channel::select([$ready1]), $names);
$ready1->push(false);
show(Channel::select([$ready1]), $names);
show(Channel::select([], [[$ready1, ['an' => 'array']]]), $names);
var_dump($ready1->pop(0));
?>
--EXPECT--
-- the first ready pop in order
channel,errCode,key,op,value: op pop, key 'x', channel ready1, value 'r1', errCode 0
lengths: ready1 0, ready2 1, roomy 0
channel,errCode,key,op,value: op pop, key 3, channel ready2, value 'r2', errCode 0
lengths: ready1 0, ready2 0
-- no pop ready: the first ready push
channel,errCode,key,op,value: op push, key 'r', channel roomy, value NULL, errCode 0
lengths: roomy 1, full 1
string(5) "first"
bool(false)
string(1) "f"
-- only pushes, the same channel twice
channel,errCode,key,op,value: op push, key 10, channel roomy, value NULL, errCode 0
int(1)
string(1) "a"
-- a value of any type, null and false included
channel,errCode,key,op,value: op pop, key 0, channel ready1, value NULL, errCode 0
channel,errCode,key,op,value: op pop, key 0, channel ready1, value false, errCode 0
channel,errCode,key,op,value: op push, key 0, channel ready1, value NULL, errCode 0
array(1) {
  ["an"]=>
  string(5) "array"
}
