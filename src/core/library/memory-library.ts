import type { BriefCollection } from '../answer/answer.js';
import { prepareBrief } from '../answer/prepare-brief.js';
import type { Brief } from '../brief.schema.js';
import type { BriefLibrary, RoutingIndex } from './brief-library.js';

const libraries = new WeakMap<readonly Brief[], BriefLibrary>();

/**
 * A library however it is held: briefs in an array (the CLI, tests, evaluation) become a library held in
 * memory, made once per array; a library read from disk is used as it is.
 */
export function asLibrary(collection: BriefCollection): BriefLibrary {
  if (!isBriefArray(collection)) return collection;
  let library = libraries.get(collection);
  if (!library) {
    library = memoryLibrary(collection);
    libraries.set(collection, library);
  }
  return library;
}

/** How many briefs the answer library holds. */
export function librarySize(collection: BriefCollection): number {
  return asLibrary(collection).summaries.length;
}

function isBriefArray(collection: BriefCollection): collection is readonly Brief[] {
  return Array.isArray(collection);
}

/** Every brief in memory, each prepared for answering when the index is first built. */
function memoryLibrary(briefs: readonly Brief[]): BriefLibrary {
  const byId = new Map<string, Brief>();
  // The first of a repeated id wins, as `find` over the array would have it.
  for (const brief of [...briefs].reverse()) byId.set(brief.id, brief);
  let index: RoutingIndex | undefined;
  return {
    summaries: briefs,
    brief: (id) => byId.get(id),
    get index() {
      index ??= memoryIndex(briefs);
      return index;
    },
  };
}

function memoryIndex(briefs: readonly Brief[]): RoutingIndex {
  const postings = new Map<string, number[]>();
  briefs.forEach((brief, doc) => {
    for (const key of prepareBrief(brief).keys) {
      const list = postings.get(key);
      if (list) list.push(doc);
      else postings.set(key, [doc]);
    }
  });
  let newest: number | undefined;
  briefs.forEach((brief, doc) => {
    if (newest === undefined || brief.published > (briefs[newest] as Brief).published) newest = doc;
  });
  return {
    size: briefs.length,
    frequency: (key) => postings.get(key)?.length ?? 0,
    postings: (key) => postings.get(key) ?? [],
    holds: (doc, key) => {
      const brief = briefs[doc];
      return brief !== undefined && prepareBrief(brief).keys.has(key);
    },
    summary: (doc) => briefs[doc],
    newest,
  };
}
