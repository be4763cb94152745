// SPDX-License-Identifier: MIT
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace study {

// A pool of worker processes forked from one master, which supervises them (Study\Process\Pool).
//
// The master runs the pool from the main context, with no coroutine and no timer alive (the binding checks): it forks
// the workers, then waits with wait_signal() (include/study/signal.h) for SIGCHLD, SIGTERM, SIGINT and SIGHUP, with
// a timeout only while a restart or a kill is due. It never busy-waits and never reaps a child that is not one of its
// workers (waitpid() on each worker's pid, never on -1). A worker that ends with a status other than 0 or by a signal
// is restarted after a backoff (Backoff); one that exits with 0 on its own is not (its work is done). SIGTERM or
// SIGINT stops the pool: every worker gets SIGTERM, what is left after `stop_timeout` gets SIGKILL, and run() returns
// once every worker is reaped. SIGHUP or reload() replaces the running workers one at a time: the new one is forked
// before the old one gets SIGTERM, and the next one is replaced once the old one has ended.
//
// In a forked worker, run() returns Pool::Outcome::kWorker after the core has been made fresh for it (the loop's
// backend with uv_loop_fork(), the signals the master held given back, the descriptor watch set renewed): the binding
// then runs the worker's code and ends the process.

// The delay before a worker that died is restarted: nothing the first time, then 0.1 s doubling up to `max`; a worker
// that ran `stable` seconds or more before it died counts as a first failure again.
class Backoff {
public:
    static constexpr double kFirstDelay = 0.1;
    explicit Backoff(double max, double stable = 10) : max_(max), stable_(stable) {}
    // A worker ended abnormally after running `ran` seconds: the delay before its restart.
    double next(double ran);
    int failures() const { return failures_; }

private:
    double max_;
    double stable_;
    int failures_ = 0;  // abnormal ends in a row, each soon after its start
};

// How a child ended, in words, from a waitpid() status: "exited with status 1", "was killed by signal 9 (SIGKILL)".
std::string describe_exit(int status);

struct PoolOptions {
    int workers = 1;                  // processes, at least 1
    double stop_timeout = 3;          // seconds a stopping worker has before SIGKILL
    double restart_backoff_max = 30;  // longest delay before a restart, in seconds
    double restart_stable = 10;       // a worker that ran this long before dying restarts with no delay
};

class Pool {
public:
    enum class Outcome {
        kWorker,   // this is a forked worker: worker_id() tells which
        kStopped,  // the master stopped the pool (a signal, or every worker finished), every worker reaped
        kFailed,   // the pool could not start (no worker, a fork failed): error() says why; nothing is left running
        kAborted,  // the master's wait was stopped (an exit or exception is pending): workers were sent SIGTERM
    };

    explicit Pool(const PoolOptions& options);
    ~Pool();
    Pool(const Pool&) = delete;
    Pool& operator=(const Pool&) = delete;
    // Runs the master until the pool stops, or returns kWorker in each forked worker. Call it once.
    Outcome run();
    // Asks for a rolling reload (from a signal handler the master runs, or anywhere in the master). One that comes
    // while a reload runs is kept and starts another round afterwards.
    void reload();
    // Asks the master to stop the pool, as SIGTERM does.
    void stop();
    const std::string& error() const { return error_; }
    // Lines the master logged (for tests); each is also written to stderr.
    const std::vector<std::string>& log() const { return log_; }

    // The worker id of this process (0 to workers - 1) in a worker, -1 elsewhere.
    static int worker_id();
    // The master's pid in a worker; in the master, its own pid while it runs a pool; 0 elsewhere.
    static pid_t master_pid();

private:
    struct Worker {
        int id = 0;
        pid_t pid = 0;           // the running process, 0 if none
        double started = 0;      // when it was forked (monotonic seconds)
        pid_t retiring = 0;      // the process a reload replaced, asked to stop, not reaped yet
        double retire_kill = 0;  // when `retiring` gets SIGKILL
        double restart_at = -1;  // when a worker that died is forked again; negative: none due
        bool finished = false;   // exited 0 on its own: not restarted
        Backoff backoff;
        explicit Worker(double max, double stable) : backoff(max, stable) {}
    };

    bool spawn(Worker& worker, bool* in_child);
    void become_worker(int id);
    void reap();
    void ended(Worker& worker, pid_t pid, int status);
    void begin_stop();
    void advance_reload(bool* in_child);
    bool start_due(bool* in_child);
    double next_timeout() const;
    bool any_process() const;
    void terminate_all();
    void write_log(const std::string& line);

    PoolOptions options_;
    std::vector<Worker> workers_;
    std::string error_;
    std::vector<std::string> log_;
    bool running_ = false;  // run() is supervising in this process (the master)
    bool stopping_ = false;
    double kill_at_ = 0;   // when stopping workers get SIGKILL
    bool killed_ = false;  // SIGKILL was sent
    bool reload_wanted_ = false;
    int reload_next_ = -1;  // the next worker a reload replaces; -1: no reload runs
};

// Monotonic seconds (libuv's clock), for the pool's deadlines.
double pool_clock();

}  // namespace study
