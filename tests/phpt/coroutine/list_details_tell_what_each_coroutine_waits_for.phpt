--TEST--
Study\Coroutine::list(true): for each coroutine its state and what it waits for (sleep, yield, channel pop, push and
select, join, wait group, DNS lookup, socket accept, read and write, a coroutine resuming another), with the target (the
channel's id, the descriptor, the name, the ids), the function it waits in, since and until, and where it was created;
stats()['waits'] counts them by kind; list() without an argument still gives the ids
--EXTENSIONS--
study
--FILE--
<?php
use Study\Coroutine\Channel;
use Study\Coroutine\Socket;
use Study\Coroutine\WaitGroup;

$start = microtime(true);
function show(int $cid): void {
    $i = Sco::list(true)[$cid];
    $target = is_array($i['target']) ? implode(',', $i['target']) : var_export($i['target'], true);
    echo "$cid {$i['state']} | ", $i['wait'] ?? '-', " | ", $i['reason'] ?? '-', " | $target | ", $i['function'] ?? '-', "\n";
}

$sleeper = Sgo(function () {
    try {
        Sco::sleep(100);
    } catch (Study\Coroutine\CanceledException) {
    }
});
$yielder = Sgo(fn() => Sco::yield());
$empty = new Channel(0);
$popper = Sgo(fn() => $empty->pop());
$full = new Channel(0);
$pusher = Sgo(fn() => $full->push(1));
$a = new Channel(0);
$b = new Channel(0);
$selector = Sgo(fn() => Channel::select([$a, $b]));
$joiner = Sgo(fn() => Sco::join([$sleeper, $yielder]));
$group = new WaitGroup();
$group->add(2);
$grouped = Sgo(fn() => $group->wait());
// The answer of the lookup comes from the loop, which runs only when the main script waits.
$resolver = Sgo(fn() => Study\Coroutine\System::gethostbyname('localhost'));
$server = new Socket();
$server->bind('127.0.0.1');
$server->listen();
$acceptor = Sgo(fn() => $server->accept());
$client = new Socket();
$client->connect('127.0.0.1', $server->getsockname()['port']);
$reader = Sgo(fn() => $client->recv());
// A coroutine that resumed another, seen from the one it resumed; and the running one itself.
$inner = Sgo(function () {
    Sco::yield();
    show(Sco::getCid() + 1);
    show(Sco::getCid());
});
$outer = Sgo(fn() => Sco::resume($inner));
// A send larger than what the kernel buffers for a connection nobody reads.
$quiet = new Socket();
$quiet->bind('127.0.0.1');
$quiet->listen();
$sender = new Socket();
$sender->connect('127.0.0.1', $quiet->getsockname()['port']);
$writer = Sgo(fn() => $sender->sendAll(str_repeat('x', 32 << 20)));

foreach ([$sleeper, $yielder, $popper, $pusher, $selector, $joiner, $grouped, $resolver, $acceptor, $reader, $writer] as $cid) {
    show($cid);
}
$list = Sco::list(true);
echo "channel targets: ", var_export($list[$popper]['target'] === spl_object_id($empty), true), " ",
    var_export($list[$pusher]['target'] === spl_object_id($full), true), "\n";
echo "descriptor targets are ints: ", var_export(is_int($list[$acceptor]['target']) && is_int($list[$reader]['target']), true), "\n";
$now = microtime(true);
$since_ok = true;
foreach ($list as $cid => $i) {
    if ($i['state'] === 'waiting' && !($i['since'] >= $start - 1 && $i['since'] <= $now)) {
        $since_ok = false;
        echo "$cid: since {$i['since']} not between $start and $now\n";
    }
}
echo "since within the script: ", var_export($since_ok, true), "\n";
$sleep = $list[$sleeper];
echo "sleep until - since: ", round($sleep['until'] - $sleep['since']), ", pop until: ", var_export($list[$popper]['until'], true), "\n";
echo "yield since: ", var_export($list[$yielder]['since'], true), "\n";
echo "created: ", basename($list[$popper]['created_file']), ":", $list[$popper]['created_line'], "\n";
echo "keys: ", implode(',', array_keys($list[$popper])), "\n";
$waits = Sco::stats()['waits'];
ksort($waits);
echo "stats waits: ", json_encode($waits), "\n";
echo "plain list: ", json_encode(Sco::list()), "\n";

Sco::cancel($sleeper);
Sco::resume($yielder);
$empty->close();
$full->close();
$a->close();
$group->done();
$group->done();
$server->close();
$client->close();
$sender->close();
$quiet->close();
Sco::join(Sco::list());
echo "left: ", count(Sco::list(true)), "\n";
?>
--EXPECTF--
12 resuming | resume | resume of coroutine 11 | 11 | Study\Coroutine::resume
11 running | - | - | NULL | -
1 waiting | sleep | sleep | NULL | Study\Coroutine::sleep
2 yielded | yield | yield | NULL | Study\Coroutine::yield
3 waiting | channel pop | channel pop on channel #%d | %d | Study\Coroutine\Channel->pop
4 waiting | channel push | channel push on channel #%d | %d | Study\Coroutine\Channel->push
5 waiting | channel select | channel select of 2 operations | 2 | Study\Coroutine\Channel::select
6 waiting | join | join of coroutines 1, 2 | 1,2 | Study\Coroutine::join
7 waiting | wait group | wait group | NULL | Study\Coroutine\WaitGroup->wait
8 waiting | DNS lookup | DNS lookup of localhost | 'localhost' | Study\Coroutine\System::gethostbyname
9 waiting | socket accept | socket accept on fd %d | %d | Study\Coroutine\Socket->accept
10 waiting | socket read | socket read on fd %d | %d | Study\Coroutine\Socket->recv
13 waiting | socket write | socket write on fd %d | %d | Study\Coroutine\Socket->sendAll
channel targets: true true
descriptor targets are ints: true
since within the script: true
sleep until - since: 100, pop until: NULL
yield since: NULL
created: list_details_tell_what_each_coroutine_waits_for.php:21
keys: id,parent,state,wait,reason,target,function,since,until,created_file,created_line
stats waits: {"DNS lookup":1,"channel pop":1,"channel push":1,"channel select":1,"join":1,"sleep":1,"socket accept":1,"socket read":1,"socket write":1,"wait group":1,"yield":1}
plain list: [1,2,3,4,5,6,7,8,9,10,13]
left: 0
