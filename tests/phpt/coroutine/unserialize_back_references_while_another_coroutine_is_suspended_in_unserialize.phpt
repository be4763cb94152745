--TEST--
Study\Coroutine: unserialize() in one coroutine resolves its own back-references and runs its own __wakeup()/__unserialize() while another coroutine is suspended inside Serializable::unserialize(), __unserialize() or __wakeup() of its own unserialize() call
--EXTENSIONS--
study
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// Each of these suspends its coroutine in the middle of an unserialize() call, where PHP keeps the call's table of
// values seen so far (for back-references) and the __wakeup()/__unserialize() calls still to make in per-request
// globals.
class OldStyle implements Serializable {
    public $data;
    public function serialize() { return 'old'; }
    public function unserialize($data) { Sco::yield(); $this->data = $data; }
}
class NewStyle {
    public $v;
    public function __unserialize(array $data): void { Sco::yield(); $this->v = $data['v']; }
}
class Sleeper {
    public $v;
    public function __wakeup() { Sco::yield(); }
}
class Woken {
    public $woken = false;
    public function __wakeup() { $this->woken = true; }
}

// What other code unserializes meanwhile: back-references (r:2, R:3) to values of this call, and an object whose
// __wakeup() must have run when unserialize() returns.
function check(string $label): void {
    $u = unserialize('a:4:{i:0;O:8:"stdClass":1:{s:1:"n";i:7;}i:1;r:2;i:2;s:1:"x";i:3;O:5:"Woken":1:{s:5:"woken";b:0;}}');
    echo "$label: ", is_array($u) && $u[0] instanceof stdClass && $u[0] === $u[1] && $u[0]->n === 7 ? 'references right' : 'CORRUPTED ' . json_encode($u),
        ', ', is_array($u) && $u[3] instanceof Woken && $u[3]->woken ? 'woken' : 'NOT woken', "\n";
}

$inputs = [
    'OldStyle' => 'a:2:{i:0;C:8:"OldStyle":3:{old}i:1;r:2;}',
    'NewStyle' => 'a:2:{i:0;O:8:"NewStyle":1:{s:1:"v";s:3:"new";}i:1;r:2;}',
    'Sleeper' => 'a:2:{i:0;O:7:"Sleeper":1:{s:1:"v";s:5:"sleep";}i:1;r:2;}',
];
foreach ($inputs as $label => $input) {
    $id = Sgo(function () use ($input, $label) {
        $u = unserialize($input);
        echo "$label in coroutine: ", get_class($u[0]), ', ', $u[0] === $u[1] ? 'same object' : 'NOT the same object', "\n";
    });
    check("$label suspended, main");
    Sgo(fn() => check("$label suspended, coroutine"));
    // The coroutine may be suspended more than once (once per call it makes); resume it until it ends.
    while (Sco::exists($id)) {
        Sco::resume($id);
    }
    check("$label done, main");
}
?>
--EXPECT--
OldStyle suspended, main: references right, woken
OldStyle suspended, coroutine: references right, woken
OldStyle in coroutine: OldStyle, same object
OldStyle done, main: references right, woken
NewStyle suspended, main: references right, woken
NewStyle suspended, coroutine: references right, woken
NewStyle in coroutine: NewStyle, same object
NewStyle done, main: references right, woken
Sleeper suspended, main: references right, woken
Sleeper suspended, coroutine: references right, woken
Sleeper in coroutine: Sleeper, same object
Sleeper done, main: references right, woken
