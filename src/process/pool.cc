// SPDX-License-Identifier: MIT
// A pool of worker processes and its master's supervision (include/study/pool.h).
#include "study/pool.h"

#include <dlfcn.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <uv.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "study/metrics.h"
#include "study/process.h"
#include "study/scheduler.h"
#include "study/signal.h"

namespace study {
namespace {

int g_worker_id = -1;
pid_t g_master_pid = 0;
bool g_master_waiting = false;  // a master is in its wait_signal(): reload() and stop() wake it

// What the master waits for. SIGCHLD means only "look at the workers": reload() and stop() raise it to wake the
// master's wait, which is all it needs, without a second kind of wait.
constexpr int kMasterSignals[] = {SIGCHLD, SIGHUP, SIGINT, SIGTERM};
constexpr size_t kMasterSignalCount = sizeof(kMasterSignals) / sizeof(kMasterSignals[0]);

void release_signals() {
    for (int signo : kMasterSignals) {
        hold_signal(signo, false);
    }
}

std::string seconds_text(double seconds) {
    char text[32];
    snprintf(text, sizeof(text), "%.3g s", seconds);
    return text;
}

// A worker ends at its exit() (PHP's end of the script has run by then) with the status, once C's buffered output is
// flushed, before the libraries' exit-time cleanup: that cleanup is the master's. libuv's joins the threads of its
// thread pool, which the master started (a DNS lookup, a file read) and which do not exist in the fork: the worker
// died of SIGSEGV at every exit, and was restarted without end. Registered after fork(), it runs before the handlers
// and destructors registered before it.
void end_worker_before_library_cleanup(int status, void*) {
    fflush(nullptr);
    _exit(status);
}

// The library that holds this code stays loaded in the worker until its exit: the handler above must still be there
// when exit() calls it, and libuv, which it needs, must not be unloaded before (its unload runs the same cleanup). PHP
// unloads an extension at its shutdown, before exit().
void keep_loaded_until_exit() {
    Dl_info info;
    if (dladdr(reinterpret_cast<void*>(&end_worker_before_library_cleanup), &info) != 0 && info.dli_fname != nullptr) {
        dlopen(info.dli_fname, RTLD_LAZY | RTLD_NOLOAD | RTLD_NODELETE);  // kept open: never closed
    }
}

}  // namespace

double pool_clock() { return static_cast<double>(uv_hrtime()) / 1e9; }

double Backoff::next(double ran) {
    if (ran >= stable_) {
        failures_ = 0;
    }
    const int failures = failures_++;
    if (failures == 0) {
        return 0;
    }
    const double delay = kFirstDelay * std::ldexp(1.0, std::min(failures - 1, 30));
    return std::min(delay, max_);
}

std::string describe_exit(int status) {
    char text[96];
    if (WIFEXITED(status)) {
        snprintf(text, sizeof(text), "exited with status %d", WEXITSTATUS(status));
    } else if (WIFSIGNALED(status)) {
        const char* name = sigabbrev_np(WTERMSIG(status));
        snprintf(text, sizeof(text), "was killed by signal %d (SIG%s)%s", WTERMSIG(status), name ? name : "?",
                 WCOREDUMP(status) ? ", core dumped" : "");
    } else {
        snprintf(text, sizeof(text), "ended with status 0x%x", static_cast<unsigned>(status));
    }
    return text;
}

int Pool::worker_id() { return g_worker_id; }
pid_t Pool::master_pid() { return g_master_pid; }

Pool::Pool(const PoolOptions& options) : options_(options) {}

// A master left by a long jump (a fatal error in a pcntl handler it ran) is freed later by its owner: the process is
// no master any more, and the signals it held are given back.
Pool::~Pool() {
    if (running_ && g_master_pid == getpid()) {
        release_signals();
        g_master_pid = 0;
        g_master_waiting = false;
    }
}

void Pool::write_log(const std::string& line) {
    const std::string text = "study pool: " + line + "\n";
    log_.push_back(line);
    if (::write(STDERR_FILENO, text.data(), text.size()) < 0) {
        // stderr is closed: the line is only kept in log().
    }
}

void Pool::reload() {
    reload_wanted_ = true;
    if (g_master_waiting) {
        raise(SIGCHLD);
    }
}

void Pool::stop() {
    if (!stopping_) {
        begin_stop();
    }
    if (g_master_waiting) {
        raise(SIGCHLD);
    }
}

// The child's side of a fork: nothing of the master's runtime may act in it. The caller forked with no coroutine and
// no timer alive, from the main context outside any wait, so what is left is the loop's backend (shared with the
// master until uv_loop_fork()), the signals the master held, the descriptor watch set (renewed by its atfork
// handler, as the signal module's eventfd is), the master's totals in the metrics, and the libraries' exit-time
// cleanup (end_worker_before_library_cleanup()).
void Pool::become_worker(int id) {
    g_worker_id = id;
    g_master_waiting = false;
    // The backend first: until then, stopping a handle (restore_signals() stops the signal module's watch) would
    // change the master's epoll set, which the child still shares.
    uv_loop_fork(scheduler::uv_loop());
    restore_signals();
    reset_counters_after_fork();  // the worker's metrics count its own work
    keep_loaded_until_exit();
    on_exit(end_worker_before_library_cleanup, nullptr);
    // A worker whose master is gone (SIGKILL, a crash) gets SIGTERM, as a stop would send it, rather than run on
    // unsupervised. The master may have died before the request took effect: then the parent is someone else already.
    prctl(PR_SET_PDEATHSIG, SIGTERM);
    if (getppid() != g_master_pid) {
        raise(SIGTERM);
    }
}

// Forks the process for `worker`; *in_child is set in the new worker. False (logged) when fork() failed.
bool Pool::spawn(Worker& worker, bool* in_child) {
    fflush(stdout);
    fflush(stderr);
    const pid_t pid = fork();
    if (pid < 0) {
        error_ = std::string("cannot fork worker ") + std::to_string(worker.id) + ": " + strerror(errno);
        return false;
    }
    if (pid == 0) {
        running_ = false;
        become_worker(worker.id);
        *in_child = true;
        return true;
    }
    worker.pid = pid;
    worker.started = pool_clock();
    worker.restart_at = -1;
    return true;
}

void Pool::ended(Worker& worker, pid_t pid, int status) {
    // A process asked to stop (a stop, a reload) that ends badly is logged; not one that ended by the SIGTERM that
    // asked it (it had no handler: the usual way to stop), nor one killed for not stopping in time (logged at the
    // kill).
    const bool quiet = (WIFEXITED(status) && WEXITSTATUS(status) == 0) ||
                       (WIFSIGNALED(status) && (WTERMSIG(status) == SIGKILL || WTERMSIG(status) == SIGTERM));
    const std::string who = "worker " + std::to_string(worker.id) + " (pid " + std::to_string(pid) + ") ";
    if (pid == worker.retiring) {
        worker.retiring = 0;
        if (!quiet) {
            write_log(who + describe_exit(status) + " after a reload asked it to stop");
        }
        return;
    }
    worker.pid = 0;
    if (stopping_) {
        if (!quiet) {
            write_log(who + describe_exit(status) + " while the pool stopped");
        }
        return;
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        worker.finished = true;  // its work is done: a restart would only do it again
        return;
    }
    const double delay = worker.backoff.next(pool_clock() - worker.started);
    worker.restart_at = pool_clock() + delay;
    write_log(who + describe_exit(status) + "; restarting it in " + seconds_text(delay));
}

// Reaps every worker process that ended; never a child that is not a worker.
void Pool::reap() {
    for (Worker& worker : workers_) {
        for (pid_t pid : {worker.retiring, worker.pid}) {
            int status = 0;
            if (pid > 0 && waitpid(pid, &status, WNOHANG) == pid) {
                ended(worker, pid, status);
            }
        }
    }
}

// SIGTERM to every running worker; not to one a reload replaced, which had its SIGTERM already (a second one would
// end a worker that is draining after the first).
void Pool::terminate_all() {
    for (const Worker& worker : workers_) {
        if (worker.pid > 0) {
            kill(worker.pid, SIGTERM);
        }
    }
}

void Pool::begin_stop() {
    stopping_ = true;
    reload_next_ = -1;
    kill_at_ = pool_clock() + options_.stop_timeout;
    for (Worker& worker : workers_) {
        worker.restart_at = -1;
    }
    terminate_all();
}

bool Pool::any_process() const {
    return std::any_of(workers_.begin(), workers_.end(),
                       [](const Worker& worker) { return worker.pid > 0 || worker.retiring > 0; });
}

// One step of a rolling reload: once the worker replaced last has ended, the next running one is replaced (the new
// process first, then SIGTERM to the old one). A worker with nothing running (finished, or waiting for its restart)
// is skipped.
void Pool::advance_reload(bool* in_child) {
    if (reload_next_ < 0 && reload_wanted_) {
        reload_wanted_ = false;
        reload_next_ = 0;
    }
    while (reload_next_ >= 0) {
        if (reload_next_ > 0 && workers_[reload_next_ - 1].retiring > 0) {
            return;  // the previous old worker is still draining
        }
        if (reload_next_ >= static_cast<int>(workers_.size())) {
            reload_next_ = -1;
            if (reload_wanted_) {
                advance_reload(in_child);
            }
            return;
        }
        Worker& worker = workers_[reload_next_++];
        if (worker.pid <= 0) {
            continue;
        }
        const pid_t old = worker.pid;
        if (!spawn(worker, in_child)) {
            write_log(error_ + "; worker " + std::to_string(worker.id) + " keeps its old process");
            continue;
        }
        if (*in_child) {
            return;
        }
        worker.retiring = old;
        worker.retire_kill = pool_clock() + options_.stop_timeout;
        kill(old, SIGTERM);
    }
}

// Forks the workers whose restart is due; false when nothing is left to supervise.
bool Pool::start_due(bool* in_child) {
    const double now = pool_clock();
    for (Worker& worker : workers_) {
        if (worker.retiring > 0 && now >= worker.retire_kill) {
            write_log("worker " + std::to_string(worker.id) + " (pid " + std::to_string(worker.retiring) +
                      ") did not stop within " + seconds_text(options_.stop_timeout) + " after a reload: killed");
            kill(worker.retiring, SIGKILL);
            worker.retire_kill = now + 3600;  // SIGKILL ends it; only its reaping is left
        }
        if (worker.restart_at >= 0 && now >= worker.restart_at) {
            if (!spawn(worker, in_child)) {
                worker.restart_at = now + worker.backoff.next(0);
                write_log(error_ + "; trying again in " + seconds_text(worker.restart_at - now));
            } else if (*in_child) {
                return true;
            }
        }
    }
    return any_process() ||
           std::any_of(workers_.begin(), workers_.end(), [](const Worker& worker) { return worker.restart_at >= 0; });
}

// Until the next restart or kill is due; negative when nothing is (only a signal wakes the master then).
double Pool::next_timeout() const {
    double next = -1;
    auto consider = [&next](double at) { next = next < 0 ? at : std::min(next, at); };
    if (stopping_ && !killed_) {
        consider(kill_at_);
    }
    for (const Worker& worker : workers_) {
        if (!stopping_ && worker.restart_at >= 0) {
            consider(worker.restart_at);
        }
        if (!stopping_ && worker.retiring > 0) {
            consider(worker.retire_kill);
        }
    }
    return next < 0 ? -1 : std::max(0.0, next - pool_clock()) + 0.001;
}

Pool::Outcome Pool::run() {
    if (options_.workers < 1) {
        error_ = "a pool needs at least 1 worker, " + std::to_string(options_.workers) + " given";
        return Outcome::kFailed;
    }
    g_master_pid = getpid();
    running_ = true;
    // Hold the signals from before the first fork to the end: one that comes while the master acts between two
    // waits (a SIGCHLD just after it looked at its workers) is kept for the next wait, not lost.
    for (int signo : kMasterSignals) {
        hold_signal(signo, true);
    }
    int received = 0;
    workers_.assign(options_.workers, Worker(options_.restart_backoff_max, options_.restart_stable));
    bool in_child = false;
    for (int id = 0; id < options_.workers && !stopping_; ++id) {
        workers_[id].id = id;
        if (!spawn(workers_[id], &in_child)) {
            begin_stop();  // what started is stopped, as SIGTERM would; the failure is reported when it has ended
            stopping_ = true;
            break;
        }
        if (in_child) {
            return Outcome::kWorker;
        }
    }
    const bool failed = !error_.empty();
    while (true) {
        reap();
        if (stopping_) {
            if (!any_process()) {
                break;
            }
            if (!killed_ && pool_clock() >= kill_at_) {
                killed_ = true;
                for (const Worker& worker : workers_) {
                    for (pid_t pid : {worker.retiring, worker.pid}) {
                        if (pid > 0) {
                            write_log("worker " + std::to_string(worker.id) + " (pid " + std::to_string(pid) +
                                      ") did not stop within " + seconds_text(options_.stop_timeout) + ": killed");
                            kill(pid, SIGKILL);
                        }
                    }
                }
            }
        } else {
            advance_reload(&in_child);
            if (!in_child && !start_due(&in_child)) {
                break;
            }
            if (in_child) {
                return Outcome::kWorker;
            }
        }
        g_master_waiting = true;
        const WakeReason reason = wait_signal(kMasterSignals, kMasterSignalCount, next_timeout(), &received);
        g_master_waiting = false;
        if (reason == WakeReason::kAborted || reason == WakeReason::kDeadlock) {
            terminate_all();  // the master leaves (an exit or exception): its workers stop rather than run on
            release_signals();
            g_master_pid = 0;
            running_ = false;
            return Outcome::kAborted;
        }
        if (reason == WakeReason::kDone && (received == SIGTERM || received == SIGINT) && !stopping_) {
            begin_stop();
        } else if (reason == WakeReason::kDone && received == SIGHUP) {
            reload_wanted_ = true;
        }
    }
    release_signals();
    g_master_pid = 0;
    running_ = false;
    return failed ? Outcome::kFailed : Outcome::kStopped;
}

}  // namespace study
