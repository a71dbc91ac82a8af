// Why: every step of a workshop needs the same few things (the workshop, its pack, who is at
// the table, the question states). The screen reads them once and hands them down here.
// The pack and the participants have contexts of their own: they rarely change, while the
// workshop row changes with every note, and a note on a board of hundreds must not be
// re-rendered because another note was added.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PackIndex } from '../../content/pack-index';
import type { QuestionId } from '../../domain/ids';
import type { Participant } from '../../domain/participant';
import type { QuestionState } from '../../domain/question-state';
import type { Workshop } from '../../domain/workshop';
import { DEFAULT_LANG, type Lang } from '../../domain/lang';

export interface WorkshopData {
  readonly workshop: Workshop;
  readonly index: PackIndex;
  readonly participants: readonly Participant[];
  readonly states: ReadonlyMap<QuestionId, QuestionState>;
}

export const WorkshopContext = createContext<WorkshopData | null>(null);
export const PackContext = createContext<PackIndex | null>(null);
export const PeopleContext = createContext<readonly Participant[]>([]);
/** How many notes each question has: changes with every note, so only the rail and the
 * overview follow it. */
export const CountsContext = createContext<ReadonlyMap<QuestionId, number>>(new Map());

export function useWorkshopData(): WorkshopData {
  const data = useContext(WorkshopContext);
  if (!data) throw new Error('useWorkshopData outside a workshop');
  return data;
}

/** The pack only: for parts that must not follow every change of the workshop row. */
export function usePackIndex(): PackIndex {
  const index = useContext(PackContext);
  if (!index) throw new Error('usePackIndex outside a workshop');
  return index;
}

export function useNoteCountsData(): ReadonlyMap<QuestionId, number> {
  return useContext(CountsContext);
}

/** The people at the table only (see usePackIndex). */
export function usePeople(): readonly Participant[] {
  return useContext(PeopleContext);
}

/** Notes of this board that an action point was made from, so a card can say so. */
export const NotesWithActionContext = createContext<ReadonlySet<string>>(new Set());

export function useNotesWithAction(): ReadonlySet<string> {
  return useContext(NotesWithActionContext);
}

/** True while a topic board is drawn as the table poster: cards then take their tile shape. */
export const BoardContext = createContext(false);

export function useOnBoard(): boolean {
  return useContext(BoardContext);
}

/**
 * The language the workshop is run in (3.1.2): what the group typed (titles, notes, the goal)
 * carries it as `lang`, so that with the interface in English a Dutch note is still read as
 * Dutch. A context of its own, like the pack: it does not change with every note.
 */
export const ContentLangContext = createContext<Lang>(DEFAULT_LANG);

export function useContentLang(): Lang {
  return useContext(ContentLangContext);
}
