#include "introspect/free_memory.h"

#include <cstdlib>  // defines __GLIBC__ with glibc (through <features.h>)

#ifdef __GLIBC__
#include <malloc.h>

#include <mutex>
#endif

namespace schemaplan::introspect {

void return_free_memory() {
#ifdef __GLIBC__
  static std::mutex one_at_a_time;
  std::lock_guard lock(one_at_a_time);
  malloc_trim(0);
#endif
}

}  // namespace schemaplan::introspect
