// SPDX-License-Identifier: MIT
// Between the scheduler and the signal module (include/study/signal.h), inside the core.
#pragma once

namespace study {

namespace scheduler {
// A followed signal handler ran: the loop ends its turn, and the run calls SchedulerHooks::after_signal before
// anything else (scheduler.cc).
void signal_handled();
}  // namespace scheduler

// Puts back the disposition of the signals that nothing waits for or follows any more, raising again a signal that
// came meanwhile. The scheduler calls it before the loop blocks and when a run ends, so that a coroutine that waits
// for a signal again and again keeps it between two waits (signal.cc).
void release_unwaited_signals();

}  // namespace study
