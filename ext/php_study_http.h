/* SPDX-License-Identifier: MIT */
/* What the classes of Study\Http share: the server (ext/php_study_http_server.cc) makes a Request and a Response
 * (ext/php_study_http_message.cc) for each request of a connection. */
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "php.h"
#include "study/http.h"

extern zend_class_entry *php_study_http_server_ce;
extern zend_class_entry *php_study_http_request_ce;
extern zend_class_entry *php_study_http_response_ce;

/* Who is at the other end of a connection, for Request::$server. Owned by the connection. */
struct php_study_http_peer {
    zend_string *address; /* remote_addr */
    zend_long port;       /* remote_port */
    zend_long server_port;
};

/* A connection of a server (ext/php_study_http_server.cc): its core connection, the server, and who holds it. The
 * coroutine that serves it holds it until it ends; a Response's write holds it (and the server) for as long as the
 * write runs, so that a write from another coroutine, still waiting for the client when the handler returns or the
 * serving coroutine ends, finishes in live memory. The last holder frees it. */
struct php_study_http_connection;
study::http::Connection *php_study_http_connection_core(php_study_http_connection *connection);
void php_study_http_connection_hold(php_study_http_connection *connection);
void php_study_http_connection_release(php_study_http_connection *connection);

/* Makes `out` the Response that writes to `connection` until php_study_http_response_detach(). */
void php_study_http_response_make(zval *out, php_study_http_connection *connection);
/* The handler has returned: from now on the Response writes nothing (its methods return false). */
void php_study_http_response_detach(zval *response);

/* Response::cookie(): parses setcookie()'s arguments and adds the Set-Cookie field to `connection` (nullptr: not
 * writable any more); false, with an exception thrown for a bad argument (ext/php_study_http_cookie.cc). */
bool php_study_http_set_cookie(INTERNAL_FUNCTION_PARAMETERS, study::http::Connection *connection);

/* A connection's reader of multipart/form-data bodies (ext/php_study_http_form.cc), set as its core connection's
 * BodyReader: it parses each such body as it arrives, its fields into an array and its files into temporary files. */
class php_study_http_form_reader : public study::http::BodyReader {
public:
    static std::unique_ptr<php_study_http_form_reader> create();
    /* Moves out what the current request's body gave: its fields (*post), its files in $_FILES' shape (*files) and
     * their temporary files' paths (*temporary: the caller owns the vector and removes the files). False, with nothing
     * moved, when this reader did not take the body. */
    virtual bool take(zval *post, zval *files, std::vector<std::string> **temporary) = 0;
    /* Drops what was read and removes its temporary files: the request ended before a Request was made (the client
     * left mid-upload, a limit). Called again, it does nothing. */
    virtual void discard() = 0;
};

/* Makes `out` the Request for the connection's current request; `form` gives the fields and files of a multipart
 * body it took. */
void php_study_http_request_make(zval *out, const study::http::Connection &connection, const php_study_http_peer &peer,
                                 php_study_http_form_reader *form);
void php_study_http_server_minit(int module_number);
/* The arginfo header registers the three classes, in php_study_http_server_minit(); this sets up the other two. */
void php_study_http_message_minit(zend_class_entry *request_ce, zend_class_entry *response_ce);
