--TEST--
Study\Coroutine::stats(): keys, defaults, live count, peak and last id as coroutines come and go, and the waits by kind
--EXTENSIONS--
study
--FILE--
<?php
$s = Sco::stats();
echo json_encode(array_keys($s)), "\n";
echo "waits before: ", json_encode($s['waits']), "\n";
foreach ($s as $key => $value) {
    if ($key !== 'waits' && !is_int($value)) {
        echo "$key is not an int\n";
    }
}
echo "before: num={$s['coroutine_num']} peak={$s['coroutine_peak_num']} last={$s['coroutine_last_cid']} ",
    "stack={$s['c_stack_size']} max={$s['max_coroutines']}\n";
// No coroutine has run yet: no shared stack is mapped and nothing was ever copied off or onto one.
echo "stacks before: shared={$s['stack_shared_num']} bytes={$s['stack_shared_bytes']} saved={$s['stack_saved_num']} ",
    "saved_bytes={$s['stack_saved_bytes']} out={$s['stack_copies_out']} in={$s['stack_copies_in']}\n";

function show(string $label): void {
    $s = Sco::stats();
    echo "$label: num={$s['coroutine_num']} peak={$s['coroutine_peak_num']} last={$s['coroutine_last_cid']} waits=",
        json_encode($s['waits']), "\n";
}

Sgo(function () { show("inside 1"); });
show("after 1 ended");
$a = Sgo(function () { Sco::yield(); });
$b = Sgo(function () { Sco::yield(); });
$c = Sgo(function () {
    Sgo(function () { show("inside 5 (4 live)"); });
    Sco::yield();
});
show("3 suspended");
Sco::resume($b);
show("one finished");
Sco::resume($a);
Sco::resume($c);
show("all finished");
for ($i = 0; $i < 100; $i++) {
    Sgo(function () {});
}
show("100 more, one at a time");
?>
--EXPECT--
["coroutine_num","coroutine_peak_num","coroutine_last_cid","c_stack_size","max_coroutines","stack_shared_num","stack_shared_bytes","stack_saved_num","stack_saved_bytes","stack_copies_out","stack_copies_in","waits"]
waits before: []
before: num=0 peak=0 last=0 stack=2097152 max=0
stacks before: shared=0 bytes=0 saved=0 saved_bytes=0 out=0 in=0
inside 1: num=1 peak=1 last=1 waits=[]
after 1 ended: num=0 peak=1 last=1 waits=[]
inside 5 (4 live): num=4 peak=4 last=5 waits={"yield":2,"resume":1}
3 suspended: num=3 peak=4 last=5 waits={"yield":3}
one finished: num=2 peak=4 last=5 waits={"yield":2}
all finished: num=0 peak=4 last=5 waits=[]
100 more, one at a time: num=0 peak=4 last=105 waits=[]
