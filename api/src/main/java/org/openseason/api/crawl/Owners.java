package org.openseason.api.crawl;

import java.util.Map;

/**
 * Who set each field of one listing: the fields a crawl set carry a provenance row; every other field belongs to
 * whoever last saved the listing as a whole.
 *
 * @param fields the precedence of each field with a provenance row
 * @param listing the precedence of the other fields
 */
record Owners(Map<String, Precedence> fields, Precedence listing) {

  Owners {
    fields = Map.copyOf(fields);
  }

  Precedence of(String field) {
    return fields.getOrDefault(field, listing);
  }
}
