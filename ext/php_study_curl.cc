/* SPDX-License-Identifier: MIT */
/* HOOK_CURL. The curl extension keeps its handles in structures private to it (php_curl, php_curlm) that change
 * between PHP versions; this hook never touches them. It redirects, at the import slots of every loaded object but
 * libcurl and study.so (study::ImportHook), the libcurl functions through which the extension waits:
 * - curl_easy_perform() (curl_exec()): the easy handle is driven through a private multi handle in socket mode, from
 *   the calling coroutine itself, so PHP callbacks run there and may suspend; libcurl's own CURLcode comes back, and
 *   PHP's curl_exec() sets curl_errno()/curl_error() from it as ever.
 * - curl_multi_wait() and curl_multi_poll() (curl_multi_select()): wait as a coroutine on the sockets libcurl named
 *   for that multi handle. libcurl 7.88 has no curl_multi_waitfds(), and curl_multi_fdset() cannot describe a
 *   descriptor >= FD_SETSIZE, so the sockets are learnt from CURLMOPT_SOCKETFUNCTION, set here on every multi handle
 *   created while the hook is on (curl_multi_init() is redirected: PHP does not let scripts set that option).
 *   libcurl calls that function from curl_multi_socket_*() only, so curl_multi_perform() on such a handle is
 *   curl_multi_socket_all(): the same work, then the sockets' states reported.
 * study.so does not link libcurl: it calls libcurl through the pointers dlsym() gives, and builds without libcurl's
 * headers (the hook is then left out). */
#include "php_study_curl.h"

#if __has_include(<curl/curl.h>)
#define STUDY_HAVE_CURL 1
#include <curl/curl.h>
#endif

#ifdef STUDY_HAVE_CURL

#include <dlfcn.h>
#include <poll.h>

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "php_study.h"
#include "php_study_coroutine.h"
#include "study/descriptor_set.h"
#include "study/import_hook.h"
#include "study/scheduler.h"

