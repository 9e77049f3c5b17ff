#include "introspect/catalog_reader.h"

namespace schemaplan::introspect {

void read_sequences(const TextTable& rows, Catalog& catalog) {
  for_each_row(rows, [&](const TextRow& r) {
    Sequence s;
    s.schema = r.text("schema");
    s.name = r.text("name");
    // pg_sequence stores every option resolved, which is the model's canonical form.
    s.options.data_type = r.text("data_type");
    s.options.start = r.number("start");
    s.options.increment = r.number("increment");
    s.options.min_value = r.number("min_value");
    s.options.max_value = r.number("max_value");
    s.options.cache = r.number("cache");
    s.options.cycle = r.flag("cycle");
    s.owned_by_table = r.text("owned_by_table");
    s.owned_by_column = r.text("owned_by_column");
    s.comment = r.optional_text("comment");
    catalog.sequences.push_back(std::move(s));
  });
}

}  // namespace schemaplan::introspect
