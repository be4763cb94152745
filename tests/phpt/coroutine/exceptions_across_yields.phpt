--TEST--
Study\Coroutine: exceptions thrown and caught inside coroutines across yields stay in their coroutine; a pending exception survives a yield inside finally
--EXTENSIONS--
study
--FILE--
<?php
class AException extends Exception {}
class BException extends Exception {}

$a = Sgo(function () {
    try {
        echo "A: in try, yields\n";
        Sco::yield();
        throw new AException("A1");
    } catch (BException $e) {
        echo "A: WRONG, caught B\n";
    } catch (AException $e) {
        echo "A: caught ", $e->getMessage(), " from line ", $e->getLine(), "\n";
        Sco::yield();
        echo "A: still in catch after a yield: ", $e->getMessage(), "\n";
    }
    try {
        try {
            throw new AException("A2");
        } finally {
            // The exception is pending while this finally block yields.
            echo "A: finally with A2 pending, yields\n";
            Sco::yield();
            echo "A: finally resumed\n";
        }
    } catch (AException $e) {
        echo "A: A2 went on after the finally: ", $e->getMessage(), "\n";
    }
});

$b = Sgo(function () {
    try {
        Sco::yield();
        throw new BException("B1", 0, new LogicException("cause"));
    } catch (Exception $e) {
        echo "B: caught ", get_class($e), " ", $e->getMessage(), " <- ", $e->getPrevious()->getMessage(), "\n";
    }
    // Rethrow across a yield.
    try {
        try {
            throw new BException("B2");
        } catch (BException $e) {
            Sco::yield();
            throw $e;
        }
    } catch (BException $again) {
        echo "B: rethrown ", $again->getMessage(), " same object: ", var_export($again === $e, true), "\n";
    }
});

try {
    throw new RuntimeException("main 1");
} catch (RuntimeException $e) {
    echo "main: caught ", $e->getMessage(), "\n";
}
Sco::resume($a); // A1 thrown and caught, A yields in catch
Sco::resume($b); // B1 thrown and caught, B yields in catch
try {
    Sco::resume($a); // A leaves the catch, throws A2, yields in finally
    throw new RuntimeException("main 2, while A has A2 pending");
} catch (AException $e) {
    echo "main: WRONG, caught A's exception\n";
} catch (RuntimeException $e) {
    echo "main: caught ", $e->getMessage(), "\n";
}
Sco::resume($b);
// Exceptions created in one coroutine, thrown in another.
$made = null;
Sgo(function () use (&$made) { $made = new DomainException("made in " . Sco::getCid()); });
Sgo(function () use (&$made) {
    try {
        throw $made;
    } catch (DomainException $e) {
        echo "C: caught ", $e->getMessage(), " in ", Sco::getCid(), "\n";
    }
});
Sco::resume($a);
echo "main: live ", json_encode(Sco::list()), "\n";
?>
--EXPECT--
A: in try, yields
main: caught main 1
A: caught A1 from line 9
B: caught BException B1 <- cause
A: still in catch after a yield: A1
A: finally with A2 pending, yields
main: caught main 2, while A has A2 pending
B: rethrown B2 same object: true
C: caught made in 3 in 4
A: finally resumed
A: A2 went on after the finally: A2
main: live []
