--TEST--
Study\Runtime::enableCoroutine() keeps the signatures of the hooked functions: Reflection shows the same parameters, defaults, by-reference parameters and return types for sleep, usleep, time_nanosleep, time_sleep_until, gethostbyname, gethostbynamel, stream_select, stream_socket_client, stream_socket_server, stream_socket_accept, fsockopen, fread, fwrite, fgets, stream_socket_recvfrom and stream_socket_sendto as with the hooks disabled, and again after disableCoroutine()
--EXTENSIONS--
study
--FILE--
<?php
$functions = ['sleep', 'usleep', 'time_nanosleep', 'time_sleep_until', 'gethostbyname', 'gethostbynamel', 'stream_select',
    'stream_socket_client', 'stream_socket_server', 'stream_socket_accept', 'fsockopen', 'fread', 'fwrite', 'fgets',
    'stream_socket_recvfrom', 'stream_socket_sendto'];
function signatures(array $functions): array
{
    $signatures = [];
    foreach ($functions as $name) {
        $signatures[$name] = (string) new ReflectionFunction($name);
    }
    return $signatures;
}
$php = signatures($functions);
Study\Runtime::enableCoroutine();
$hooked = signatures($functions);
Study\Runtime::disableCoroutine();
$restored = signatures($functions);
foreach ($functions as $name) {
    echo $name, ": ", $hooked[$name] === $php[$name] ? "same" : "CHANGED:\n$hooked[$name]", ", after disable: ",
        $restored[$name] === $php[$name] ? "same" : "CHANGED", "\n";
}
echo "internal: ", (new ReflectionFunction('sleep'))->isInternal() ? "yes" : "no", "\n";
?>
--EXPECT--
sleep: same, after disable: same
usleep: same, after disable: same
time_nanosleep: same, after disable: same
time_sleep_until: same, after disable: same
gethostbyname: same, after disable: same
gethostbynamel: same, after disable: same
stream_select: same, after disable: same
stream_socket_client: same, after disable: same
stream_socket_server: same, after disable: same
stream_socket_accept: same, after disable: same
fsockopen: same, after disable: same
fread: same, after disable: same
fwrite: same, after disable: same
fgets: same, after disable: same
stream_socket_recvfrom: same, after disable: same
stream_socket_sendto: same, after disable: same
internal: yes
