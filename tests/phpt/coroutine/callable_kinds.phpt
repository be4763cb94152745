--TEST--
Study\Coroutine: every kind of callable runs as a coroutine and can yield (function names, methods, invokable objects, static methods, first-class callables, __call, internal functions)
--EXTENSIONS--
study
--FILE--
<?php
function named_function(string $tag) {
    echo "$tag: start in ", Sco::getCid(), "\n";
    Sco::yield();
    echo "$tag: resumed\n";
}

class Worker {
    public function __construct(private string $name) {}
    public function run(string $tag) {
        echo "$tag: {$this->name} start in ", Sco::getCid(), "\n";
        Sco::yield();
        echo "$tag: {$this->name} resumed\n";
    }
    public static function staticRun(string $tag) {
        echo "$tag: ", static::class, " start in ", Sco::getCid(), "\n";
        Sco::yield();
        echo "$tag: resumed\n";
    }
    public function __invoke(string $tag) {
        echo "$tag: invoked {$this->name}\n";
        Sco::yield();
        echo "$tag: resumed\n";
    }
    public function __call($method, $args) {
        echo "$args[0]: __call $method\n";
        Sco::yield();
        echo "$args[0]: resumed\n";
    }
    public static function __callStatic($method, $args) {
        echo "$args[0]: __callStatic $method\n";
        Sco::yield();
        echo "$args[0]: resumed\n";
    }
}
class SubWorker extends Worker {}

$ids = [];
$ids[] = Sgo('named_function', 'string name');
$ids[] = Sgo('NAMED_FUNCTION', 'string name in other case');
$ids[] = Sgo([new Worker('w1'), 'run'], 'array [object, method]');
$ids[] = Sgo(['SubWorker', 'staticRun'], 'array [class, static]');
$ids[] = Sgo('SubWorker::staticRun', 'string Class::static');
$ids[] = Sgo(new Worker('w2'), 'invokable object');
$ids[] = Sgo(named_function(...), 'first-class function');
$ids[] = Sgo((new Worker('w3'))->run(...), 'first-class method');
$ids[] = Sgo(SubWorker::staticRun(...), 'first-class static');
$ids[] = Sgo(Closure::fromCallable([new Worker('w4'), 'run']), 'Closure::fromCallable');
$ids[] = Sgo([new Worker('w5'), 'undefinedMethod'], '__call trampoline');
$ids[] = Sgo('Worker::undefinedStatic', '__callStatic trampoline');
$ids[] = Sco::create([new Worker('w6'), 'run'], 'Sco::create');
echo "--- all suspended: ", count(Sco::list()), "\n";
foreach (array_reverse($ids) as $cid) {
    Sco::resume($cid);
}
echo "--- internal functions\n";
$cid = Sgo('printf', "%s %d\n", 'printf in coroutine', 42);
var_dump(Sco::exists($cid));
Sgo('var_dump', [1, 'two']);
Sgo(printf(...), "%s\n", 'first-class internal');
var_dump(Sco::list());
?>
--EXPECT--
string name: start in 1
string name in other case: start in 2
array [object, method]: w1 start in 3
array [class, static]: SubWorker start in 4
string Class::static: SubWorker start in 5
invokable object: invoked w2
first-class function: start in 7
first-class method: w3 start in 8
first-class static: SubWorker start in 9
Closure::fromCallable: w4 start in 10
__call trampoline: __call undefinedMethod
__callStatic trampoline: __callStatic undefinedStatic
Sco::create: w6 start in 13
--- all suspended: 13
Sco::create: w6 resumed
__callStatic trampoline: resumed
__call trampoline: resumed
Closure::fromCallable: w4 resumed
first-class static: resumed
first-class method: w3 resumed
first-class function: resumed
invokable object: resumed
string Class::static: resumed
array [class, static]: resumed
array [object, method]: w1 resumed
string name in other case: resumed
string name: resumed
--- internal functions
printf in coroutine 42
bool(false)
array(2) {
  [0]=>
  int(1)
  [1]=>
  string(3) "two"
}
first-class internal
array(0) {
}
