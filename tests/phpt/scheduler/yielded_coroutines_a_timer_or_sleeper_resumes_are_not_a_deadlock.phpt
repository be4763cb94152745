--TEST--
A coroutine suspended by Study\Coroutine::yield() is no deadlock while a timer or a sleeping coroutine may still resume it: a join of it (from the main script or a coroutine) waits and returns true; study_event_wait() returns with yielded coroutines left for the main script to resume
--EXTENSIONS--
study
--FILE--
<?php
$y = Sgo(function () { echo "y: yields\n"; Sco::yield(); echo "y: resumed\n"; });
Study\Timer::after(0.01, function () use ($y) { echo "timer: resumes y\n"; Sco::resume($y); });
echo "main: joins y\n";
var_dump(Sco::join([$y]));

$z = Sgo(function () { Sco::yield(); echo "z: resumed\n"; });
Sgo(function () use ($z) { Sco::sleep(0.01); echo "sleeper: resumes z\n"; Sco::resume($z); });
Sgo(function () use ($z) { var_dump(Sco::join([$z])); echo "joiner of z: done\n"; });
var_dump(study_event_wait());

// Nothing can resume w but the main script: study_event_wait() returns, without a deadlock report.
$w = Sgo(function () { Sco::yield(); echo "w: resumed by main\n"; });
var_dump(study_event_wait());
echo "main: resumes w\n";
Sco::resume($w);
echo "end, live ", count(Sco::list()), "\n";
?>
--EXPECT--
y: yields
main: joins y
timer: resumes y
y: resumed
bool(true)
sleeper: resumes z
z: resumed
bool(true)
joiner of z: done
bool(true)
bool(true)
main: resumes w
w: resumed by main
end, live 0