namespace {

/* libcurl's functions that the hooks call, found with dlsym() (the originals of the redirected ones come from their
 * ImportHook). */
struct CurlApi {
    CURLMcode (*add_handle)(CURLM *, CURL *);
    CURLMcode (*remove_handle)(CURLM *, CURL *);
    CURLMcode (*setopt)(CURLM *, CURLMoption, ...);
    CURLMcode (*socket_action)(CURLM *, curl_socket_t, int, int *);
    CURLMcode (*socket_all)(CURLM *, int *);
    CURLMcode (*timeout)(CURLM *, long *);
    CURLMsg *(*info_read)(CURLM *, int *);
};
CurlApi g_api;

CURLcode hooked_easy_perform(CURL *easy);
CURLM *hooked_multi_init();
CURLMcode hooked_multi_cleanup(CURLM *multi);
CURLMcode hooked_multi_perform(CURLM *multi, int *running);
CURLMcode hooked_multi_wait(CURLM *multi, curl_waitfd *extra, unsigned int extra_count, int timeout_ms, int *ready);
CURLMcode hooked_multi_poll(CURLM *multi, curl_waitfd *extra, unsigned int extra_count, int timeout_ms, int *ready);

study::ImportHook g_easy_perform("curl_easy_perform", reinterpret_cast<void *>(&hooked_easy_perform));
study::ImportHook g_multi_init("curl_multi_init", reinterpret_cast<void *>(&hooked_multi_init));
study::ImportHook g_multi_cleanup("curl_multi_cleanup", reinterpret_cast<void *>(&hooked_multi_cleanup));
study::ImportHook g_multi_perform("curl_multi_perform", reinterpret_cast<void *>(&hooked_multi_perform));
study::ImportHook g_multi_wait("curl_multi_wait", reinterpret_cast<void *>(&hooked_multi_wait));
study::ImportHook g_multi_poll("curl_multi_poll", reinterpret_cast<void *>(&hooked_multi_poll));

template <typename Function>
Function original(const study::ImportHook &hook) {
    return reinterpret_cast<Function>(hook.original());
}

/* The sockets libcurl asked one multi handle's user to watch (CURLMOPT_SOCKETFUNCTION), in a core DescriptorSet:
 * libcurl reports a kept-alive connection's socket at the start of each transfer on it and drops it at the end
 * (CURL_POLL_REMOVE), and may close it silently any time after, which the set is made for. On the heap: the socket
 * callback reaches it while its waiter is suspended. */
using Watch = study::DescriptorSet;
using Ready = std::vector<study::DescriptorSet::Entry>;

int on_socket(CURL *, curl_socket_t fd, int what, void *data, void *) {
    auto *watch = static_cast<Watch *>(data);
    if (what == CURL_POLL_REMOVE) {
        watch->remove(fd); /* libcurl may close the descriptor next */
        return 0;
    }
    watch->watch(fd,
                 ((what & CURL_POLL_IN) != 0 ? Watch::kRead : 0) | ((what & CURL_POLL_OUT) != 0 ? Watch::kWrite : 0));
    return 0;
}

void watch_sockets(CURLM *multi, Watch *watch) {
    g_api.setopt(multi, CURLMOPT_SOCKETFUNCTION, on_socket);
    g_api.setopt(multi, CURLMOPT_SOCKETDATA, watch);
}

/* The watched sockets that are ready now, without waiting (a curl_multi_select() with a timeout of 0). */
size_t ready_now(const Watch &watch) {
    std::vector<pollfd> fds;
    for (const study::DescriptorSet::Entry &entry : watch.watched()) {
        fds.push_back({entry.fd,
                       static_cast<short>(((entry.events & Watch::kRead) != 0 ? POLLIN : 0) |
                                          ((entry.events & Watch::kWrite) != 0 ? POLLOUT : 0)),
                       0});
    }
    int count;
    do {
        count = poll(fds.data(), fds.size(), 0);
    } while (count < 0 && errno == EINTR);
    return count > 0 ? static_cast<size_t>(count) : 0;
}

constexpr double kSharedWaitPause = 0.001; /* another coroutine waits on the same multi handle already */
constexpr double kIdlePause = 0.01;        /* libcurl named neither a socket nor a timeout (it should not) */

/* Waits as a coroutine until a watched socket is ready or `timeout` seconds pass (negative: no limit), with *ready the
 * sockets found ready. Returns 0 (woken: sockets ready, or the set changed meanwhile), ETIMEDOUT, or ECANCELED (then
 * php_study_wait_end() was called). */
int wait_watch(Watch *watch, double timeout, Ready *ready) {
    int error = 0;
    php_study_wait_releasing(
        [&] {
            if (watch->size() == 0) {
                const study::WakeReason reason =
                    study::scheduler::sleep(timeout < 0 ? kIdlePause : timeout, study::WaitKind::kPoll);
                error =
                    reason == study::WakeReason::kTimeout || reason == study::WakeReason::kDone ? ETIMEDOUT : ECANCELED;
                return false;
            }
            error = watch->wait(timeout, ready);
            if (error == EBUSY) {
                const study::WakeReason reason = study::scheduler::sleep(
                    timeout < 0 ? kSharedWaitPause : std::min(kSharedWaitPause, timeout), study::WaitKind::kPoll);
                error = reason == study::WakeReason::kTimeout || reason == study::WakeReason::kDone ? 0 : ECANCELED;
            }
            return error == 0;
        },
        [&] { Ready().swap(*ready); });
    if (error == 0 || error == ETIMEDOUT) {
        return error;
    }
    if (error != ECANCELED && error != EINTR && error != EDEADLK) {
        return 0; /* poll() failed (the core's epoll set could not be made): libcurl's own calls meet the error */
    }
    php_study_wait_end(study::WakeReason::kDone); /* a coroutine being destroyed unwinds from here */
    return ECANCELED;
}

/* A private multi handle that runs one curl_easy_perform() at a time. Kept for the request after use, so that the
 * connections it keeps alive serve the next transfers (as the easy handle's own cache does in libcurl). */
struct Transfer {
    CURLM *multi;
    Watch watch;
};
std::vector<Transfer *> g_idle;
std::vector<Transfer *> g_all;

Transfer *take_transfer() {
    if (!g_idle.empty()) {
        Transfer *transfer = g_idle.back();
        g_idle.pop_back();
        return transfer;
    }
    CURLM *multi = original<CURLM *(*)()>(g_multi_init)();
    if (multi == nullptr) {
        return nullptr;
    }
    auto *transfer = new Transfer{multi, {}};
    watch_sockets(multi, &transfer->watch);
    g_all.push_back(transfer);
    return transfer;
}

/* The result of `easy` once libcurl reported it done. */
bool finished(CURLM *multi, CURL *easy, CURLcode *result) {
    int left = 0;
    bool done = false;
    while (CURLMsg *message = g_api.info_read(multi, &left)) {
        if (message->msg == CURLMSG_DONE && message->easy_handle == easy) {
            *result = message->data.result;
            done = true;
        }
    }
    return done;
}

int action_of(int events) {
    return ((events & Watch::kRead) != 0 ? CURL_CSELECT_IN : 0) |
           ((events & Watch::kWrite) != 0 ? CURL_CSELECT_OUT : 0);
}

/* Runs the transfer of `easy`, added to `transfer`'s multi handle, to its end. It waits for the sockets without
 * looking at them first: the loop reports a socket that is ready already at its next turn, and libcurl asks for a
 * timeout of 0 when it holds data it has not handed on yet. */
CURLcode run_transfer(Transfer *transfer, CURL *easy) {
    int running = 0;
    g_api.socket_action(transfer->multi, CURL_SOCKET_TIMEOUT, 0, &running);
    Ready ready;
    for (;;) {
        CURLcode result;
        if (finished(transfer->multi, easy, &result)) {
            return result;
        }
        if (EG(exception) != nullptr) {
            /* A PHP callback threw (PHP's progress callbacks do not abort the transfer then): the transfer ends here,
             * for the exception must not be carried into another coroutine by a wait. */
            return CURLE_ABORTED_BY_CALLBACK;
        }
        long milliseconds = -1;
        g_api.timeout(transfer->multi, &milliseconds);
        const int error = milliseconds == 0
                              ? ETIMEDOUT
                              : wait_watch(&transfer->watch, milliseconds < 0 ? -1 : milliseconds / 1000.0, &ready);
        if (error == ECANCELED) {
            return CURLE_ABORTED_BY_CALLBACK; /* the caller removes the handle, which ends the transfer */
        }
        if (error == ETIMEDOUT) {
            g_api.socket_action(transfer->multi, CURL_SOCKET_TIMEOUT, 0, &running);
            continue;
        }
        /* With the bits said, libcurl does not poll() the socket again itself. */
        for (const study::DescriptorSet::Entry &entry : ready) {
            g_api.socket_action(transfer->multi, entry.fd, action_of(entry.events), &running);
        }
    }
}

CURLcode hooked_easy_perform(CURL *easy) {
    auto perform = original<CURLcode (*)(CURL *)>(g_easy_perform);
    if (easy == nullptr || !php_study_may_suspend()) {
        return perform(easy);
    }
    Transfer *transfer = take_transfer();
    if (transfer == nullptr) {
        return perform(easy);
    }
    if (g_api.add_handle(transfer->multi, easy) != CURLM_OK) {
        g_idle.push_back(transfer);
        return perform(easy); /* a handle in use elsewhere: libcurl's own answer */
    }
    php_study_wait_begin(nullptr);
    const CURLcode result = run_transfer(transfer, easy);
    g_api.remove_handle(transfer->multi, easy);
    g_idle.push_back(transfer);
    return result;
}

/* Multi handles created while the hook is on, with their watched sockets. */
std::unordered_map<CURLM *, Watch *> g_multis;

Watch *watch_of(CURLM *multi) {
    auto found = g_multis.find(multi);
    return found == g_multis.end() ? nullptr : found->second;
}

CURLM *hooked_multi_init() {
    CURLM *multi = original<CURLM *(*)()>(g_multi_init)();
    if (multi != nullptr) {
        auto *watch = new Watch;
        watch_sockets(multi, watch);
        delete watch_of(multi); /* an address reused after a cleanup the hook did not see */
        g_multis[multi] = watch;
    }
    return multi;
}

CURLMcode hooked_multi_cleanup(CURLM *multi) {
    const CURLMcode code = original<CURLMcode (*)(CURLM *)>(g_multi_cleanup)(multi);
    if (Watch *watch = watch_of(multi)) { /* after libcurl's cleanup, which may still report sockets to it */
        g_multis.erase(multi);
        delete watch;
    }
    return code;
}

CURLMcode hooked_multi_perform(CURLM *multi, int *running) {
    if (watch_of(multi) == nullptr) {
        return original<CURLMcode (*)(CURLM *, int *)>(g_multi_perform)(multi, running);
    }
    return g_api.socket_all(multi, running); /* curl_multi_perform(), then the sockets' states to on_socket() */
}

/* curl_multi_wait() and curl_multi_poll() of a watched multi handle, as a coroutine: at most `timeout_ms` and at
 * most what libcurl's next timeout allows. *ready is the number of sockets ready. */
template <typename Original>
CURLMcode wait_multi(Original call, CURLM *multi, curl_waitfd *extra, unsigned int extra_count, int timeout_ms,
                     int *ready) {
    Watch *watch = watch_of(multi);
    if (watch == nullptr || extra_count > 0 || timeout_ms < 0 || !php_study_may_suspend() || EG(exception) != nullptr) {
        return call(multi, extra, extra_count, timeout_ms, ready);
    }
    long milliseconds = timeout_ms;
    long next = -1;
    if (g_api.timeout(multi, &next) == CURLM_OK && next >= 0 && next < milliseconds) {
        milliseconds = next;
    }
    size_t count = 0;
    if (milliseconds > 0) {
        php_study_wait_begin(nullptr);
        Ready found;
        wait_watch(watch, milliseconds / 1000.0, &found);
        count = found.size();
    } else {
        count = ready_now(*watch);
    }
    if (ready != nullptr) {
        *ready = static_cast<int>(count);
    }
    return CURLM_OK;
}

CURLMcode hooked_multi_wait(CURLM *multi, curl_waitfd *extra, unsigned int extra_count, int timeout_ms, int *ready) {
    using Wait = CURLMcode (*)(CURLM *, curl_waitfd *, unsigned int, int, int *);
    return wait_multi(original<Wait>(g_multi_wait), multi, extra, extra_count, timeout_ms, ready);
}

CURLMcode hooked_multi_poll(CURLM *multi, curl_waitfd *extra, unsigned int extra_count, int timeout_ms, int *ready) {
    using Wait = CURLMcode (*)(CURLM *, curl_waitfd *, unsigned int, int, int *);
    return wait_multi(original<Wait>(g_multi_poll), multi, extra, extra_count, timeout_ms, ready);
}

template <typename Function>
bool find(const char *name, Function *out) {
    *out = reinterpret_cast<Function>(dlsym(RTLD_DEFAULT, name));
    return *out != nullptr;
}

/* libcurl's functions the hooks call; false when libcurl is not loaded (no curl extension). */
bool find_api() {
    return find("curl_multi_add_handle", &g_api.add_handle) && find("curl_multi_remove_handle", &g_api.remove_handle) &&
           find("curl_multi_setopt", &g_api.setopt) && find("curl_multi_socket_action", &g_api.socket_action) &&
           find("curl_multi_socket_all", &g_api.socket_all) && find("curl_multi_timeout", &g_api.timeout) &&
           find("curl_multi_info_read", &g_api.info_read);
}

study::ImportHook *const g_switched[] = {&g_easy_perform, &g_multi_init, &g_multi_perform, &g_multi_wait,
                                         &g_multi_poll};

}  // namespace

