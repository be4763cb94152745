// SPDX-License-Identifier: MIT
// Regular-file reads (include/study/process.h): read_if_cached() reads only what the page cache holds, and
// wait_file_cached() has the thread pool bring the rest in while the coroutine waits.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "go.h"
#include "study/coroutine.h"
#include "study/process.h"
#include "study/scheduler.h"

namespace {

using study::Coroutine;
namespace scheduler = study::scheduler;

constexpr size_t kFileSize = 1024 * 1024;

// A file whose data the page cache does not hold: written with O_DIRECT, which bypasses the cache. Empty path when
// the file system refuses O_DIRECT (tmpfs): the tests that need uncached data skip then.
class FileCacheTest : public ::testing::Test {
protected:
    void SetUp() override {
        const char* dir = std::getenv("TMPDIR");
        path_ = std::string(dir != nullptr && *dir != '\0' ? dir : "/tmp") + "/study-file-cache-XXXXXX";
        const int fd = ::mkstemp(&path_[0]);
        ASSERT_GE(fd, 0);
        ::close(fd);
        data_.resize(kFileSize);
        for (size_t i = 0; i < data_.size(); i++) {
            data_[i] = static_cast<char>('a' + i % 26);
        }
        const int direct = ::open(path_.c_str(), O_WRONLY | O_DIRECT | O_CLOEXEC);
        void* aligned = nullptr;
        if (direct >= 0 && ::posix_memalign(&aligned, 4096, kFileSize) == 0) {
            std::memcpy(aligned, data_.data(), kFileSize);
            uncached_ = ::write(direct, aligned, kFileSize) == static_cast<ssize_t>(kFileSize);
        }
        std::free(aligned);
        if (direct >= 0) {
            ::close(direct);
        }
        if (!uncached_) {  // written through the cache instead
            const int plain = ::open(path_.c_str(), O_WRONLY | O_CLOEXEC);
            ASSERT_EQ(::write(plain, data_.data(), kFileSize), static_cast<ssize_t>(kFileSize));
            ::close(plain);
        }
        fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
        ASSERT_GE(fd_, 0);
    }
    void TearDown() override {
        if (fd_ >= 0) {
            ::close(fd_);
        }
        ::unlink(path_.c_str());
        EXPECT_EQ(Coroutine::count(), 0u) << "the loop did not drain";
        scheduler::reset();
    }
    std::string path_;
    std::string data_;
    bool uncached_ = false;
    int fd_ = -1;
};

TEST_F(FileCacheTest, CachedDataIsReadAtTheOffsetAndAdvancesIt) {
    std::vector<char> buffer(4096);
    ASSERT_EQ(::pread(fd_, buffer.data(), buffer.size(), 0), 4096);  // brings the first page into the cache
    ASSERT_EQ(::lseek(fd_, 100, SEEK_SET), 100);
    ASSERT_EQ(study::read_if_cached(fd_, buffer.data(), 10), 10);
    EXPECT_EQ(std::string(buffer.data(), 10), data_.substr(100, 10));
    EXPECT_EQ(::lseek(fd_, 0, SEEK_CUR), 110);
    ASSERT_EQ(::lseek(fd_, 0, SEEK_END), static_cast<off_t>(kFileSize));
    EXPECT_EQ(study::read_if_cached(fd_, buffer.data(), 10), 0);  // the end of the file
}

TEST_F(FileCacheTest, UncachedDataIsNotReadUntilThePoolBroughtItIn) {
    if (!uncached_) {
        GTEST_SKIP() << "the file system refuses O_DIRECT: no uncached file to read";
    }
    std::vector<char> buffer(65536);
    errno = 0;
    EXPECT_EQ(study::read_if_cached(fd_, buffer.data(), buffer.size()), -1);
    EXPECT_EQ(errno, EAGAIN);
    EXPECT_EQ(::lseek(fd_, 0, SEEK_CUR), 0) << "nothing was read";

    // While the pool reads, the waiting coroutine is suspended: another one runs in between.
    std::string order;
    bool reading = false;
    int result = -1;
    const int fd = fd_;
    study_test::go([&] {
        reading = true;
        result = study::wait_file_cached(fd, 0, kFileSize);
        reading = false;
        order += 'r';
    });
    study_test::go([&] { order += reading ? 'o' : '-'; });
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
    EXPECT_EQ(order, "or");
    EXPECT_EQ(result, 0);
    ASSERT_EQ(study::read_if_cached(fd_, buffer.data(), buffer.size()), static_cast<ssize_t>(buffer.size()));
    EXPECT_EQ(std::string(buffer.data(), buffer.size()), data_.substr(0, buffer.size()));
}

TEST_F(FileCacheTest, EndFdWaitEndsAFileWaitAndCloseDuringItIsSafe) {
    int result = -1;
    uint64_t id = 0;
    int fd = ::dup(fd_);
    study_test::go([&] { result = study::wait_file_cached(fd, 0, kFileSize, &id); });
    ASSERT_NE(id, 0u);
    ::close(fd);  // the pool reads from its own descriptor
    EXPECT_TRUE(study::end_fd_wait(id, EBADF));
    EXPECT_FALSE(study::end_fd_wait(id, EBADF));               // once only
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);  // also waits for the pool's read, which frees itself
    EXPECT_EQ(result, EBADF);
    EXPECT_EQ(id, 0u);
}

TEST_F(FileCacheTest, CancelEndsTheWaitAndThePoolReadFreesItself) {
    int result = -1;
    const int fd = fd_;
    const int64_t id = study_test::go([&] { result = study::wait_file_cached(fd, 0, kFileSize); });
    ASSERT_TRUE(scheduler::cancel(Coroutine::get(id)));
    EXPECT_EQ(result, ECANCELED);
    EXPECT_EQ(scheduler::run(), scheduler::RunResult::kIdle);
}

TEST_F(FileCacheTest, NothingToReadOrAContextThatMayNotSuspendDoesNotWait) {
    EXPECT_EQ(study::wait_file_cached(fd_, 0, 0), 0);
    study::SchedulerHooks hooks;
    hooks.may_suspend = [] { return false; };
    scheduler::set_hooks(hooks);
    EXPECT_EQ(study::wait_file_cached(fd_, 0, kFileSize), 0);
    scheduler::set_hooks(study::SchedulerHooks{});
}

}  // namespace
