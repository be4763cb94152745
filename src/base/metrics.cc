// SPDX-License-Identifier: MIT
// The runtime's counters as Prometheus text (include/study/metrics.h).
#include "study/metrics.h"

#include <cctype>
#include <cinttypes>
#include <cstdio>

#include "study/context.h"
#include "study/coroutine.h"
#include "study/scheduler.h"
#include "study/socket.h"

namespace study {

namespace {

// Appends `text` with the escapes of the format: a backslash and a line feed always, a double quote inside a label
// value.
void append_escaped(std::string* out, const char* text, bool in_label) {
    for (const char* c = text; *c != '\0'; ++c) {
        if (*c == '\\') {
            *out += "\\\\";
        } else if (*c == '\n') {
            *out += "\\n";
        } else if (*c == '"' && in_label) {
            *out += "\\\"";
        } else {
            *out += *c;
        }
    }
}

// A wait kind's name as a label value: wait_kind_name() in lower case, spaces as underscores ("dns_lookup").
std::string kind_label(WaitKind kind) {
    std::string label = wait_kind_name(kind);
    for (char& c : label) {
        c = c == ' ' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return label;
}

void write_coroutines(MetricsText* out) {
    const CoroutineStats stats = Coroutine::stats();
    out->gauge("study_coroutines", "Coroutines that exist now (running, suspended or not started yet).", stats.live);
    out->gauge("study_coroutines_peak", "The most coroutines that existed at once.", stats.peak);
    out->counter("study_coroutines_created_total", "Coroutines created.", stats.created);
    out->counter("study_coroutine_switches_total",
                 "Switches between coroutines or a coroutine and the main script (resume, yield, end).",
                 stats.switches);
}

void write_loop(MetricsText* out) {
    const LoopStats stats = scheduler::loop_stats();
    out->counter("study_loop_iterations_total", "Turns of the event loop (each polls for I/O and runs what is due).",
                 stats.iterations);
    out->family("study_loop_lag_seconds", "summary",
                "How late timers and timeouts ran: from the moment the loop could fire one to the moment it ran.");
    out->sample_seconds("study_loop_lag_seconds_sum", stats.lag_total_ns);
    out->sample("study_loop_lag_seconds_count", stats.expiries);
    out->family("study_loop_lag_last_seconds", "gauge", "The lag of the last timer or timeout that ran.");
    out->sample_seconds("study_loop_lag_last_seconds", stats.lag_last_ns);
    out->family("study_loop_lag_max_seconds", "gauge", "The largest lag of a timer or timeout.");
    out->sample_seconds("study_loop_lag_max_seconds", stats.lag_max_ns);
    out->gauge("study_timers", "Study\\Timer timers now.", stats.timers);
    out->family("study_waits_total", "counter",
                "Waits that suspended a coroutine or the main script, by what they waited for (kind).");
    for (size_t kind = 0; kind < kWaitKindCount; ++kind) {
        out->sample("study_waits_total", "kind", kind_label(static_cast<WaitKind>(kind)).c_str(), stats.waits[kind]);
    }
}

void write_sockets(MetricsText* out) {
    const SocketStats stats = Socket::stats();
    out->gauge("study_sockets", "Sockets of the runtime open now (Socket, servers, connections, hooked streams).",
               stats.open);
    out->counter("study_socket_received_bytes_total", "Bytes of data read from the runtime's sockets (after TLS).",
                 stats.bytes_received);
    out->counter("study_socket_sent_bytes_total", "Bytes of data written to the runtime's sockets (before TLS).",
                 stats.bytes_sent);
}

void write_stacks(MetricsText* out) {
    const StackStats stats = stack_stats();
    out->gauge("study_stack_mapped_bytes", "Bytes of the shared C stacks coroutines run on (address space).",
               stats.mapped_bytes);
    out->gauge("study_stack_saved_bytes", "Bytes of coroutine frames copied off the shared stacks now.",
               stats.saved_bytes);
}

}  // namespace

void MetricsText::family(const char* name, const char* type, const char* help) {
    text_ += "# HELP ";
    text_ += name;
    text_ += ' ';
    append_escaped(&text_, help, false);
    text_ += "\n# TYPE ";
    text_ += name;
    text_ += ' ';
    text_ += type;
    text_ += '\n';
}

void MetricsText::start_sample(const char* name, const char* label, const char* label_value) {
    text_ += name;
    if (label != nullptr) {
        text_ += '{';
        text_ += label;
        text_ += "=\"";
        append_escaped(&text_, label_value, true);
        text_ += "\"}";
    }
    text_ += ' ';
}

void MetricsText::sample(const char* name, const char* label, const char* label_value, uint64_t value) {
    start_sample(name, label, label_value);
    text_ += std::to_string(value);
    text_ += '\n';
}

void MetricsText::sample_seconds(const char* name, uint64_t nanoseconds) {
    start_sample(name, nullptr, nullptr);
    char value[32];
    snprintf(value, sizeof(value), "%" PRIu64 ".%09" PRIu64, nanoseconds / 1000000000, nanoseconds % 1000000000);
    text_ += value;
    text_ += '\n';
}

void MetricsText::counter(const char* name, const char* help, uint64_t value) {
    family(name, "counter", help);
    sample(name, value);
}

void MetricsText::gauge(const char* name, const char* help, uint64_t value) {
    family(name, "gauge", help);
    sample(name, value);
}

void write_core_metrics(MetricsText* out) {
    write_coroutines(out);
    write_loop(out);
    write_sockets(out);
    write_stacks(out);
}

void reset_counters_after_fork() {
    Coroutine::reset_counters();
    scheduler::reset_loop_stats();
    Socket::reset_counters();
}

}  // namespace study