void php_study_curl_hook(bool on) {
    if (!on) {
        /* curl_multi_cleanup() stays redirected: multi handles made meanwhile carry a Watch until they are freed. */
        for (study::ImportHook *hook : g_switched) {
            hook->uninstall();
        }
        return;
    }
    if (!find_api()) {
        return;
    }
    g_multi_cleanup.install();
    g_multi_init.install();
    if (g_multi_init.original() == nullptr || g_multi_cleanup.original() == nullptr) {
        return;
    }
    for (study::ImportHook *hook : g_switched) {
        hook->install();
    }
}

void php_study_curl_rshutdown(void) {
    auto cleanup = original<CURLMcode (*)(CURLM *)>(g_multi_cleanup);
    for (Transfer *transfer : g_all) {
        cleanup(transfer->multi);
        delete transfer;
    }
    g_all.clear();
    g_idle.clear();
}

void php_study_curl_mshutdown(void) {
    for (study::ImportHook *hook : g_switched) {
        hook->uninstall();
    }
    g_multi_cleanup.uninstall();
    for (auto &item : g_multis) {
        delete item.second;
    }
    g_multis.clear();
}

#else /* no libcurl headers at build time: HOOK_CURL is accepted and does nothing */

void php_study_curl_hook(bool) {}
void php_study_curl_rshutdown(void) {}
void php_study_curl_mshutdown(void) {}

#endif

const char *php_study_curl_built_with(void) { return "libcurl " LIBCURL_VERSION " headers"; }
