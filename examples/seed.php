<?php

while (true) {
    Sgo(function () {
        $cid = Sco::getCid();
        var_dump($cid);
    });
}
