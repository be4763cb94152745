--TEST--
Study\Coroutine: try/finally blocks spanning yields run once, in order, also for return and break out of them and nested in several coroutines
--EXTENSIONS--
study
--FILE--
<?php
function worker(string $name): string {
    try {
        try {
            echo "$name: inner try\n";
            Sco::yield();
            return "$name-returned";
        } finally {
            echo "$name: inner finally\n";
            Sco::yield();
            echo "$name: inner finally after yield\n";
        }
    } finally {
        echo "$name: outer finally\n";
    }
}
$results = [];
$x = Sgo(function () use (&$results) { $results[] = worker('x'); });
$y = Sgo(function () use (&$results) { $results[] = worker('y'); });
Sco::resume($y);
Sco::resume($x);
Sco::resume($x);
Sco::resume($y);
echo json_encode($results), "\n";

// break out of a loop through a finally that yields.
$z = Sgo(function () {
    foreach ([1, 2, 3] as $i) {
        try {
            if ($i === 2) {
                break;
            }
            echo "z: item $i\n";
        } finally {
            echo "z: finally $i\n";
            Sco::yield();
        }
    }
    echo "z: after loop\n";
});
while (Sco::exists($z)) {
    echo "main: resume z\n";
    Sco::resume($z);
}

// A return in finally overrides the try's return, across a yield.
Sgo(function () {
    $f = function () {
        try {
            return "from try";
        } finally {
            $other = Sgo(function () { Sco::yield(); });
            Sco::resume($other);
            return "from finally";
        }
    };
    echo "w: ", $f(), "\n";
});
?>
--EXPECT--
x: inner try
y: inner try
y: inner finally
x: inner finally
x: inner finally after yield
x: outer finally
y: inner finally after yield
y: outer finally
["x-returned","y-returned"]
z: item 1
z: finally 1
main: resume z
z: finally 2
main: resume z
z: after loop
w: from finally
