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
#include <sys/socket.h>

#include <algorithm>
#include <unordered_map>
#include <vector>

#include "php_study.h"
#include "php_study_coroutine.h"
#include "study/import_hook.h"
#include "study/scheduler.h"
#include "study/socket.h"

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

/* The sockets libcurl asked one multi handle's user to watch (CURLMOPT_SOCKETFUNCTION), each wrapped in a core
 * Socket for its waits. On the heap: the socket callback reaches it while its waiter is suspended. */
struct Watch {
    struct Entry {
        study::Socket *socket;
        int what; /* CURL_POLL_IN, _OUT or _INOUT */
    };
    std::unordered_map<int, Entry> sockets;
    /* Sockets libcurl dropped while a wait was in progress: that wait still reads them when it wakes, so they are
     * freed after it. */
    std::vector<study::Socket *> dropped;
    int waiting = 0;

    ~Watch() {
        for (auto &item : sockets) {
            item.second.socket->detach(); /* the descriptor is libcurl's */
            delete item.second.socket;
        }
        free_dropped();
    }
    void free_dropped() {
        for (study::Socket *socket : dropped) {
            delete socket;
        }
        dropped.clear();
    }
};

int on_socket(CURL *, curl_socket_t fd, int what, void *data, void *) {
    auto *watch = static_cast<Watch *>(data);
    auto found = watch->sockets.find(fd);
    if (what == CURL_POLL_REMOVE) {
        if (found != watch->sockets.end()) {
            study::Socket *socket = found->second.socket;
            watch->sockets.erase(found);
            socket->detach(); /* libcurl closes the descriptor next; a wait on it wakes (EBADF) */
            if (watch->waiting > 0) {
                watch->dropped.push_back(socket);
            } else {
                delete socket;
            }
        }
        return 0;
    }
    if (found != watch->sockets.end()) {
        found->second.what = what;
    } else {
        watch->sockets.emplace(fd, Watch::Entry{study::Socket::adopt(fd, AF_UNSPEC, SOCK_STREAM), what});
    }
    return 0;
}

void watch_sockets(CURLM *multi, Watch *watch) {
    g_api.setopt(multi, CURLMOPT_SOCKETFUNCTION, on_socket);
    g_api.setopt(multi, CURLMOPT_SOCKETDATA, watch);
}

/* The watched sockets as poll() entries. */
std::vector<pollfd> poll_entries(const Watch &watch) {
    std::vector<pollfd> fds;
    fds.reserve(watch.sockets.size());
    for (const auto &item : watch.sockets) {
        const short events = static_cast<short>(((item.second.what & CURL_POLL_IN) ? POLLIN : 0) |
                                                ((item.second.what & CURL_POLL_OUT) ? POLLOUT : 0));
        fds.push_back({item.first, events, 0});
    }
    return fds;
}

/* The watched sockets that are ready now, without waiting. */
std::vector<pollfd> ready_now(const Watch &watch) {
    std::vector<pollfd> fds = poll_entries(watch);
    int count;
    do {
        count = poll(fds.data(), fds.size(), 0);
    } while (count < 0 && errno == EINTR);
    std::vector<pollfd> ready;
    for (const pollfd &entry : fds) {
        if (count > 0 && entry.revents != 0) {
            ready.push_back(entry);
        }
    }
    return ready;
}

constexpr double kSharedWaitPause = 0.001; /* another coroutine waits on the same multi handle already */
constexpr double kIdlePause = 0.01;        /* libcurl named neither a socket nor a timeout (it should not) */

/* Waits as a coroutine until a watched socket may be ready or `timeout` seconds pass (negative: no limit). Returns
 * 0 (woken: ready, or a socket dropped meanwhile), ETIMEDOUT, or ECANCELED (then php_study_wait_end() was called). */
int wait_watch(Watch *watch, double timeout) {
    std::vector<study::Socket::Interest> interests;
    for (const auto &item : watch->sockets) {
        interests.push_back(
            {item.second.socket, (item.second.what & CURL_POLL_IN) != 0, (item.second.what & CURL_POLL_OUT) != 0});
    }
    int error = 0;
    watch->waiting++;
    const bool woken = php_study_wait_releasing(
        [&] {
            if (interests.empty()) {
                const study::WakeReason reason =
                    study::scheduler::sleep(timeout < 0 ? kIdlePause : timeout, study::WaitKind::kPoll);
                error =
                    reason == study::WakeReason::kTimeout || reason == study::WakeReason::kDone ? ETIMEDOUT : ECANCELED;
                return false;
            }
            if (study::Socket::wait_any(interests.data(), interests.size(), timeout, &error)) {
                return true;
            }
            if (error == EBUSY) {
                const study::WakeReason reason = study::scheduler::sleep(
                    timeout < 0 ? kSharedWaitPause : std::min(kSharedWaitPause, timeout), study::WaitKind::kPoll);
                error = reason == study::WakeReason::kTimeout || reason == study::WakeReason::kDone ? 0 : ECANCELED;
                return error == 0;
            }
            return false;
        },
        [&] {
            watch->waiting--;
            std::vector<study::Socket::Interest>().swap(interests);
        });
    if (--watch->waiting == 0) {
        watch->free_dropped();
    }
    if (woken || error == EBADF) {
        return 0;
    }
    if (error == ETIMEDOUT) {
        return ETIMEDOUT;
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

int action_of(short revents) {
    return ((revents & (POLLIN | POLLHUP)) ? CURL_CSELECT_IN : 0) | ((revents & POLLOUT) ? CURL_CSELECT_OUT : 0) |
           ((revents & (POLLERR | POLLNVAL)) ? CURL_CSELECT_ERR : 0);
}

/* Runs the transfer of `easy`, added to `transfer`'s multi handle, to its end. */
CURLcode run_transfer(Transfer *transfer, CURL *easy) {
    int running = 0;
    g_api.socket_action(transfer->multi, CURL_SOCKET_TIMEOUT, 0, &running);
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
        const std::vector<pollfd> ready = ready_now(transfer->watch);
        if (!ready.empty()) {
            for (const pollfd &entry : ready) {
                g_api.socket_action(transfer->multi, entry.fd, action_of(entry.revents), &running);
            }
            continue;
        }
        long milliseconds = -1;
        g_api.timeout(transfer->multi, &milliseconds);
        const int error =
            milliseconds == 0 ? ETIMEDOUT : wait_watch(&transfer->watch, milliseconds < 0 ? -1 : milliseconds / 1000.0);
        if (error == ECANCELED) {
            return CURLE_ABORTED_BY_CALLBACK; /* the caller removes the handle, which ends the transfer */
        }
        if (error == ETIMEDOUT) {
            g_api.socket_action(transfer->multi, CURL_SOCKET_TIMEOUT, 0, &running);
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
    size_t count = ready_now(*watch).size();
    if (count == 0 && milliseconds > 0) {
        php_study_wait_begin(nullptr);
        wait_watch(watch, milliseconds / 1000.0);
        count = ready_now(*watch).size();
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
