--TEST--
Study\Timer: a callback left to __call or __callStatic (a trampoline, which ZPP frees at once) is resolved for each run: Timer::after() and Timer::tick() with one ran it (they read the freed trampoline: a segfault)
--EXTENSIONS--
study
--FILE--
<?php
class Magic
{
    public int $ticks = 0;
    public function __call(string $name, array $args): void
    {
        echo "__call $name(", implode(', ', $args), ")\n";
        if ($name === 'tick' && ++$this->ticks === 3) {
            Study\Timer::clear($GLOBALS['id']);
        }
    }
    public static function __callStatic(string $name, array $args): void
    {
        echo "__callStatic $name(", implode(', ', $args), ")\n";
    }
}

$magic = new Magic();
Study\Timer::after(0.001, [$magic, 'once'], 'a', 'b');
Study\Timer::after(0.001, 'Magic::onceStatic', 'c');
$id = Study\Timer::tick(0.001, [$magic, 'tick'], 'x');
echo "timers added\n";
study_event_wait();
echo "ticks: {$magic->ticks}\n";
?>
--EXPECT--
timers added
__call once(a, b)
__callStatic onceStatic(c)
__call tick(x)
__call tick(x)
__call tick(x)
ticks: 3
