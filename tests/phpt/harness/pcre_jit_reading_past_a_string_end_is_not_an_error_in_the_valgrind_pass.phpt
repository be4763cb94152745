--TEST--
The valgrind pass (scripts/phpt.sh valgrind) runs tests with PCRE's JIT off: Debian's libpcre2 is built without valgrind support, and its JIT code reads whole words past the end of a string, in bytes malloc() left uninitialised, which memcheck reported as "Conditional jump or move depends on uninitialised value(s)" in a test that only matched lines of its own output (pgsql/fatal_error_before_the_server_has_read_the_query_still_cancels_it_at_shutdown)
--FILE--
<?php
// The patterns and strings of that test: lines matched with ^ and $, strings of every length made by str_replace().
$matched = 0;
for ($length = 1; $length < 200; $length++) {
    $out = str_replace('q', 'Q', str_repeat('x', $length) . "\nfatal error while the query waits\n");
    $matched += preg_match('~^ShdPnd:\s*([0-9a-f]+)$~m', $out);
    $matched += preg_match('~^backend (\d+)$~', rtrim($out));
    $matched += strlen(preg_replace('~^backend \d+\n~m', '', $out)) > $length ? 1 : 0;
}
echo "$matched\n";
?>
--EXPECT--
199
