<?php
// A Symfony HttpFoundation application served by Study\Http\Server: an adapter turns each Study\Http\Request into a
// Symfony Request and writes the Symfony Response back through Study\Http\Response (sendfile() for a
// BinaryFileResponse, chunks for a StreamedResponse). Debian: php-symfony-http-foundation.
//   php -d extension=modules/study.so examples/symfony_http_foundation.php [port]
// then: curl 'http://127.0.0.1:8080/hello/Ann' -c jar -b jar; curl -F name=Ann -F doc=@README.md http://127.0.0.1:8080/form
require_once '/usr/share/php/Symfony/Component/HttpFoundation/autoload.php';

use Study\Http\{Server, Request, Response};
use Symfony\Component\HttpFoundation\BinaryFileResponse;
use Symfony\Component\HttpFoundation\File\UploadedFile;
use Symfony\Component\HttpFoundation\Request as SymfonyRequest;
use Symfony\Component\HttpFoundation\Response as SymfonyResponse;
use Symfony\Component\HttpFoundation\StreamedResponse;
use Symfony\Component\HttpFoundation\Cookie;

// The Symfony Request of a study Request: $_SERVER's keys from its head and peer, its query, form, cookies and files.
function study_to_symfony(Request $req): SymfonyRequest {
    $server = [
        'REQUEST_METHOD' => $req->method,
        'REQUEST_URI' => $req->uri,
        'QUERY_STRING' => $req->server['query_string'] ?? '',
        'SERVER_PROTOCOL' => $req->server['server_protocol'],
        'SERVER_PORT' => $req->server['server_port'],
        'REMOTE_ADDR' => $req->server['remote_addr'],
        'REMOTE_PORT' => $req->server['remote_port'],
        'REQUEST_TIME' => $req->server['request_time'],
        'REQUEST_TIME_FLOAT' => $req->server['request_time_float'],
        'SCRIPT_NAME' => '',
        'SCRIPT_FILENAME' => '',
    ];
    foreach ($req->header as $name => $value) {
        $key = strtoupper(str_replace('-', '_', $name));
        $server[$key === 'CONTENT_TYPE' || $key === 'CONTENT_LENGTH' ? $key : "HTTP_$key"] = $value;
    }
    // Symfony checks is_uploaded_file() for files it did not make in test mode; these come from the server, not from
    // PHP's own upload handling, so they are given as test files (move() then renames them).
    $files = study_uploaded_files($req->files);
    $content = str_starts_with($req->header['content-type'] ?? '', 'multipart/form-data') ? '' : $req->rawContent();
    return new SymfonyRequest($req->get, $req->post, [], $req->cookie, $files, $server, $content);
}

// $_FILES' shape (nested for name[] fields) into UploadedFile objects, keyed as Symfony's FileBag keys them.
function study_uploaded_files(array $files): array {
    $out = [];
    foreach ($files as $key => $file) {
        $out[$key] = study_uploaded_file($file['name'], $file['type'], $file['tmp_name'], $file['error']);
    }
    return $out;
}

function study_uploaded_file($name, $type, $path, $error) {
    if (is_array($name)) {
        $out = [];
        foreach ($name as $key => $inner) {
            $out[$key] = study_uploaded_file($inner, $type[$key], $path[$key], $error[$key]);
        }
        return $out;
    }
    return $error === UPLOAD_ERR_NO_FILE ? null : new UploadedFile($path, $name, $type, $error, true);
}

// Writes a Symfony Response through a study Response.
function symfony_to_study(SymfonyResponse $response, SymfonyRequest $request, Response $res): void {
    $response->prepare($request);
    $res->status($response->getStatusCode());
    foreach ($response->headers->allPreserveCaseWithoutCookies() as $name => $values) {
        if (strcasecmp($name, 'Date') === 0) {
            continue; // the server sends its own
        }
        foreach ($values as $value) {
            $res->header($name, $value);
        }
    }
    foreach ($response->headers->getCookies() as $cookie) {
        $res->header('Set-Cookie', (string)$cookie);
    }
    if ($response instanceof BinaryFileResponse) {
        [$offset, $length] = (fn() => [$this->offset, $this->maxlen])->call($response);
        $res->sendfile($response->getFile()->getPathname(), $offset, max($length, 0));
    } elseif ($response instanceof StreamedResponse) {
        // PHP's output buffers belong to the process, not to a coroutine: the callback's output is collected, flush
        // by flush, while it runs (it must not suspend meanwhile), and each piece is sent as a chunk.
        $pieces = [];
        ob_start(function (string $buffer) use (&$pieces) {
            if ($buffer !== '') {
                $pieces[] = $buffer;
            }
            return '';
        });
        try {
            $response->sendContent();
        } finally {
            ob_end_flush();
        }
        foreach ($pieces as $piece) {
            $res->write($piece);
        }
        $res->end();
    } else {
        $res->end((string)$response->getContent());
    }
}

// The application: routes on the path, a form with an upload, a cookie, a streamed and a binary response.
function symfony_app(SymfonyRequest $request, string $uploads): SymfonyResponse {
    $path = $request->getPathInfo();
    if (preg_match('#^/hello/([^/]+)$#', $path, $match)) {
        $visits = (int)$request->cookies->get('visits', '0') + 1;
        $response = new SymfonyResponse("Hello {$match[1]}, visit $visits\n", 200, ['Content-Type' => 'text/plain']);
        $response->headers->setCookie(Cookie::create('visits', (string)$visits, 0, '/', null, false, true, false, 'lax'));
        return $response;
    }
    if ($path === '/form' && $request->isMethod('POST')) {
        $text = "name: " . $request->request->get('name') . "\n";
        $doc = $request->files->get('doc');
        if ($doc instanceof UploadedFile && $doc->isValid()) {
            $moved = $doc->move($uploads, 'upload-' . bin2hex(random_bytes(4)));
            $text .= "doc: {$doc->getClientOriginalName()}, " . $moved->getSize() . " bytes, md5 " .
                md5_file($moved->getPathname()) . "\n";
            unlink($moved->getPathname());
        }
        return new SymfonyResponse($text, 201, ['Content-Type' => 'text/plain']);
    }
    if ($path === '/stream') {
        return new StreamedResponse(function () {
            foreach (['one', 'two', 'three'] as $word) {
                echo "$word\n";
                flush();
            }
        }, 200, ['Content-Type' => 'text/plain']);
    }
    if ($path === '/file') {
        $response = new BinaryFileResponse(__FILE__, 200, ['Content-Type' => 'application/octet-stream']);
        $response->setContentDisposition('attachment', 'app.php');
        return $response;
    }
    return new SymfonyResponse("no route for $path\n", 404, ['Content-Type' => 'text/plain']);
}

// Serves the application on $server until it shuts down.
function symfony_serve(Server $server, string $uploads): void {
    $server->handle('/', function (Request $req, Response $res) use ($uploads) {
        $request = study_to_symfony($req);
        symfony_to_study(symfony_app($request, $uploads), $request, $res);
    });
    $server->start();
}

if (realpath($_SERVER['SCRIPT_FILENAME'] ?? '') === __FILE__) {
    $server = new Server('127.0.0.1', (int)($argv[1] ?? 8080));
    echo "listening on http://127.0.0.1:{$server->port}/\n";
    Sgo(fn() => symfony_serve($server, sys_get_temp_dir()));
}
