/* SPDX-License-Identifier: MIT */
/* The C stack overflow report, written from the SIGSEGV handler. Nothing here may allocate, lock or call stdio:
 * the handler interrupted arbitrary code (the allocator, stdio itself), so the message is assembled from constant
 * text and numbers formatted by hand into a buffer on the signal stack, and written with write(2). */
#include "php_study_overflow.h"

#include <unistd.h>

#include <cstdint>

#include "php_study.h"
#include "study/context.h"
#include "study/coroutine.h"

namespace {

/* A message under construction in a fixed buffer; what does not fit is cut (never expected: the longest message is
 * about 250 bytes). */
struct Message {
    char text[512];
    size_t length = 0;

    void append(const char *part, size_t size) {
        for (size_t i = 0; i < size && length < sizeof(text); ++i) {
            text[length++] = part[i];
        }
    }
    template <size_t N>
    void append(const char (&literal)[N]) {
        append(literal, N - 1);
    }
    /* Decimal digits of a signed number, formatted without the C library. */
    void append_number(int64_t number) {
        char digits[24];
        size_t count = 0;
        uint64_t magnitude = number < 0 ? 0 - static_cast<uint64_t>(number) : static_cast<uint64_t>(number);
        do {
            digits[count++] = static_cast<char>('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (number < 0) {
            append("-");
        }
        while (count > 0) {
            append(&digits[--count], 1);
        }
    }
    void write_to(int fd) const { (void)!write(fd, text, length); }
};

/* The reason, the same on both channels. */
void append_reason(Message *message, size_t stack_size, int64_t id) {
    message->append("Maximum C stack size of ");
    message->append_number(static_cast<int64_t>(stack_size));
    message->append(" bytes reached in coroutine ");
    message->append_number(id);
    message->append(
        " (infinite recursion?); raise study.stack_size or call Study\\Coroutine::set(['stack_size' => N])\n");
}

}  // namespace

[[noreturn]] void php_study_on_stack_overflow(study::ExecContext *context, size_t stack_size) {
    study::Coroutine *coroutine = context != nullptr ? study::Coroutine::from_context(context) : nullptr;
    const int64_t id = coroutine != nullptr ? coroutine->id() : -1;
    /* The same two channels as any fatal error in the CLI: displayed on standard output, logged on stderr. */
    if (PG(display_errors)) {
        Message message;
        message.append("\nFatal error: ");
        append_reason(&message, stack_size, id);
        message.write_to(PG(display_errors) == PHP_DISPLAY_ERRORS_STDERR ? STDERR_FILENO : STDOUT_FILENO);
    }
    if (PG(log_errors)) {
        Message message;
        message.append("PHP Fatal error:  ");
        append_reason(&message, stack_size, id);
        message.write_to(STDERR_FILENO);
    }
    _exit(255);
}
