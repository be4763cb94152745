// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

namespace study {

// Text in Prometheus' exposition format, version 0.0.4 (what a scrape of `Content-Type: text/plain; version=0.0.4`
// reads): for each metric family a `# HELP` and a `# TYPE` line, then its samples, `name{label="value"} value`.
// Names and help texts are the caller's constants; label values and help texts are escaped as the format asks.
class MetricsText {
public:
    // Starts a family: `type` is "counter", "gauge" or "summary". Its samples follow, each named after it (a summary's
    // with the suffix "_sum" or "_count").
    void family(const char* name, const char* type, const char* help);
    void sample(const char* name, uint64_t value) { sample(name, nullptr, nullptr, value); }
    void sample(const char* name, const char* label, const char* label_value, uint64_t value);
    // A value with a fraction (seconds), written with nine decimals: nanoseconds are exact.
    void sample_seconds(const char* name, uint64_t nanoseconds);
    // A family of one sample.
    void counter(const char* name, const char* help, uint64_t value);
    void gauge(const char* name, const char* help, uint64_t value);

    const std::string& text() const { return text_; }

private:
    void start_sample(const char* name, const char* label, const char* label_value);
    std::string text_;
};

// Writes the core's metrics: coroutines, switches, the loop (turns, lag, timers, waits by kind), sockets, stacks.
// README "Metrics" lists them.
void write_core_metrics(MetricsText* out);

// Starts every total and peak afresh in a process that was just forked to be a Process\Pool worker, so that its
// metrics are its own; what exists (open sockets, the loop) stays counted.
void reset_counters_after_fork();

}  // namespace study
