// The version of what Herald stores from an article file: how it reads the file (formats, cleaning) and
// what it computes (sentences, summaries, quotes and speakers, keywords, entities, story keys). Each file
// records the version that stored it; a scan reads again every file stored by a lower one, so an update
// reaches the articles already stored, not only new ones. A store written by a newer Herald is left as it
// is (during a rolling update, the older process does not undo the newer one's work).
//
// Feeds record it too (feeds.reader_version): a feed last read by a lower one has the stored articles
// of its items analysed again at its next poll (src/feeds/reanalyse.ts).
//
// Raise it by one with every change that alters what is stored for some file.

export const READER_VERSION = 6;

/** Whether a file stored by `stored` must be read again by a Herald whose version is `current`. */
export const isOutdated = (stored: number, current: number): boolean => stored < current;
