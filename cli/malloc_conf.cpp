// jemalloc's settings for the schemaplan binary (linked only with SCHEMAPLAN_JEMALLOC, see the top CMakeLists).
//
// Reading a schema allocates a great deal that lives to the end: protobuf-c parse trees, the model's values,
// catalog rows as text. With glibc's malloc every new 4 KiB page of that costs a page fault, and half of an
// offline diff's CPU went to faults and malloc itself (2,000 tables: ~35,000 faults). jemalloc with
// transparent huge pages ("thp:always": its extents are marked MADV_HUGEPAGE, which Debian's default THP setting
// "madvise" honours) takes that to ~3,000; schemaplan's own CPU fell by a third for
// files -> files and database -> database alike (docs/performance.md, "The allocator").
// narenas:1: one arena for the few reading threads instead of four per core; the extra arenas held memory
// (10,000 tables db -> db: 175 MiB against 150 with one) and bought no speed here.
// MALLOC_CONF in the environment still overrides these, as jemalloc documents.
extern "C" {
// NOLINTNEXTLINE: the name and type are jemalloc's interface.
extern const char* malloc_conf;
const char* malloc_conf = "thp:always,narenas:1";
}
