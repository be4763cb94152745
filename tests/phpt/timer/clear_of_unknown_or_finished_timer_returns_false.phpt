--TEST--
Study\Timer::clear(): false for ids that never existed, for an after() timer that already ran (also while its callback still sleeps), and for an id cleared before; true for a pending one, whose callback then never runs
--EXTENSIONS--
study
--FILE--
<?php
var_dump(Study\Timer::clear(0), Study\Timer::clear(1), Study\Timer::clear(-1), Study\Timer::clear(PHP_INT_MAX));
$sleeping = false;
$ran = Study\Timer::after(0.001, function () use (&$sleeping) {
    echo "ran: starts sleeping\n";
    $sleeping = true;
    Sco::sleep(0.02);
    echo "ran: ends\n";
});
// Due in a minute: cleared long before, however slow the run.
$pending = Study\Timer::after(60, function () { echo "pending: never runs\n"; });
while (!$sleeping) {
    Sco::sleep(0.001);
}
echo "ran ran, its callback sleeps: ", var_export(Study\Timer::clear($ran), true), "\n";
var_dump(Study\Timer::clear($pending));
var_dump(Study\Timer::clear($pending));
var_dump(Study\Timer::list());
// Ids are not reused after clearing: the next timer gets the next id.
var_dump(Study\Timer::after(0.001, function () {}));
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
bool(false)
ran: starts sleeping
ran ran, its callback sleeps: false
bool(true)
bool(false)
array(0) {
}
int(3)
ran: ends
