--TEST--
Study\Runtime::metrics(): Prometheus text format 0.0.4, every line a comment or a sample, each family with one HELP and
one TYPE before its samples, counters named *_total, the families and their types as README "Metrics" lists them
--EXTENSIONS--
study
--FILE--
<?php
require __DIR__ . '/metrics.inc';

$text = Study\Runtime::metrics();
$samples = metrics_parse($text, $problems, $types);
echo "problems: ", $problems ? implode("\n", $problems) : 'none', "\n";
foreach ($types as $name => $type) {
    echo "$type $name\n";
}
echo "wait kinds: ", implode(' ', array_map(fn($key) => preg_replace('~.*kind="(.*)"\}~', '$1', $key),
    preg_grep('~^study_waits_total\{~', array_keys($samples)))), "\n";
echo "values are numbers >= 0: ", count(array_filter($samples, fn($v) => $v >= 0)) === count($samples) ? 'yes' : 'no', "\n";

// The checker itself finds what is wrong.
metrics_parse("# HELP a_total A.\n# TYPE a_total counter\na_total 1\nb 2\n# HELP c C.\n# TYPE c counter\nc{x=\"1} 1\n", $bad);
echo implode("\n", $bad), "\n";

var_dump(Study\Runtime::metrics(1));
?>
--EXPECTF--
problems: none
gauge study_coroutines
gauge study_coroutines_peak
counter study_coroutines_created_total
counter study_coroutine_switches_total
counter study_loop_iterations_total
summary study_loop_lag_seconds
gauge study_loop_lag_last_seconds
gauge study_loop_lag_max_seconds
gauge study_timers
counter study_waits_total
gauge study_sockets
counter study_socket_received_bytes_total
counter study_socket_sent_bytes_total
gauge study_stack_mapped_bytes
gauge study_stack_saved_bytes
gauge study_memory_used_bytes
gauge study_memory_allocated_bytes
gauge study_memory_peak_used_bytes
gauge study_memory_peak_allocated_bytes
wait kinds: unknown sleep poll channel_pop channel_push channel_select socket_read socket_write socket_accept socket_connect socket_select fd_read fd_write fd_select file_read file_lock dns_lookup child_process join wait_group signal stream_close
values are numbers >= 0: yes
sample b outside its family
counter c not named *_total
not a comment or a sample: 'c{x="1} 1'

Fatal error: Uncaught ArgumentCountError: Study\Runtime::metrics() expects exactly 0 arguments, 1 given in %s:%d
Stack trace:
#0 %s(%d): Study\Runtime::metrics(1)
#1 {main}
  thrown in %s on line %d
