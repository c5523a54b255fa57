// How articles and their quotes are written to SQLite (ArticleStore.upsert and delete).
//
// Why in one statement per call: inside a transaction, every statement that may need undoing on its own
// opens a savepoint, and FTS5 writes its pending terms out to a new index segment at each savepoint.
// Written one statement per article (its full-text rows by trigger), each article became a segment of
// its own, merged again and again; each new speaker likewise. So the articles of a call are staged in a
// temporary table and written with one INSERT … SELECT (the same upsert and triggers, in the same order),
// and the speakers' counts with one statement: each full-text index gets one segment a call.
import type Database from 'better-sqlite3';
import { spacedColumn } from '../core/text/index.js';
import type { StoredArticle } from './types.js';

const COLUMNS = `id, title, standfirst, text, url, source, author, published, ingested_at, tags, file_path,
  sentences, summary, headline_summary, keywords, entities, signature, story_key, spaced`;

/** An article's values as the articles table holds them (lists and objects as JSON text). */
export function articleParams(a: StoredArticle) {
  return {
    ...a,
    tags: JSON.stringify(a.tags),
    sentences: JSON.stringify(a.sentences),
    summary: JSON.stringify(a.summary),
    keywords: JSON.stringify(a.keywords),
    entities: JSON.stringify(a.entities),
    signature: JSON.stringify(a.signature),
    spaced: spacedColumn(a.title, a.text),
  };
}

export interface ArticleWriter {
  /** Inserts or replaces articles (with their quotes); the caller holds the transaction. */
  upsert(articles: StoredArticle[]): void;
  /** Deletes articles and their quotes; the caller holds the transaction. */
  delete(ids: string[]): void;
}

export function createArticleWriter(db: Database.Database): ArticleWriter {
  // A connection's own temporary table: never in the database file, never seen by another process.
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS article_stage (seq INTEGER PRIMARY KEY, ${COLUMNS})`);
  const stage = db.prepare(`INSERT INTO temp.article_stage (${COLUMNS})
    VALUES (@id, @title, @standfirst, @text, @url, @source, @author, @published, @ingestedAt, @tags, @filePath,
      @sentences, @summary, @headlineSummary, @keywords, @entities, @signature, @storyKey, @spaced)`);
  // Rows in the order they were staged; a later copy of an id updates the row the first one made, as
  // one upsert statement per article did. (`WHERE true` keeps ON CONFLICT from reading as a join.)
  const upsertStaged = db.prepare(`
    INSERT INTO main.articles (${COLUMNS})
    SELECT ${COLUMNS} FROM temp.article_stage WHERE true ORDER BY seq
    ON CONFLICT (id) DO UPDATE SET title = excluded.title, standfirst = excluded.standfirst, text = excluded.text,
      url = excluded.url, source = excluded.source, author = excluded.author, published = excluded.published,
      tags = excluded.tags, file_path = excluded.file_path, sentences = excluded.sentences,
      summary = excluded.summary, headline_summary = excluded.headline_summary, keywords = excluded.keywords,
      entities = excluded.entities, signature = excluded.signature, story_key = excluded.story_key,
      spaced = excluded.spaced`);
  const clearStage = db.prepare('DELETE FROM temp.article_stage');
  const deleteQuotes = db.prepare('DELETE FROM quotes WHERE article_id = ?');
  const insertQuote =
    db.prepare(`INSERT INTO quotes (article_id, position, text, start, end, partial, mention, speaker, role,
      published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const speakersOf = db.prepare('SELECT speaker FROM quotes WHERE article_id = ? AND speaker IS NOT NULL');
  // Speaker names (exact spelling, as quoted) and counts, a JSON list of [name, count] pairs in order.
  const addSpeakers = db.prepare(`INSERT INTO speakers (name, quotes)
    SELECT value ->> 0, value ->> 1 FROM json_each(?) WHERE true
    ON CONFLICT (name) DO UPDATE SET quotes = quotes + excluded.quotes`);
  const dropSpeaker = db.prepare('UPDATE speakers SET quotes = quotes - ? WHERE name = ?');
  const pruneSpeaker = db.prepare('DELETE FROM speakers WHERE name = ? AND quotes <= 0');
  const hasQuotes = db.prepare('SELECT 1 FROM quotes WHERE article_id = ? LIMIT 1').pluck();
  const remove = db.prepare('DELETE FROM articles WHERE id = ?');

  /** Deletes the quotes of these articles and takes them off their speakers' counts. */
  function dropQuotes(ids: Iterable<string>): void {
    const dropped = new Map<string, number>();
    for (const id of ids) {
      if (hasQuotes.get(id) === undefined) continue;
      for (const row of speakersOf.all(id) as Array<{ speaker: string }>) {
        dropped.set(row.speaker, (dropped.get(row.speaker) ?? 0) + 1);
      }
      deleteQuotes.run(id);
    }
    for (const [speaker, n] of dropped) {
      dropSpeaker.run(n, speaker);
      pruneSpeaker.run(speaker);
    }
  }

  return {
    upsert(articles) {
      if (articles.length === 0) return;
      // The last copy of each id is the one stored, so only its quotes are written.
      const latest = new Map<string, StoredArticle>();
      for (const a of articles) {
        latest.delete(a.id);
        latest.set(a.id, a);
      }
      dropQuotes(latest.keys());
      for (const a of articles) stage.run(articleParams(a));
      upsertStaged.run();
      clearStage.run();
      const added = new Map<string, number>();
      for (const a of latest.values()) {
        a.quotes.forEach((q, i) => {
          const speaker = q.speaker?.name ?? null;
          insertQuote.run(
            a.id,
            i,
            q.text,
            q.start,
            q.end,
            q.partial ? 1 : 0,
            q.speaker?.mention ?? null,
            speaker,
            q.speaker?.role ?? null,
            a.published,
          );
          if (speaker) added.set(speaker, (added.get(speaker) ?? 0) + 1);
        });
      }
      if (added.size > 0) addSpeakers.run(JSON.stringify([...added]));
    },
    delete(ids) {
      dropQuotes(ids);
      for (const id of ids) remove.run(id);
    },
  };
}
