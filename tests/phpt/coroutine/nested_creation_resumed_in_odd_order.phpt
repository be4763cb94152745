--TEST--
Study\Coroutine: coroutines created inside coroutines three levels deep, each yielding and resumed in odd orders; yield returns to whoever resumed
--EXTENSIONS--
study
--FILE--
<?php
function say(string $what): void {
    echo str_pad($what, 28), "cid=", Sco::getCid(), " pcid=", Sco::getPcid(), " live=", implode(',', Sco::list()), "\n";
}

$a = Sgo(function () {
    say("A start");
    $b = Sgo(function () {
        say("B start");
        $c = Sgo(function () {
            say("C start");
            Sco::yield();
            say("C 2nd (resumed by main)");
            Sco::yield();
            say("C 3rd (resumed by B)");
            Sco::yield();
            say("C end (resumed by D)");
        });
        say("B after C yielded");
        Sco::yield();
        say("B 2nd, resumes C");
        Sco::resume($c);
        say("B after C yielded again");
        Sco::yield();
        say("B end");
    });
    say("A after B yielded");
    Sco::yield();
    say("A 2nd, creates D");
    $d = Sgo(function () {
        say("D start");
        Sco::yield();
        say("D 2nd, resumes C");
        Sco::resume(3);
        say("D end");
    });
    say("A after D yielded");
    Sco::yield();
    say("A end");
});
say("main after A yielded");
Sco::resume(3);
say("main after C yielded");
Sco::resume($a);
say("main after A yielded again");
Sco::resume(2);
say("main after B yielded");
Sco::resume(4);
say("main after D ended");
Sco::resume(2);
Sco::resume($a);
say("main end");
?>
--EXPECT--
A start                     cid=1 pcid=-1 live=1
B start                     cid=2 pcid=1 live=1,2
C start                     cid=3 pcid=2 live=1,2,3
B after C yielded           cid=2 pcid=1 live=1,2,3
A after B yielded           cid=1 pcid=-1 live=1,2,3
main after A yielded        cid=-1 pcid=-1 live=1,2,3
C 2nd (resumed by main)     cid=3 pcid=2 live=1,2,3
main after C yielded        cid=-1 pcid=-1 live=1,2,3
A 2nd, creates D            cid=1 pcid=-1 live=1,2,3
D start                     cid=4 pcid=1 live=1,2,3,4
A after D yielded           cid=1 pcid=-1 live=1,2,3,4
main after A yielded again  cid=-1 pcid=-1 live=1,2,3,4
B 2nd, resumes C            cid=2 pcid=1 live=1,2,3,4
C 3rd (resumed by B)        cid=3 pcid=2 live=1,2,3,4
B after C yielded again     cid=2 pcid=1 live=1,2,3,4
main after B yielded        cid=-1 pcid=-1 live=1,2,3,4
D 2nd, resumes C            cid=4 pcid=1 live=1,2,3,4
C end (resumed by D)        cid=3 pcid=2 live=1,2,3,4
D end                       cid=4 pcid=1 live=1,2,4
main after D ended          cid=-1 pcid=-1 live=1,2
B end                       cid=2 pcid=1 live=1,2
A end                       cid=1 pcid=-1 live=1
main end                    cid=-1 pcid=-1 live=
