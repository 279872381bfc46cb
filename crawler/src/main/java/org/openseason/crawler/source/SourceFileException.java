package org.openseason.crawler.source;

/** A source file that cannot be read, with the file and the path of the field at fault. */
public final class SourceFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String field;

  public SourceFileException(String file, String field, String problem) {
    super(file + (field.isEmpty() ? "" : ": " + field) + ": " + problem);
    this.file = file;
    this.field = field;
  }

  /** The file at fault. */
  public String file() {
    return file;
  }

  /** The path of the field at fault ({@code extractors[1].idea_level}); empty for the file as a whole. */
  public String field() {
    return field;
  }
}
