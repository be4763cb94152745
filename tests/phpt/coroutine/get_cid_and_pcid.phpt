--TEST--
Study\Coroutine::getCid()/getPcid(): -1 in the main script, own id and creator's id inside, -1 for unknown or finished ids
--EXTENSIONS--
study
--FILE--
<?php
echo "main: cid ", Sco::getCid(), " pcid ", Sco::getPcid(), " pcid(null) ", Sco::getPcid(null), "\n";

$a = Sgo(function () {
    echo "A: cid ", Sco::getCid(), " pcid ", Sco::getPcid(), " pcid(own id) ", Sco::getPcid(Sco::getCid()), "\n";
    $b = Sgo(function () {
        echo "B: cid ", Sco::getCid(), " pcid ", Sco::getPcid(), "\n";
        Sco::yield();
        echo "B: resumed by main: cid ", Sco::getCid(), " pcid ", Sco::getPcid(), "\n";
    });
    echo "A: back in A, cid ", Sco::getCid(), ", B's pcid ", Sco::getPcid($b), "\n";
    Sco::yield();
});
echo "main: cid ", Sco::getCid(), " after creating A\n";
echo "main: getPcid(A) ", Sco::getPcid($a), " getPcid(B) ", Sco::getPcid(2), "\n";
// A finishes; B's creator is still recorded as A.
Sco::resume($a);
echo "main: A finished: getPcid(A) ", Sco::getPcid($a), " getPcid(B) ", Sco::getPcid(2), "\n";
Sco::resume(2);
echo "main: B finished: getPcid(B) ", Sco::getPcid(2), "\n";
echo "main: unknown: ", Sco::getPcid(0), " ", Sco::getPcid(-5), " ", Sco::getPcid(999), "\n";
echo "main: cid ", Sco::getCid(), "\n";

// A coroutine created while another one resumes it from a coroutine: the creator is the one running.
$x = Sgo(function () {
    Sco::yield();
    $y = Sgo(function () { echo "Y: cid ", Sco::getCid(), " pcid ", Sco::getPcid(), "\n"; });
});
Sgo(function () use ($x) {
    echo "Z: cid ", Sco::getCid(), " resumes X\n";
    Sco::resume($x);
});
?>
--EXPECT--
main: cid -1 pcid -1 pcid(null) -1
A: cid 1 pcid -1 pcid(own id) -1
B: cid 2 pcid 1
A: back in A, cid 1, B's pcid 1
main: cid -1 after creating A
main: getPcid(A) -1 getPcid(B) 1
main: A finished: getPcid(A) -1 getPcid(B) 1
B: resumed by main: cid 2 pcid 1
main: B finished: getPcid(B) -1
main: unknown: -1 -1 -1
main: cid -1
Z: cid 4 resumes X
Y: cid 5 pcid 3
