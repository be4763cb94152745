// SPDX-License-Identifier: MIT
#include "study/signal.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "go.h"
#include "study/coroutine.h"
#include "study/error.h"
#include "study/scheduler.h"

namespace {

using study::Coroutine;
using study::WakeReason;
namespace scheduler = study::scheduler;

std::atomic<int> g_handled{0};
void count_signal(int) { g_handled.fetch_add(1); }

// Each test starts with SIGUSR1 and SIGUSR2 on a counting handler of the test's own (their default would end the
// test program), and checks that the core gave that disposition back.
class SignalTest : public ::testing::Test {
protected:
    void SetUp() override {
        g_handled = 0;
        struct sigaction action {};
        action.sa_handler = count_signal;
        sigemptyset(&action.sa_mask);
        ASSERT_EQ(sigaction(SIGUSR1, &action, &saved_usr1_), 0);
        ASSERT_EQ(sigaction(SIGUSR2, &action, &saved_usr2_), 0);
    }
    void TearDown() override {
        EXPECT_EQ(Coroutine::count(), 0u) << "the loop did not drain";
        scheduler::reset();
        study::restore_signals();
        EXPECT_TRUE(has_test_handler(SIGUSR1)) << "SIGUSR1 was not given back";
        EXPECT_TRUE(has_test_handler(SIGUSR2)) << "SIGUSR2 was not given back";
        scheduler::set_hooks(study::SchedulerHooks{});
        sigaction(SIGUSR1, &saved_usr1_, nullptr);
        sigaction(SIGUSR2, &saved_usr2_, nullptr);
    }
    static bool has_test_handler(int signo) {
        struct sigaction now {};
        sigaction(signo, nullptr, &now);
        return (now.sa_flags & SA_SIGINFO) == 0 && now.sa_handler == count_signal;
    }
    struct sigaction saved_usr1_ {};
    struct sigaction saved_usr2_ {};
};

WakeReason wait_for(int signo, double timeout, int* received) {
    return study::wait_signal(&signo, 1, timeout, received);
}

TEST_F(SignalTest, WaitReturnsTheSignalThatCame) {
    int received = -1;
    WakeReason reason = WakeReason::kWaiting;
    study_test::go([&] { reason = wait_for(SIGUSR1, -1, &received); });
    EXPECT_FALSE(has_test_handler(SIGUSR1));  // the core holds it while the coroutine waits
    study_test::go([] {
        scheduler::sleep(0.01);
        raise(SIGUSR1);
    });
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(reason, WakeReason::kDone);
    EXPECT_EQ(received, SIGUSR1);
    EXPECT_EQ(g_handled, 0) << "a waited signal does not have its usual effect";
    EXPECT_TRUE(has_test_handler(SIGUSR1)) << "given back once nothing waits for it";
}

TEST_F(SignalTest, EveryWaitForTheSignalWakes) {
    std::string order;
    for (char name : {'a', 'b', 'c'}) {
        study_test::go([&order, name] {
            const int signals[] = {SIGUSR2, SIGUSR1};
            int received = 0;
            EXPECT_EQ(study::wait_signal(signals, 2, -1, &received), WakeReason::kDone);
            EXPECT_EQ(received, SIGUSR2);
            order += name;
        });
    }
    study_test::go([] {
        scheduler::sleep(0.01);
        raise(SIGUSR2);
    });
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(order, "abc");
}

TEST_F(SignalTest, TimesOutAndGivesTheSignalBack) {
    int received = -1;
    WakeReason reason = WakeReason::kWaiting;
    study_test::go([&] { reason = wait_for(SIGUSR1, 0.01, &received); });
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(reason, WakeReason::kTimeout);
    EXPECT_EQ(received, 0);
    EXPECT_TRUE(has_test_handler(SIGUSR1));
    raise(SIGUSR1);
    EXPECT_EQ(g_handled, 1);
}

TEST_F(SignalTest, CancelEndsTheWait) {
    WakeReason reason = WakeReason::kWaiting;
    int received = -1;
    const int64_t id = study_test::go([&] { reason = wait_for(SIGUSR1, -1, &received); });
    EXPECT_TRUE(scheduler::cancel(Coroutine::get(id)));
    EXPECT_EQ(reason, WakeReason::kCanceled);
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_TRUE(has_test_handler(SIGUSR1));
}

TEST_F(SignalTest, MainContextWaitRunsTheLoop) {
    bool other_ran = false;
    study_test::go([&] {
        scheduler::sleep(0.01);
        other_ran = true;
        raise(SIGUSR2);
    });
    int received = 0;
    EXPECT_EQ(wait_for(SIGUSR2, -1, &received), WakeReason::kDone);
    EXPECT_EQ(received, SIGUSR2);
    EXPECT_TRUE(other_ran);
    EXPECT_TRUE(has_test_handler(SIGUSR2)) << "given back when the main context's run ended";
}

// A coroutine that waits for a signal again right after each one keeps it between two waits: a signal in between
// goes to its next wait, not to the usual disposition.
TEST_F(SignalTest, SignalBetweenTwoWaitsGoesToTheNextWait) {
    int first = 0, second = 0;
    study_test::go([&] {
        wait_for(SIGUSR1, -1, &first);
        raise(SIGUSR1);  // nothing waits for it now
        wait_for(SIGUSR1, -1, &second);
    });
    study_test::go([] {
        scheduler::sleep(0.01);
        raise(SIGUSR1);
    });
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(first, SIGUSR1);
    EXPECT_EQ(second, SIGUSR1);
    EXPECT_EQ(g_handled, 0);
}

// A signal that came for nobody while the core still held it is raised again once the disposition is back.
TEST_F(SignalTest, SignalForNobodyIsRaisedAgainWhenGivenBack) {
    study_test::go([] {
        int received = 0;
        EXPECT_EQ(wait_for(SIGUSR1, 0.001, &received), WakeReason::kTimeout);
        raise(SIGUSR1);  // the core still holds it until the loop next blocks
    });
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(g_handled, 1);
}

// Runs the loop while a coroutine sleeps 5 s and another thread sends `signo` after 20 ms: the run must end (the
// after_signal hook stops it) well before the sleep would. The sleeper is canceled afterwards.
void run_until_signal_from_another_thread(int signo) {
    const int64_t sleeper = study_test::go([] { scheduler::sleep(5); });
    const auto start = std::chrono::steady_clock::now();
    std::thread sender([signo] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        kill(getpid(), signo);
    });
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kStopped);
    sender.join();
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(4)) << "not held up by the sleep";
    EXPECT_TRUE(scheduler::cancel(Coroutine::get(sleeper)));
}

