--TEST--
Study\Coroutine::sleep(): coroutines created inside sleeping coroutines sleep on their own; a parent's sleep does not hold its children and a child's sleep does not hold its parent
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/warm_up.inc';
// How long each one sleeps: parents shorter and longer than their children, all different. The sleeps start at
// different moments (each after the subtree created before it), so their ends are 150 ms apart: more than a loaded
// machine, valgrind or ASan puts between their starts.
const SLEEP = ['r' => 0.6, 'r.1' => 0.9, 'r.1.1' => 0.3, 'r.1.2' => 1.05, 'r.2' => 0.15, 'r.2.1' => 0.75, 'r.2.2' => 0.45];
function node(string $name, int $depth) {
    echo "$name: start (cid ", Sco::getCid(), ", parent ", Sco::getPcid(), ")\n";
    if ($depth > 0) {
        Sgo('node', "$name.1", $depth - 1);
        Sgo('node', "$name.2", $depth - 1);
    }
    Sco::sleep(SLEEP[$name]);
    echo "$name: woke in ", Sco::getCid(), "\n";
}
Sgo('node', 'r', 2);
echo "main: all created, live ", count(Sco::list()), "\n";
?>
--EXPECT--
r: start (cid 3, parent -1)
r.1: start (cid 4, parent 3)
r.1.1: start (cid 5, parent 4)
r.1.2: start (cid 6, parent 4)
r.2: start (cid 7, parent 3)
r.2.1: start (cid 8, parent 7)
r.2.2: start (cid 9, parent 7)
main: all created, live 7
r.2: woke in 7
r.1.1: woke in 5
r.2.2: woke in 9
r: woke in 3
r.2.1: woke in 8
r.1: woke in 4
r.1.2: woke in 6
