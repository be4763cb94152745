--TEST--
Study\Coroutine: coroutines still suspended when the script ends are destroyed in id order after the shutdown functions registered before them; finally blocks and defers run, catch blocks do not
--EXTENSIONS--
study
--FILE--
<?php
class Resource {
    public function __construct(public string $name) {}
    public function __destruct() { echo "  {$this->name}: resource released\n"; }
}
register_shutdown_function(function () { echo "shutdown function registered before any coroutine, live: ", json_encode(Sco::list()), "\n"; });

$make = function (string $name) {
    return function () use ($name) {
        $resource = new Resource($name);
        Sco::defer(function () use ($name) { echo "  $name: defer, cid ", Sco::getCid(), "\n"; });
        try {
            echo "$name: suspends\n";
            Sco::yield();
            echo "$name: never resumed normally\n";
        } catch (Throwable $e) {
            echo "$name: must not catch the destruction\n";
        } finally {
            echo "$name: finally\n";
        }
        echo "$name: after the try\n";
    };
};
$third = Sgo($make('c1'));
$first = Sgo($make('c2'));
// Nested: a suspended coroutine whose own child is suspended too.
Sgo(function () use ($make) {
    Sgo($make('c4 (child of c3)'));
    $make('c3')();
});
// One that ended normally is not touched again.
$done = Sgo($make('c5'));
Sco::resume($done);
Sgo($make('c6'));
echo "main: ends with live ", json_encode(Sco::list()), "\n";
?>
--EXPECTF--
c1: suspends
c2: suspends
c4 (child of c3): suspends
c3: suspends
c5: suspends
c5: never resumed normally
c5: finally
c5: after the try
  c5: resource released
  c5: defer, cid 5
c6: suspends
main: ends with live [1,2,3,4,6]
shutdown function registered before any coroutine, live: [1,2,3,4,6]

Warning: all coroutines are asleep - deadlock: 5 coroutines can never be resumed (yielded or waiting with nothing left to wake them); destroying them
coroutine 1 [yield in Study\Coroutine::yield()]:
#0 %s(14): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(24): {coroutine 1, created by the main script}()

coroutine 2 [yield in Study\Coroutine::yield()]:
#0 %s(14): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(25): {coroutine 2, created by the main script}()

coroutine 3 [yield in Study\Coroutine::yield()]:
#0 %s(14): Study\Coroutine::yield()
#1 %s(29): {closure%r(:[^\n]+)?%r}()
#2 [internal function]: {closure%r(:[^\n]+)?%r}()
#3 %s(27): {coroutine 3, created by the main script}()

coroutine 4 [yield in Study\Coroutine::yield()]:
#0 %s(14): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(28): {coroutine 4, created by coroutine 3}()

coroutine 6 [yield in Study\Coroutine::yield()]:
#0 %s(14): Study\Coroutine::yield()
#1 [internal function]: {closure%r(:[^\n]+)?%r}()
#2 %s(34): {coroutine 6, created by the main script}()
 in %s on line %d
c1: finally
  c1: resource released
  c1: defer, cid 1
c2: finally
  c2: resource released
  c2: defer, cid 2
c3: finally
  c3: resource released
  c3: defer, cid 3
c4 (child of c3): finally
  c4 (child of c3): resource released
  c4 (child of c3): defer, cid 4
c6: finally
  c6: resource released
  c6: defer, cid 6