// A followed handler runs in the core's handler, and the loop, woken out of its poll at once, calls after_signal
// from the main context: a coroutine sleeping 5 s does not hold it up. The signal comes from another thread.
std::atomic<int> g_after_signal{0};
TEST_F(SignalTest, FollowedHandlerWakesTheLoopAndAfterSignalRuns) {
    study::SchedulerHooks hooks;
    hooks.after_signal = [] {
        g_after_signal.fetch_add(1);
        return g_handled.load() == 0;  // stops the run once the handler ran
    };
    g_after_signal = 0;
    scheduler::set_hooks(hooks);
    study::follow_signal_handler(SIGUSR1, true);
    EXPECT_FALSE(has_test_handler(SIGUSR1));
    run_until_signal_from_another_thread(SIGUSR1);
    EXPECT_EQ(g_handled, 1);
    EXPECT_GE(g_after_signal, 1);
    // Following stops with the default: the core gives the signal back at once.
    struct sigaction action {};
    action.sa_handler = count_signal;
    sigaction(SIGUSR1, &action, nullptr);
    study::follow_signal_handler(SIGUSR1, false);
    EXPECT_TRUE(has_test_handler(SIGUSR1));
}

// A followed handler and a wait for the same signal: both see it.
TEST_F(SignalTest, FollowedHandlerAndWaitBothSeeTheSignal) {
    study::follow_signal_handler(SIGUSR2, true);
    int received = 0;
    study_test::go([&] { wait_for(SIGUSR2, -1, &received); });
    study_test::go([] {
        scheduler::sleep(0.01);
        raise(SIGUSR2);
    });
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(received, SIGUSR2);
    EXPECT_EQ(g_handled, 1);
    EXPECT_FALSE(has_test_handler(SIGUSR2)) << "still followed";
}

