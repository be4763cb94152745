--TEST--
Study\Coroutine::cancel(): a coroutine canceled out of a sleep and sleeping again wakes at the point of its new sleep in the order; the canceled sleep's time never wakes it
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/warm_up.inc';
$a = Sgo(function () {
    try {
        Sco::sleep(0.01);
    } catch (Study\Coroutine\CanceledException $e) {
        echo "A: canceled\n";
    }
    // Ends after B's and C's sleeps; the canceled one would have ended before them.
    Sco::sleep(0.04);
    echo "A: woke\n";
});
Sgo(function () { Sco::sleep(0.02); echo "B: woke\n"; });
Sgo(function () { Sco::sleep(0.03); echo "C: woke\n"; });
Sco::cancel($a);
Sco::join(Sco::list());

echo "--- canceled again and again\n";
// Canceled twice, with short sleeps in between; then E starts a sleep longer than D's third one.
$d = Sgo(function () {
    for ($i = 0; $i < 3; $i++) {
        try {
            Sco::sleep(0.005);
            echo "D: sleep $i ended\n";
        } catch (Study\Coroutine\CanceledException $e) {
            echo "D: sleep $i canceled\n";
        }
    }
    Sco::sleep(0.2); // far beyond E's, which starts moments before this one
    echo "D: last sleep ended\n";
});
Sco::cancel($d);
Sco::cancel($d);
Sgo(function () { Sco::sleep(0.02); echo "E: woke\n"; });
echo "main: end\n";
?>
--EXPECT--
A: canceled
B: woke
C: woke
A: woke
--- canceled again and again
D: sleep 0 canceled
D: sleep 1 canceled
main: end
D: sleep 2 ended
E: woke
D: last sleep ended
