// Why: a content pack is the set of questions a workshop is run with. It is data, not code,
// so that an organisation can load its own pack (for example the official DEDA texts it holds
// a licence for) and so that every workshop can record exactly which pack and version it used.
import type { Lang } from '../domain/lang';

/** Text in every language the pack declares. */
export type LocalizedText = Readonly<Record<Lang, string>>;

/** The four groups the eleven topics are arranged in (public DEDA structure). */
export type TopicGroupId = 'collection' | 'use' | 'storage' | 'general';

export interface PackQuestion {
  /** Stable within a pack across versions: `<topicId>.<slug>`, e.g. `source.origin`. */
  readonly id: string;
  /** The question as the group reads it. One sentence, ends with a question mark. */
  readonly text: LocalizedText;
  /** For the facilitator: why the question is asked, or what to listen for. One or two sentences. */
  readonly hint: LocalizedText;
}

export interface PackTopic {
  /** Stable id, e.g. `algorithms`, `open-data`. */
  readonly id: string;
  readonly title: LocalizedText;
  /** One or two sentences shown above the topic's questions. */
  readonly intro: LocalizedText;
  /** Two to four questions. */
  readonly questions: readonly PackQuestion[];
}

export interface PackGroup {
  readonly id: TopicGroupId;
  readonly title: LocalizedText;
  readonly topics: readonly PackTopic[];
}

/** Texts that guide the two opening steps, whose fields are fixed by the app. */
export interface PackOpening {
  readonly goal: { readonly intro: LocalizedText; readonly hint: LocalizedText };
  readonly participants: { readonly intro: LocalizedText; readonly hint: LocalizedText };
  readonly values: {
    readonly intro: LocalizedText;
    readonly hint: LocalizedText;
    /** Value words offered as suggestions (the group may type its own). */
    readonly suggestions: readonly LocalizedText[];
  };
}

export interface ContentPack {
  readonly format: 'deda-tafel/content-pack';
  /** Reverse-DNS-ish id, e.g. `nl.dedatafel.default`. */
  readonly id: string;
  /** Semantic version. A new text means a new version; ids of unchanged questions stay. */
  readonly version: string;
  readonly languages: readonly Lang[];
  readonly title: LocalizedText;
  /** Who wrote the pack and under which terms. */
  readonly attribution: LocalizedText;
  /**
   * The licence the texts may be used under, short and in no particular language ("CC BY 4.0",
   * "Alleen voor gebruik binnen de gemeente Utrecht"). Optional: the built-in pack 1.0.0 was
   * released before packs named one, and its content (so its hash) never changes.
   */
  readonly licence?: string;
  readonly opening: PackOpening;
  readonly groups: readonly PackGroup[];
}