TEST_F(SignalTest, RefusesWhatCannotBeWaitedFor) {
    using study::SignalCheck;
    EXPECT_EQ(study::check_signal(0), SignalCheck::kOutOfRange);
    EXPECT_EQ(study::check_signal(-1), SignalCheck::kOutOfRange);
    EXPECT_EQ(study::check_signal(SIGRTMAX + 1), SignalCheck::kOutOfRange);
    EXPECT_EQ(study::check_signal(SIGKILL), SignalCheck::kUncatchable);
    EXPECT_EQ(study::check_signal(SIGSTOP), SignalCheck::kUncatchable);
    EXPECT_EQ(study::check_signal(SIGSEGV), SignalCheck::kFault);
    EXPECT_EQ(study::check_signal(SIGBUS), SignalCheck::kFault);
    EXPECT_EQ(study::check_signal(SIGRTMIN - 1), SignalCheck::kReserved);  // glibc's own
    EXPECT_EQ(study::check_signal(SIGTERM), SignalCheck::kOk);
    EXPECT_EQ(study::check_signal(SIGRTMAX), SignalCheck::kOk);
    int received = -1;
    const int none[] = {SIGUSR1};
    EXPECT_EQ(study::wait_signal(none, 0, -1, &received), WakeReason::kAborted);
    EXPECT_EQ(study::last_error(), study::Error::kInvalidArgument);
    EXPECT_EQ(wait_for(SIGKILL, -1, &received), WakeReason::kAborted);
    EXPECT_EQ(received, 0);
}

}  // namespace

namespace {

// The process pool's master reaps its children between two waits for SIGCHLD; one that ends in that gap must wake the
// next wait. Without hold_signal(), the signal went back to its disposition when the first wait's run ended, and the
// signal that came in the gap was lost to it (here: to the test's handler), so the second wait timed out.
TEST_F(SignalTest, HeldSignalThatComesBetweenWaitsWakesTheNextOne) {
    ASSERT_TRUE(study::hold_signal(SIGUSR1, true));
    int received = 0;
    EXPECT_EQ(wait_for(SIGUSR1, 0.01, &received), WakeReason::kTimeout);  // its run ends: a gap like the master's
    raise(SIGUSR1);
    EXPECT_EQ(g_handled.load(), 0);
    EXPECT_EQ(wait_for(SIGUSR1, 5, &received), WakeReason::kDone);
    EXPECT_EQ(received, SIGUSR1);
    EXPECT_TRUE(study::hold_signal(SIGUSR1, false));
    EXPECT_FALSE(study::hold_signal(SIGKILL, true));
    // Released: the next one has its usual effect once the loop has run.
    EXPECT_EQ(wait_for(SIGUSR2, 0.01, &received), WakeReason::kTimeout);
    raise(SIGUSR1);
    EXPECT_EQ(g_handled.load(), 1);
}

}  // namespace

