package org.openseason.api.catalog;

/** A catalog file that cannot be read, naming the file and the field at fault. */
public final class CatalogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;

  public CatalogException(String file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public String file() {
    return file;
  }
}
