// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace study {

// The readiness of the core's sockets (study/socket.h), from one epoll set of the core's own that the loop watches
// with a single libuv poll handle, as Go's netpoller does: each descriptor is registered once, edge-triggered for
// both directions, the first time its owner must wait, and stays registered until it is closed. An edge reports
// that the descriptor became readable or writable; the owner keeps what no waiter took (see Socket), because the
// set reports an edge only once.
//
// An owner holds a slot of a table; the set's reports name the slot and its generation, never the owner's address
// (see netpoll.cc).
namespace netpoll {

constexpr uint32_t kNoSlot = UINT32_MAX;

// What an owner is told: the epoll events (EPOLLIN, EPOLLOUT, EPOLLRDHUP, EPOLLHUP, EPOLLERR) of one report.
using ReadyCallback = void (*)(void* owner, uint32_t events);

// Makes sure `*slot` is a slot of `owner` (taking a free one when it is kNoSlot), `fd` is in the epoll set under it,
// and the loop watches the set in its current generation. 1 when the descriptor was registered now (the set then
// reports its current readiness at the next turn of the loop), 0 when it was registered already, -1 (errno set) when
// the set cannot be made or the descriptor cannot be registered.
int watch(uint32_t* slot, int fd, void* owner, ReadyCallback callback);
// Gives the slot up (kNoSlot does nothing): reports still queued for it are dropped. The descriptor is not removed
// from the set: closing it does that (see netpoll.cc for a descriptor that lives on).
void release(uint32_t* slot);
// Removes `fd` from the set and gives the slot up, for a descriptor that stays open after its owner is done with it.
void forget(uint32_t* slot, int fd);

// A waiter starts or stops waiting on a watched descriptor: the loop stays alive while any waits, and only then.
void hold();
void unhold();

// Registrations made so far (epoll_ctl() ADD or MOD of a new slot), and the set's descriptor (-1 before the first);
// for tests.
uint64_t registrations();
int epoll_descriptor();

}  // namespace netpoll
}  // namespace study