namespace {

std::atomic<int> g_notified{0};
std::atomic<int> g_after_claimed{0};
void count_notify(int signo) {
    if (signo == SIGUSR1) {
        g_notified.fetch_add(1);
    }
}

// A claimed signal (study.dump_signal) calls its notify in the handler and has the loop call after_signal from the
// main context, woken out of its poll at once: a coroutine sleeping 5 s does not hold it up. It never has its usual
// effect (here the test's handler), also while nothing waits for it, and waits for it still wake.
TEST_F(SignalTest, ClaimedSignalNotifiesAndWakesTheLoopWithoutItsUsualEffect) {
    study::SchedulerHooks hooks;
    hooks.after_signal = [] {
        g_after_claimed.fetch_add(1);
        return g_notified.load() < 2;  // stops the run once the sender's signal came
    };
    g_notified = 0;
    g_after_claimed = 0;
    scheduler::set_hooks(hooks);
    ASSERT_TRUE(study::claim_signal(SIGUSR1, count_notify));
    EXPECT_FALSE(has_test_handler(SIGUSR1));
    raise(SIGUSR1);  // no loop runs: the notify runs at once, the rest waits for the loop
    EXPECT_EQ(g_notified, 1);
    int received = 0;
    const int64_t waiter = study_test::go([&] { wait_for(SIGUSR1, -1, &received); });
    run_until_signal_from_another_thread(SIGUSR1);
    EXPECT_EQ(g_notified, 2);
    EXPECT_GE(g_after_claimed, 2);
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);  // the woken wait's coroutine runs to its end
    EXPECT_EQ(received, SIGUSR1) << "the wait for the claimed signal woke";
    EXPECT_EQ(Coroutine::get(waiter), nullptr);
    EXPECT_EQ(g_handled, 0);
    // One that came since the loop last looked is not raised again when the disposition is put back.
    raise(SIGUSR1);
    study::restore_signals();
    EXPECT_EQ(g_notified, 3);
    EXPECT_EQ(g_handled, 0);
    EXPECT_TRUE(has_test_handler(SIGUSR1));
    raise(SIGUSR1);  // the claim ended with the restore
    EXPECT_EQ(g_notified, 3);
    EXPECT_EQ(g_handled, 1);
}

// PHP's pcntl_signal() on a claimed signal: a handler it installs runs too, and a default it sets does not end the
// claim (the signal would end the process).
TEST_F(SignalTest, ClaimOutlivesHandlersInstalledOverIt) {
    g_notified = 0;
    ASSERT_TRUE(study::claim_signal(SIGUSR1, count_notify));
    struct sigaction action {};
    action.sa_handler = count_signal;
    sigaction(SIGUSR1, &action, nullptr);  // as pcntl_signal(SIGUSR1, $handler) does, before the hook follows it
    study::follow_signal_handler(SIGUSR1, true);
    raise(SIGUSR1);
    EXPECT_EQ(g_handled, 1);
    EXPECT_EQ(g_notified, 1);
    action.sa_handler = SIG_DFL;
    sigaction(SIGUSR1, &action, nullptr);  // pcntl_signal(SIGUSR1, SIG_DFL)
    study::follow_signal_handler(SIGUSR1, false);
    raise(SIGUSR1);  // SIG_DFL would end the test program
    EXPECT_EQ(g_notified, 2);
    EXPECT_EQ(g_handled, 1);
    study::restore_signals();
    action.sa_handler = count_signal;
    sigaction(SIGUSR1, &action, nullptr);  // TearDown checks the test's handler
    EXPECT_FALSE(study::claim_signal(SIGKILL, count_notify));
    EXPECT_FALSE(study::claim_signal(SIGUSR1, nullptr));
}

TEST(SignalName, NamesAndNumbers) {
    EXPECT_EQ(study::signal_from_name("SIGQUIT"), SIGQUIT);
    EXPECT_EQ(study::signal_from_name("quit"), SIGQUIT);
    EXPECT_EQ(study::signal_from_name("SigUsr2"), SIGUSR2);
    EXPECT_EQ(study::signal_from_name("3"), 3);
    EXPECT_EQ(study::signal_from_name("0"), 0);
    EXPECT_EQ(study::signal_from_name("64"), 64);
    EXPECT_EQ(study::signal_from_name(""), -1);
    EXPECT_EQ(study::signal_from_name("SIG"), -1);
    EXPECT_EQ(study::signal_from_name("SIGFOO"), -1);
    EXPECT_EQ(study::signal_from_name("3x"), -1);
    EXPECT_EQ(study::signal_from_name("-3"), -1);
    EXPECT_EQ(study::signal_from_name("99999999999999999999"), -1);
    EXPECT_STREQ(study::signal_name(SIGQUIT), "SIGQUIT");
    EXPECT_STREQ(study::signal_name(SIGUSR2), "SIGUSR2");
    EXPECT_EQ(study::signal_name(SIGRTMIN), nullptr);
    EXPECT_EQ(study::signal_name(0), nullptr);
}

}  // namespace
