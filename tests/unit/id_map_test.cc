// SPDX-License-Identifier: MIT
#include "study/id_map.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace {

TEST(IdMap, AgreesWithStdMapUnderRandomInsertsAndErases) {
    study::IdMap<int> map;
    std::map<int64_t, int*> reference;
    static int values[16];
    std::mt19937_64 random(42);
    int64_t next_id = 1;
    for (int step = 0; step < 200000; ++step) {
        if (reference.empty() || random() % 3 != 0) {
            int* value = &values[next_id % 16];
            map.insert(next_id, value);
            reference.emplace(next_id, value);
            ++next_id;
        } else {
            auto it = reference.begin();
            std::advance(it, static_cast<long>(random() % std::min<size_t>(reference.size(), 64)));
            map.erase(it->first);
            reference.erase(it);
        }
        if (step % 1000 == 0) {
            for (const auto& [id, value] : reference) {
                ASSERT_EQ(map.find(id), value);
            }
        }
    }
    EXPECT_EQ(map.size(), reference.size());
    for (int64_t id = 1; id < next_id; ++id) {
        auto it = reference.find(id);
        EXPECT_EQ(map.find(id), it == reference.end() ? nullptr : it->second);
    }
    size_t visited = 0;
    map.for_each([&](int64_t id, int* value) {
        ++visited;
        EXPECT_EQ(reference.at(id), value);
    });
    EXPECT_EQ(visited, reference.size());
}

TEST(IdMap, EraseOfMissingIdIsHarmless) {
    study::IdMap<int> map;
    int value = 0;
    map.insert(7, &value);
    map.erase(8);
    EXPECT_EQ(map.find(7), &value);
    EXPECT_EQ(map.size(), 1u);
}

}  // namespace
