package dev.claimcheck.lexicon;

/** A lexicon file that cannot be used; the message names the file and, when known, line:col. */
public final class LexiconException extends RuntimeException {
  public LexiconException(String message) {
    super(message);
  }
}
