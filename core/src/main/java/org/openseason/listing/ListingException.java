package org.openseason.listing;

/** A listing that cannot be decoded, with the path of the field at fault ("cycles[0].milestones[1].start"). */
public final class ListingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  public ListingException(String field, String problem) {
    super(field.isEmpty() ? problem : field + ": " + problem);
    this.field = field;
  }

  /** The path of the field at fault; empty for the listing as a whole. */
  public String field() {
    return field;
  }
}
