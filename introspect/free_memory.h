#pragma once
/// Handing memory that a reading thread freed back to the system, safely from any thread.
namespace schemaplan::introspect {

/// glibc: malloc_trim(0), one call at a time in the process. A catalog read receives its results on worker
/// threads, whose freed buffers glibc keeps in those threads' arenas, out of reach of the rest of the run.
/// One at a time because glibc's malloc_trim initializes glibc's malloc on its first call without a lock: when
/// another allocator (jemalloc, cli/malloc_conf.cpp) serves malloc, glibc's is never initialized otherwise,
/// and two first calls at once (both sides read on two threads) crash on a null arena, at libc offset
/// 0x99b61 on Debian 12 (docs/performance.md, "The crash, explained"). Does nothing with other C libraries.
void return_free_memory();

}  // namespace schemaplan::introspect
