--TEST--
Study\Coroutine: output buffers belong to the coroutine that opened them; a new coroutine starts at level 0 and writes past the main script's buffers
--EXTENSIONS--
study
--FILE--
<?php
echo "-- main buffers while coroutines run\n";
ob_start();
echo "main buffered 1\n";
$a = Sgo(function () {
    echo "A: level ", ob_get_level(), " (written straight to the output)\n";
    ob_start();
    echo "A: own buffer part 1\n";
    Sco::yield();
    echo "A: own buffer part 2, level ", ob_get_level(), "\n";
    $mine = ob_get_clean();
    echo "A: captured [", str_replace("\n", "|", $mine), "]\n";
});
echo "main buffered 2, level ", ob_get_level(), "\n";
$b = Sgo(function () {
    ob_start(fn($text) => strtoupper($text));
    echo "B: upper-cased by its own handler\n";
    Sco::yield();
    echo "B: still upper-cased after the yield\n";
    ob_end_flush();
    echo "B: after its buffer is closed\n";
});
$mainBuffered = ob_get_clean();
echo "main captured [", str_replace("\n", "|", $mainBuffered), "]\n";

echo "-- coroutines suspended with open buffers\n";
echo "main: level ", ob_get_level(), "\n";
Sco::resume($a);
echo "main: between\n";
Sco::resume($b);

echo "-- a coroutine that ends with its buffers open flushes them\n";
ob_start();
Sgo(function () {
    ob_start();
    ob_start();
    echo "C: two levels deep, never closed\n";
});
$captured = ob_get_clean();
echo "main captured [", str_replace("\n", "|", $captured), "]\n";

echo "-- nested coroutines have separate buffers\n";
Sgo(function () {
    ob_start();
    echo "D: buffered\n";
    $e = Sgo(function () {
        echo "E: level ", ob_get_level(), "\n";
        ob_start();
        echo "E: buffered\n";
        Sco::yield();
        $level = ob_get_level();
        $text = trim(ob_get_clean());
        echo "E: level $level, captured [$text]\n";
    });
    echo "D: level ", ob_get_level(), "\n";
    $d = ob_get_clean();
    echo "D: captured [", str_replace("\n", "|", $d), "]\n";
    Sco::resume($e);
});
echo "main: level ", ob_get_level(), "\n";
?>
--EXPECT--
-- main buffers while coroutines run
A: level 0 (written straight to the output)
main captured [main buffered 1|main buffered 2, level 1|]
-- coroutines suspended with open buffers
main: level 0
A: captured [A: own buffer part 1|A: own buffer part 2, level 1|]
main: between
B: UPPER-CASED BY ITS OWN HANDLER
B: STILL UPPER-CASED AFTER THE YIELD
B: after its buffer is closed
-- a coroutine that ends with its buffers open flushes them
C: two levels deep, never closed
main captured []
-- nested coroutines have separate buffers
E: level 0
D: captured [D: buffered|D: level 1|]
E: level 1, captured [E: buffered]
main: level 0
