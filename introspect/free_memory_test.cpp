// return_free_memory() from two threads at once, as the two sides of a diff call it, in fresh processes. The
// race it guards against exists only when another allocator serves malloc: CMake links this test with jemalloc
// when the schemaplan binary is (SCHEMAPLAN_JEMALLOC). Each child must be a process in which glibc's malloc
// was never initialized, hence fork() from a parent that never calls it. Unguarded, 22 of 400 children
// crashed on this machine (docs/performance.md, "The crash, explained"); at even 1 in 80, as in fresh
// processes started by exec, 400 children would all pass with a chance below 1%.
#include "introspect/free_memory.h"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <string>
#include <thread>

using schemaplan::introspect::return_free_memory;

namespace {

// Runs in the child only: two threads released together, then both call it. A crash kills the child with its
// signal, for the parent to see (doctest's handlers, inherited, would report it as a failed test of the child's).
[[noreturn]] void two_at_once() {
  for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE}) std::signal(sig, SIG_DFL);
  std::atomic<bool> go = false;
  auto call = [&go] {
    while (!go.load()) {
    }
    return_free_memory();
  };
  std::thread a(call), b(call);
  go = true;
  a.join();
  b.join();
  _exit(0);
}

}  // namespace

TEST_CASE("return_free_memory: two first calls at once in a fresh process") {
  constexpr int children = 400;
  int clean = 0;
  std::string first_failure;
  for (int i = 0; i < children; ++i) {
    pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) two_at_once();
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) ++clean;
    else if (first_failure.empty())
      first_failure = WIFSIGNALED(status) ? "signal " + std::to_string(WTERMSIG(status))
                                          : "exit " + std::to_string(WEXITSTATUS(status));
  }
  INFO("first failure: " << first_failure);
  CHECK(clean == children);
}
