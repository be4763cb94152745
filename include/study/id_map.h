// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace study {

// A map from coroutine ids (positive, never reused) to pointers: open addressing with linear probing over a
// power-of-two table, so that lookups are a few instructions and inserts never allocate except to grow.
template <typename T>
class IdMap {
public:
    IdMap() : slots_(kInitialCapacity) {}

    T* find(int64_t id) const {
        for (size_t i = index(id);; i = (i + 1) & mask()) {
            const Slot& slot = slots_[i];
            if (slot.id == id) {
                return slot.value;
            }
            if (slot.id == 0) {
                return nullptr;
            }
        }
    }

    // `id` must not be in the map yet.
    void insert(int64_t id, T* value) {
        if ((size_ + 1) * 2 > slots_.size()) {
            grow();
        }
        place(id, value);
        ++size_;
    }

    void erase(int64_t id) {
        size_t i = index(id);
        while (slots_[i].id != id) {
            if (slots_[i].id == 0) {
                return;
            }
            i = (i + 1) & mask();
        }
        // Backward-shift deletion: move later entries of the probe run into the hole, so no tombstones.
        size_t hole = i;
        for (size_t j = (hole + 1) & mask(); slots_[j].id != 0; j = (j + 1) & mask()) {
            const size_t home = index(slots_[j].id);
            const bool movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                slots_[hole] = slots_[j];
                hole = j;
            }
        }
        slots_[hole] = Slot{};
        --size_;
    }

    size_t size() const { return size_; }

    // Calls fn(id, value) for every entry, in no particular order.
    template <typename Fn>
    void for_each(Fn fn) const {
        for (const Slot& slot : slots_) {
            if (slot.id != 0) {
                fn(slot.id, slot.value);
            }
        }
    }

private:
    struct Slot {
        int64_t id = 0;  // 0 marks an empty slot: ids start at 1
        T* value = nullptr;
    };
    static constexpr size_t kInitialCapacity = 64;

    size_t mask() const { return slots_.size() - 1; }
    size_t index(int64_t id) const {
        // Fibonacci hashing spreads consecutive ids over the table.
        return static_cast<size_t>((static_cast<uint64_t>(id) * 0x9E3779B97F4A7C15ull) >> 20) & mask();
    }
    void place(int64_t id, T* value) {
        size_t i = index(id);
        while (slots_[i].id != 0) {
            i = (i + 1) & mask();
        }
        slots_[i] = Slot{id, value};
    }
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        for (const Slot& slot : old) {
            if (slot.id != 0) {
                place(slot.id, slot.value);
            }
        }
    }

    std::vector<Slot> slots_;
    size_t size_ = 0;
};

}  // namespace study
