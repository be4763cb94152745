--TEST--
Study\Coroutine: serialize() and unserialize() in one coroutine keep their own back-references while another coroutine is suspended inside Serializable::serialize(), __serialize() or __sleep() of its own serialize() call
--EXTENSIONS--
study
--INI--
error_reporting=E_ALL & ~E_DEPRECATED
--FILE--
<?php
// Each of these suspends its coroutine in the middle of a serialize() call, where PHP keeps the call's table of
// objects seen so far (for back-references) in per-request globals.
class OldStyle implements Serializable {
    public function serialize() { Sco::yield(); return 'old'; }
    public function unserialize($data) {}
}
class NewStyle {
    public $v = 'new';
    public function __serialize(): array { Sco::yield(); return ['v' => $this->v]; }
}
class Sleeper {
    public $v = 'sleep';
    public function __sleep() { Sco::yield(); return ['v']; }
}

// What other code serializes meanwhile: the same object twice, which must come out as a back-reference to the
// first occurrence of this call (r:2), and unserialize to the same object twice.
function check(string $label): void {
    $o = new stdClass;
    $o->n = 1;
    $nested = new ArrayObject([$o]);
    $s = serialize([$o, $o, $nested]);
    $u = unserialize($s);
    echo "$label: ", $s === 'a:3:{i:0;O:8:"stdClass":1:{s:1:"n";i:1;}i:1;r:2;i:2;O:11:"ArrayObject":4:{i:0;i:0;i:1;a:1:{i:0;r:2;}i:2;a:0:{}i:3;N;}}'
        ? 'same' : "CORRUPTED $s", ', ', is_array($u) && $u[0] === $u[1] && $u[2][0] === $u[0] ? 'identical' : 'NOT identical', "\n";
}

foreach ([new OldStyle, new NewStyle, new Sleeper] as $object) {
    $label = get_class($object);
    $id = Sgo(function () use ($object, $label) {
        $s = serialize([$object, $object]);
        echo "$label in coroutine: $s\n";
    });
    check("$label suspended, main");
    // Another coroutine serializes while the first one is still inside its serialize() call.
    Sgo(fn() => check("$label suspended, coroutine"));
    Sco::resume($id);
    check("$label done, main");
}
?>
--EXPECT--
OldStyle suspended, main: same, identical
OldStyle suspended, coroutine: same, identical
OldStyle in coroutine: a:2:{i:0;C:8:"OldStyle":3:{old}i:1;r:2;}
OldStyle done, main: same, identical
NewStyle suspended, main: same, identical
NewStyle suspended, coroutine: same, identical
NewStyle in coroutine: a:2:{i:0;O:8:"NewStyle":1:{s:1:"v";s:3:"new";}i:1;r:2;}
NewStyle done, main: same, identical
Sleeper suspended, main: same, identical
Sleeper suspended, coroutine: same, identical
Sleeper in coroutine: a:2:{i:0;O:7:"Sleeper":1:{s:1:"v";s:5:"sleep";}i:1;r:2;}
Sleeper done, main: same, identical
