// The `herald feed` lines of the usage text, apart from the command itself (feed.ts), so printing the
// usage or running another command does not load the feed poller and its parsers.
export const FEED_USAGE = `  feed add URL [--name NAME] [--interval MINUTES] [--full-text auto|on|off]
  feed list | items ID [--limit N] | poll [ID…] [--all]
  feed remove ID | pause ID | resume ID
  feed import FILE.opml | export        feeds Herald polls itself (RSS, Atom, RDF, JSON Feed)`;
